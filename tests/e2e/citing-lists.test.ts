/**
 * What cites a notice, carries out its clauses or stands below it, past what its page shows (src/lib/citing-lists.ts
 * SHOWN), is reached from the page through the "more" link, on the list's own pages — in the build with notices
 * carrying out 国办发〔2020〕17号 (global-setup.ts CITING_NOTICES).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOWN } from '../../src/lib/citing-lists.ts';
import { CITING_NOTICES, SUBPATH } from './global-setup.ts';
import { openProbe, useLongSite } from './harness.ts';

const long = useLongSite();

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

/**
 * On `notice`'s page, `shown` are the links the page shows of a list and `more` its link to the rest: the rest's first
 * page holds every shown link and at least one more, and that one opens its notice (at its clause).
 */
async function reachBeyondTheCap(notice: string, shown: string, more: string, listed: string, cap: number) {
  const probe = await openProbe(long.browser);
  try {
    await probe.page.goto(`${long.server.url}notices/${notice}/`);
    const onPage = await hrefs(probe.page, shown);
    expect(onPage.length).toBeGreaterThan(0);
    expect(onPage.length).toBeLessThanOrEqual(cap);
    const link = probe.page.locator(more).first();
    const to = (await link.getAttribute('href'))!;
    await link.click();
    await probe.page.waitForURL(new URL(to, long.server.url).href);
    const fragment = new URL(to, long.server.url).hash.slice(1);
    if (fragment)
      await expect.poll(() => probe.page.evaluate(() => document.querySelector(':target')?.id)).toBe(fragment);

    const onList = await hrefs(probe.page, listed);
    for (const href of onPage) expect(onList).toContain(href);
    const beyond = onList.filter((href) => !onPage.includes(href));
    expect(beyond.length).toBeGreaterThan(0);
    await probe.page.locator(`${listed}[href="${beyond[0]}"]`).first().click();
    await probe.page.waitForURL(new URL(beyond[0]!, long.server.url).href);
    const eId = new URL(beyond[0]!, long.server.url).hash.slice(1);
    if (eId) await expect.poll(() => probe.page.evaluate(() => document.querySelector(':target')?.id)).toBe(eId);
    expect(probe.consoleErrors).toEqual([]);
    return { onPage, onList };
  } finally {
    await probe.close();
  }
}

describe(`a notice that ${CITING_NOTICES.count} notices carry out`, () => {
  const { cited } = CITING_NOTICES;

  test('shows the first of what cites it; the rest is reached through the “more” link', async () => {
    const group = 'section[aria-labelledby="noticeCitedBy"] .cited-by > li';
    const { onList } = await reachBeyondTheCap(
      cited,
      `${group} li:not(.more) > a`,
      `${group} li.more > a`,
      '.cited-by > li li > a',
      SHOWN.citedBy.perPart,
    );
    expect(onList.length).toBeGreaterThanOrEqual(CITING_NOTICES.count);
  });

  test('shows the first notices below it in its lineage; every one is on its lineage’s list', async () => {
    const side = 'section[aria-labelledby="noticeLineage"] .lineage__side';
    const { onList } = await reachBeyondTheCap(
      cited,
      `${side} > ul > li > a`,
      `${side} .more > a`,
      '.lineage li > a:first-child',
      SHOWN.lineageDown,
    );
    expect(onList.length).toBeGreaterThanOrEqual(CITING_NOTICES.count);
  });

  test('the lineage graph’s node for the rest links to the same list', async () => {
    const probe = await openProbe(long.browser);
    try {
      await probe.page.goto(`${long.server.url}notices/${cited}/`);
      const nodes = await hrefs(probe.page, '.lineage-graph svg a[data-notice]');
      expect(nodes.length).toBeLessThanOrEqual(SHOWN.lineageDown + 1);
      expect(await probe.page.locator('.lineage-graph a.lineage-graph__more').getAttribute('href')).toBe(
        `${SUBPATH}notices/${cited}/lineage/`,
      );
    } finally {
      await probe.close();
    }
  });

  test('its copy’s first clause shows the first local clauses that carry it out; the rest are on its list', async () => {
    // The notice is printed in 粤府办〔2020〕14号, which the comparisons take as its text (src/align/relations.ts).
    const clause = '[id="att_1__sec_1__para_1"] + .clause-alignment';
    const { onList } = await reachBeyondTheCap(
      'yue-fu-ban-2020-14',
      `${clause} .clause-alignment__down a:not(.more)`,
      `${clause} a.more`,
      '[id="implemented-by-att_1__sec_1__para_1"] li > a',
      SHOWN.implementedBy,
    );
    expect(onList.length).toBeGreaterThanOrEqual(CITING_NOTICES.count);
  });
});
