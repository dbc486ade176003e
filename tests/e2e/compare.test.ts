/**
 * Clause comparisons in the browser: Youyi's 实施方案 against the 国办发〔2020〕17号 it carries out (forwarded inside
 * Guangdong's notice), the notes under clauses on notice pages, Jilin's year-over-year links, and a subpath build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { axeViolations, ROOT, useSite } from './harness.ts';

const site = useSite();
const YOUYI = 'you-zheng-ban-fa-2020-17';
const GUANGDONG = 'yue-fu-ban-2020-14';
const NATIONAL = `${GUANGDONG}~att_1`;
const compare = (id: string, other: string) => `notices/${id}/compare/${other}/`;

async function visit(url: string, options?: Parameters<typeof site.newPage>[0]) {
  const probe = await site.newPage(options);
  const response = await probe.page.goto(url);
  return { probe, page: probe.page, status: response?.status() };
}

/** The element that :target matches once a clause link has been followed, and whether it is highlighted. */
async function landedOn(page: import('playwright-core').Page) {
  await page.waitForSelector('.is-target');
  return page.evaluate(() => ({
    path: location.pathname,
    target: document.querySelector(':target')?.id,
    highlighted: Boolean(document.querySelector(':target')?.closest('.is-target')),
  }));
}

describe('Youyi compared with 国办发〔2020〕17号', () => {
  test('says it is informative, and a mapped pair opens both clauses', async () => {
    const { probe, page, status } = await visit(site.rootUrl + compare(YOUYI, NATIONAL));
    expect(status).toBe(200);
    await expect(page.locator('.compare__informative').textContent()).resolves.toContain('仅供查阅参考');

    const pair = page.locator('li.compare-pair[data-local="sec_3__para_2"]');
    const localLink = pair.locator('.compare-pair__local a.compared-clause__link');
    const higherLink = pair.locator('.compare-pair__higher a.compared-clause__link').first();
    await expect(higherLink.textContent()).resolves.toBe('国办发〔2020〕17号 三（二）');
    expect(await pair.locator('mark').count()).toBeGreaterThan(0);

    await localLink.click();
    expect(await landedOn(page)).toEqual({ path: `/notices/${YOUYI}/`, target: 'sec_3__para_2', highlighted: true });
    await page.goBack();
    await higherLink.click();
    expect(await landedOn(page)).toEqual({
      path: `/notices/${GUANGDONG}/`,
      target: 'att_1__sec_3__para_2',
      highlighted: true,
    });
    expect({ errors: probe.consoleErrors, failed: probe.failedRequests }).toEqual({ errors: [], failed: [] });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('Guangdong’s comparison lists the national items the gold set says its letter does not take up', async () => {
    const gold = JSON.parse(
      await readFile(path.join(ROOT, 'tests/alignment/fixtures/guoban-2020-17.gold.json'), 'utf8'),
    ) as { nationalNotTakenUp: Record<string, string[]> };
    const { page } = await visit(site.rootUrl + compare(GUANGDONG, NATIONAL));
    const listed = await page
      .locator('#notTakenUp a.compared-clause__link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const ref of gold.nationalNotTakenUp[GUANGDONG]!) {
      const [id, eId] = ref.split('#');
      expect(listed).toContain(`/notices/${id}/#${eId}`);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the comparison is also data beside the page', async () => {
    const response = await fetch(new URL(`notices/${YOUYI}/compare/${NATIONAL}.json`, site.rootUrl));
    expect(response.status).toBe(200);
    const data = (await response.json()) as { kind: string; pairs: { local: { eId: string } }[]; informative: string };
    expect(data.kind).toBe('implements');
    expect(data.informative).toMatch(/not a verdict/);
    expect(data.pairs.map((p) => p.local.eId)).toContain('sec_3__para_2');
  });
});

describe('notice pages', () => {
  test('a Youyi clause says which national clause it carries out, and the national clause who carries it out', async () => {
    const { page } = await visit(`${site.rootUrl}notices/${YOUYI}/`);
    const up = page.locator('[id="sec_3__para_2"] ~ .clause-alignment').first().locator('a');
    await expect(up.first().textContent()).resolves.toBe('国办发〔2020〕17号 三（二）');
    await expect(up.first().getAttribute('href')).resolves.toBe(`/notices/${GUANGDONG}/#att_1__sec_3__para_2`);

    await page.goto(`${site.rootUrl}notices/${GUANGDONG}/`);
    const down = page.locator('[id="att_1__sec_3__para_2"] ~ .clause-alignment').first();
    await expect(down.textContent()).resolves.toContain('下级落实');
    await expect(down.locator('a').first().getAttribute('href')).resolves.toBe(`/notices/${YOUYI}/#sec_3__para_2`);
    await expect(down.locator('a').first().textContent()).resolves.toBe('友谊县 三（二）');
  });

  test('Jilin 2020 links its previous year, and 2014 its next', async () => {
    const { page } = await visit(`${site.rootUrl}notices/ji-zheng-gong-zu-2020-3/`);
    await expect(page.locator('.year-nav a[rel="prev"]').getAttribute('href')).resolves.toBe(
      '/notices/ji-zheng-ban-han-2014-59/',
    );
    await page.goto(`${site.rootUrl}notices/ji-zheng-ban-han-2014-59/`);
    await expect(page.locator('.year-nav a[rel="next"]').getAttribute('href')).resolves.toBe(
      '/notices/ji-zheng-gong-zu-2020-3/',
    );
    await page.goto(`${site.rootUrl}${compare('ji-zheng-gong-zu-2020-3', 'ji-zheng-ban-han-2014-59')}`);
    expect(await page.locator('.change--reworded').count()).toBeGreaterThan(0);
    expect(await page.locator('.compare-diff ins').count()).toBeGreaterThan(0);
  });
});

test('on a phone in dark mode the year-over-year comparison does not scroll sideways and passes axe', async () => {
  const { page } = await visit(site.rootUrl + compare('ji-zheng-gong-zu-2020-3', 'ji-zheng-ban-han-2014-59'), {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    colorScheme: 'dark',
  });
  await page.evaluate(() => document.fonts.ready);
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  expect(await axeViolations(page)).toEqual([]);
});

test('under a subpath every link of a comparison stays under it and resolves', async () => {
  const { page, status } = await visit(site.subpathUrl + compare(YOUYI, NATIONAL));
  expect(status).toBe(200);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const local = hrefs.filter((h) => !h.startsWith('#') && !/^https?:/.test(h));
  expect(local.filter((h) => !h.startsWith('/zhengwu/'))).toEqual([]);
  const missing: string[] = [];
  for (const ref of new Set(local.map((h) => h.replace(/#.*$/, '')))) {
    const response = await fetch(new URL(ref, site.subpath.origin), { method: 'HEAD' });
    if (response.status >= 400) missing.push(`${ref}: ${response.status}`);
  }
  expect(missing).toEqual([]);
});
