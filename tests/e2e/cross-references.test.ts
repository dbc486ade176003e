/**
 * Cross-references as a reader follows them: a citation in Youyi's text is a link to the national notice, which has a
 * page of its own (taken out of the Guangdong file that forwards it) listing the clauses that cite it and the notices
 * that carry it down (沿革); a citation of a document the library lacks says so and searches for it. At / and under
 * the subpath.
 */
import { describe, expect, test } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();
const YOUYI = 'you-zheng-ban-fa-2020-17';
const NATIONAL = 'guo-ban-fa-2020-17';

describe.each(['root', 'subpath'] as const)('cross-references (%s build)', (build) => {
  const base = () => (build === 'root' ? site.rootUrl : site.subpathUrl);

  test('in Youyi’s text, 国办发〔2020〕17号 leads to the national notice, whose 被引用 lists Youyi’s citing clause', async () => {
    const probe = await site.newPage();
    const { page } = probe;
    await page.goto(`${base()}notices/${YOUYI}/`);
    const citation = page.locator('.notice-body a.ref', { hasText: '国办发〔2020〕17号' }).first();
    await expect(citation.getAttribute('data-relation')).resolves.toBe('implements');
    await Promise.all([page.waitForURL(`**/notices/${NATIONAL}/`), citation.click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('国务院办公厅关于印发2020年政务公开工作要点的通知');
    // Where it was found, and its level among the facets.
    await expect(page.locator('.notice__places a').first().getAttribute('href')).resolves.toMatch(
      /\/notices\/yue-fu-ban-2020-14\/#att_1$/,
    );
    await expect(page.locator('#noticeMeta').textContent()).resolves.toContain('国家级');

    // Its lineage: the national notice is handed down to Guangdong (转发) and to Youyi (贯彻).
    const down = page.locator('section[aria-labelledby="noticeLineage"] .lineage__side', { hasText: '下启' });
    await expect(down.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([
      expect.stringMatching(new RegExp(`/notices/${YOUYI}/$`)),
      expect.stringMatching(/\/notices\/yue-fu-ban-2020-14\/$/),
    ]);

    // The same drawn: national above, an arrow down to each, each node a link to its notice.
    const graph = page.locator('.lineage-graph svg');
    await expect(
      graph
        .locator('path.lineage-graph__edge')
        .evaluateAll((edges) => edges.map((e) => `${e.getAttribute('data-from')}→${e.getAttribute('data-to')}`).sort()),
    ).resolves.toEqual([`${NATIONAL}→${YOUYI}`, `${NATIONAL}→yue-fu-ban-2020-14`].sort());
    const top = async (notice: string) => (await graph.locator(`[data-notice="${notice}"] rect`).boundingBox())!.y;
    expect(await top(NATIONAL)).toBeLessThan(await top(YOUYI));
    expect(await top(NATIONAL)).toBeLessThan(await top('yue-fu-ban-2020-14'));
    await expect(graph.locator(`a[data-notice="${YOUYI}"]`).getAttribute('href')).resolves.toMatch(
      new RegExp(`/notices/${YOUYI}/$`),
    );

    const citedBy = page.locator('section[aria-labelledby="noticeCitedBy"]');
    const fromYouyi = citedBy.locator(`a[href$="/notices/${YOUYI}/#intro__p_1"]`);
    await expect(fromYouyi.count()).resolves.toBe(1);
    await expect(citedBy.locator('a[href$="/notices/yue-fu-ban-2020-14/#intro__p_1"]').count()).resolves.toBe(1);
    await Promise.all([page.waitForURL(`**/notices/${YOUYI}/#intro__p_1`), fromYouyi.click()]);
    await expect(page.locator('#intro__p_1').textContent()).resolves.toContain('国办发〔2020〕17号');
    const up = page.locator('section[aria-labelledby="noticeLineage"] .lineage__side', { hasText: '上承' });
    await expect(up.locator(`a[href$="/notices/${NATIONAL}/"]`).count()).resolves.toBe(1);
    expect(probe.consoleErrors).toEqual([]);
    expect(probe.failedRequests).toEqual([]);
    await probe.close();
  });

  test('a citation of a document the library lacks stays text, marked 本库未收录, and searches for it', async () => {
    const probe = await site.newPage();
    const { page } = probe;
    await page.goto(`${base()}notices/${YOUYI}/`);
    const missing = page.locator('.notice-body .ref--missing', { hasText: '黑政办发〔2020〕22号' });
    await expect(missing.locator('a').count()).resolves.toBe(1); // the search link, not the citation
    const search = missing.locator('a.ref__search');
    await expect(search.textContent()).resolves.toBe('本库未收录');
    await Promise.all([page.waitForURL('**/search/?q=*'), search.click()]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('黑政办发〔2020〕22号');
    await page.waitForSelector('a.search-result:visible, #search-empty:visible');
    // Youyi's clause citing it is found.
    await expect(page.locator(`a.search-result[href*="/notices/${YOUYI}/#intro__p_1"]`).count()).resolves.toBe(1);
    await probe.close();
  });
});
