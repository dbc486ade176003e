/**
 * A notice's force as a reader meets it: a badge under the title that says what the library knows (and on whose word,
 * with the link to the stating clause or to the superseding notice), the same status in the page's JSON-LD, and a
 * 效力 facet that browse pages and the search form share. Checked on a notice of each status, at / and under the subpath.
 */
import { describe, expect, test } from 'vitest';
import type { Notice } from '../../src/model/notice.ts';
import { searchResults as results, useSite } from './harness.ts';

const site = useSite();

/** One notice per status and source (the first of each), so the pages visited stay few however large the corpus. */
const representatives = () => [
  ...new Map(site.notices.map((n) => [`${n.status.value}:${n.status.source}`, n] as const).reverse()).values(),
];

describe.each(['root', 'subpath'] as const)('validity (%s build)', (build) => {
  const base = () => (build === 'root' ? site.rootUrl : site.subpathUrl);

  test('a notice page of each status shows its badge, and the page its status links to opens', async () => {
    const probe = await site.newPage();
    const { page } = probe;
    for (const notice of representatives()) {
      await page.goto(`${base()}notices/${notice.id}/`);
      const status = page.locator('.notice__head .notice__status');
      await expect(status.locator('.status-badge').getAttribute('data-status'), notice.id).resolves.toBe(
        notice.status.value,
      );
      if (notice.status.value === 'unknown')
        await expect(status.textContent()).resolves.toContain('本库未见有效性标注或废止说明');
      if (notice.status.source === 'inferred') await expect(status.textContent()).resolves.toContain('推断');
      const { by } = notice.status;
      if (!by) {
        await expect(status.locator('a').count()).resolves.toBe(0);
        continue;
      }
      const link = status.locator('a');
      await Promise.all([page.waitForURL(`**/notices/${by.notice}/${by.eId ? `#${by.eId}` : ''}`), link.click()]);
      if (by.eId) await expect(page.locator(`[id="${by.eId}"]`).count()).resolves.toBe(1);
    }
    expect(probe.consoleErrors).toEqual([]);
    await probe.close();
  });

  test('a file printing a document with a page of its own shows that document’s badge in place, when known', async () => {
    const probe = await site.newPage();
    const { page } = probe;
    const documents = site.notices.filter((n) => n.foundIn);
    expect(documents.length).toBeGreaterThan(0);
    for (const { foundIn, status } of documents) {
      await page.goto(`${base()}notices/${foundIn!.notice}/`);
      const badge = page.locator(`.notice-part[data-eid="${foundIn!.eId}"] > .notice-part__label .status-badge`);
      const shown = status.value === 'unknown' ? [] : [status.value];
      await expect(badge.evaluateAll((b) => b.map((e) => e.getAttribute('data-status')))).resolves.toEqual(shown);
    }
    await probe.close();
  });

  test('the JSON-LD says the legal force of a known status only, and lists clauses that are anchors of the page', async () => {
    const probe = await site.newPage();
    const { page } = probe;
    let outlined = 0;
    const force = { 'in-force': 'InForce', expired: 'NotInForce', repealed: 'NotInForce', superseded: 'NotInForce' };
    // Each status, and the notice of the most numbered clauses (the one most likely to hit the cap on parts).
    const clauses = (n: Notice) => n.components.flatMap((c) => c.clauses).filter((c) => c.form !== null).length;
    const largest = site.notices.reduce((a, b) => (clauses(b) > clauses(a) ? b : a));
    for (const notice of new Set([...representatives(), largest])) {
      await page.goto(`${base()}notices/${notice.id}/`);
      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      const { value, partial } = notice.status;
      expect(data.legislationLegalForce, notice.id).toBe(
        value === 'unknown' ? undefined : `https://schema.org/${partial ? 'PartiallyInForce' : force[value]}`,
      );
      const urls = (parts: { url: string; hasPart?: [] }[] = []): string[] =>
        parts.flatMap((p) => [p.url, ...urls(p.hasPart)]);
      const anchors = urls(data.hasPart).map((url) => new URL(url).hash.slice(1));
      for (const eId of anchors) await expect(page.locator(`[id="${eId}"]`).count(), eId).resolves.toBe(1);
      if (anchors.length) outlined++;
    }
    expect(outlined).toBeGreaterThan(0);
    await probe.close();
  });

  test('browse by 效力 lists each status with its notices, and the search form filters by the same values', async () => {
    const probe = await site.newPage();
    const { page } = probe;
    await page.goto(`${base()}validity/`);
    const counts = new Map<string, number>();
    for (const notice of site.notices) counts.set(notice.status.value, (counts.get(notice.status.value) ?? 0) + 1);
    const labels = { 'in-force': '有效', expired: '失效', repealed: '废止', superseded: '被替代', unknown: '未知' };
    for (const [value, count] of counts) {
      const entry = page.locator(`a[href$="/validity/${value}/"]`);
      await expect(entry.textContent()).resolves.toContain(labels[value as keyof typeof labels]);
      await Promise.all([page.waitForURL(`**/validity/${value}/`), entry.click()]);
      await expect(page.locator('.notice-list > li').count()).resolves.toBe(count);
      await page.goBack();
    }
    await page.goto(`${base()}search/?q=${encodeURIComponent('政务公开')}&status=unknown`);
    const filtered = await results(page, '政务公开');
    expect(await page.locator('select[name=status]').inputValue()).toBe('unknown');
    expect(filtered.shown.length).toBeGreaterThan(0);
    const unknown = new Set(site.notices.filter((n) => n.status.value === 'unknown').map((n) => n.id));
    for (const result of filtered.shown) expect(unknown).toContain(/\/notices\/([^/]+)\//.exec(result.href)![1]);
    await probe.close();
  });
});
