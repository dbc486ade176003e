/**
 * A notice too long for one page (src/model/notice-pages.ts), in the build with a 2,000-clause notice (global-setup.ts):
 * no page of it passes ~1 MB, every page lists the others, and a clause on a later page is reached from a link —
 * the citation in its text, a search result, and a link to the first page at the clause.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST_LONG, LONG_NOTICE, SUBPATH } from './global-setup.ts';
import { openProbe, searchResults, useLongSite } from './harness.ts';

const folder = path.join(DIST_LONG, 'notices', LONG_NOTICE.id);
const pagesData = JSON.parse(readFileSync(path.join(folder, 'pages.json'), 'utf8')) as {
  urls: string[];
  pages: Record<string, number>;
};
const MB = 1024 * 1024;

const long = useLongSite();

describe('a notice of 2,000 clauses', () => {
  test('is shown on several pages, none over 1 MB of HTML, each listing them all', () => {
    const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
    expect(pages.length).toBe(pagesData.urls.length);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      expect(statSync(path.join(folder, page)).size, page).toBeLessThan(MB);
      const html = readFileSync(path.join(folder, page), 'utf8');
      for (const url of pagesData.urls) expect(html, `${page} links ${url}`).toContain(`href="${url}"`);
    }
  });

  test('a link to its first page at a clause of a later page lands on that clause', async () => {
    const eId = 'sec_40__para_1';
    const page = pagesData.pages[eId]!;
    expect(page).toBeGreaterThan(1);
    const probe = await openProbe(long.browser);
    try {
      await probe.page.goto(`${long.server.url}notices/${LONG_NOTICE.id}/#${eId}`);
      await probe.page.waitForURL(`${long.server.url}notices/${LONG_NOTICE.id}/p/${page}/#${eId}`);
      await expect.poll(() => probe.page.evaluate(() => document.querySelector(':target')?.id)).toBe(eId);
      expect(await probe.page.locator(`[id="${eId}"]`).isVisible()).toBe(true);
      expect(await probe.page.locator(`[id="${eId}"]`).evaluate((el) => el.classList.contains('is-target'))).toBe(true);
      expect(probe.consoleErrors).toEqual([]);
      // The first page leaves for the later one as soon as its script runs: what it was still loading (its favicon)
      // is cut off then, by design; nothing may fail otherwise.
      expect(probe.failedRequests.filter((failure) => !failure.endsWith('net::ERR_ABORTED'))).toEqual([]);
    } finally {
      await probe.close();
    }
  });

  test('the citation of its last section in its first clause leads to the page that shows it', async () => {
    const probe = await openProbe(long.browser);
    try {
      await probe.page.goto(`${long.server.url}notices/${LONG_NOTICE.id}/`);
      const ref = probe.page.locator(`[id="${LONG_NOTICE.citing}"] ~ p a.ref`).first();
      const page = pagesData.pages[LONG_NOTICE.cited]!;
      expect(await ref.getAttribute('href')).toBe(
        `${SUBPATH}notices/${LONG_NOTICE.id}/p/${page}/#${LONG_NOTICE.cited}`,
      );
      await ref.click();
      await probe.page.waitForURL(`**/p/${page}/#${LONG_NOTICE.cited}`);
      await expect.poll(() => probe.page.evaluate(() => document.querySelector(':target')?.id)).toBe(LONG_NOTICE.cited);
      expect(probe.consoleErrors).toEqual([]);
    } finally {
      await probe.close();
    }
  });

  test('a search result for a clause on a later page links to that page and lands on the clause', async () => {
    const probe = await openProbe(long.browser);
    try {
      const q = '第40类第7项';
      await probe.page.goto(`${long.server.url}search/?q=${encodeURIComponent(q)}`);
      const { shown } = await searchResults(probe.page, q);
      // The clause's record (or the run of clauses it is merged into: records.ts) is on the notice's last page.
      const [href, page, eId] = shown
        .map((result) => /\/p\/(\d+)\/#(.+)$/.exec(result.href))
        .filter((match) => match !== null)
        .map((match) => [match[0], Number(match[1]), match[2]!] as const)[0]!;
      expect(page).toBe(pagesData.urls.length);
      expect(pagesData.pages[eId]).toBe(page);
      await probe.page.locator(`a.search-result[href$="${href}"]`).click();
      await probe.page.waitForURL(`**${href}`);
      await expect.poll(() => probe.page.evaluate(() => document.querySelector(':target')?.id)).toBe(eId);
      expect(probe.consoleErrors).toEqual([]);
    } finally {
      await probe.close();
    }
  });
});
