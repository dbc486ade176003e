/**
 * What a query names as a whole, in a real browser (src/search/lookup.ts): a 发文字号 in any width, bracket or script
 * and a 《title》 put their notice first, above the clauses that still follow; a unit name in any of its forms shows
 * the unit's page in each region; the unit filter with no keyword lists the unit's tasks, also from an older link
 * that carries a printed name. Against both builds: at / and under the subpath.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { strings } from '../../src/i18n/strings.ts';
import { everySearchResult, searchResults as results, SUBPATH, useSite } from './harness.ts';

const site = useSite();

const NATIONAL = 'guo-ban-fa-2020-17';
/** 友谊县's 司法局: 县司法局 in its notice. */
const YOUYI_JUSTICE = '230522:司法局';

/** The cards above the results, as links and their text. */
const bestCards = (page: Page) =>
  page.$$eval('#search-best:not([hidden]) li > .search-best', (cards) =>
    cards.map((card) => ({
      kind: card.classList.contains('search-best--unit') ? 'unit' : 'notice',
      href: card.getAttribute('href'),
      units: [...card.querySelectorAll('a.search-best__unit')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        text: a.textContent ?? '',
      })),
    })),
  );

/** The unit's own tasks (not those a collective takes it in by), as result links. */
function tasksOf(key: string): string[] {
  const unit = buildCatalog(site.notices).units.find((u) => u.key === key);
  expect(unit, key).toBeDefined();
  return unit!.tasks
    .filter((task) => task.via === null)
    .map((task) => `/notices/${task.notice.id}/#${encodeURIComponent(task.clause.clause.eId)}`);
}

describe('search by citation', () => {
  test.each([
    ['國辦發〔2020〕17號', '/'],
    ['国办发（２０２０）17号', '/'],
    ['国办发2020年17号', SUBPATH],
  ])('typing %s puts the national notice first, above its clauses (at %s)', async (q, mount) => {
    const base = mount === '/' ? site.rootUrl : site.subpathUrl;
    const { page, consoleErrors, failedRequests } = await site.newPage();
    await page.goto(`${base}search/`);
    await page.locator('#search-input').pressSequentially(q);
    const { shown } = await results(page, q);
    const cards = await bestCards(page);
    expect(cards[0]).toMatchObject({ kind: 'notice', href: `${mount}notices/${NATIONAL}/` });
    expect(cards.filter((c) => c.kind === 'notice')).toHaveLength(1);
    // The best match is above the list of clauses, which still follows.
    expect(
      await page.evaluate(() =>
        Boolean(
          document.querySelector('#search-best')!.compareDocumentPosition(document.querySelector('#search-results')!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      ),
    ).toBe(true);
    if (q.includes('〔') || q.includes('（')) expect(shown.length).toBeGreaterThan(0);
    // Checked before leaving: leaving aborts what a search of a half-typed query may still be loading.
    expect({ consoleErrors, failedRequests }).toEqual({ consoleErrors: [], failedRequests: [] });
    await page.locator('a.search-best--notice').click();
    await page.waitForURL((url) => url.pathname === `${mount}notices/${NATIONAL}/`);
  });

  test.each([
    '《国务院办公厅关于印发2020年政务公开工作要点的通知》',
    '國務院辦公廳關於印發2020年政務公開工作要點的通知',
    '《2020年政务公开工作要点》',
  ])('a title query %s puts the notice first', async (q) => {
    const { page } = await site.newPage();
    await page.goto(`${site.rootUrl}search/?${new URLSearchParams({ q })}`);
    await results(page, q);
    expect((await bestCards(page))[0]).toMatchObject({ kind: 'notice', href: `/notices/${NATIONAL}/` });
  });

  test('a word that is no notice’s number or title shows no card', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.rootUrl}search/?q=${encodeURIComponent('营商环境')}`);
    const { shown } = await results(page, '营商环境');
    expect(shown.length).toBeGreaterThan(0);
    expect(await bestCards(page)).toEqual([]);
    expect(await page.locator('#search-best').isHidden()).toBe(true);
  });
});

describe('units in search', () => {
  test('choosing a unit with no keyword lists its tasks, each once, and links its page', async () => {
    const truth = tasksOf(YOUYI_JUSTICE);
    expect(truth.length).toBeGreaterThan(0);
    const { page, consoleErrors, failedRequests } = await site.newPage();
    await page.goto(`${site.rootUrl}search/`);
    // The choices load when the reader goes for a filter.
    await page.locator('select[name=unit]').focus();
    await page.locator(`select[name=unit] option[value="${YOUYI_JUSTICE}"]`).waitFor({ state: 'attached' });
    await page.locator('select[name=unit]').selectOption(YOUYI_JUSTICE);
    await page.waitForURL((url) => url.searchParams.get('unit') === YOUYI_JUSTICE);
    expect(new Set(await everySearchResult(page, ''))).toEqual(new Set(truth));
    expect(await page.locator('#search-count').textContent()).toBe(strings.search.tasks(truth.length));
    expect(await bestCards(page)).toEqual([
      {
        kind: 'unit',
        href: null,
        units: [{ href: '/units/230522-si-fa-ju/', text: expect.stringContaining('友谊县') }],
      },
    ]);
    expect({ consoleErrors, failedRequests }).toEqual({ consoleErrors: [], failedRequests: [] });
  });

  test('an older link with a printed name still lists that unit’s tasks', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.rootUrl}search/?unit=${encodeURIComponent('县司法局')}`);
    expect(new Set(await everySearchResult(page, ''))).toEqual(new Set(tasksOf(YOUYI_JUSTICE)));
  });

  test.each(['友誼縣司法局', '县司法局', '友谊县司法局'])('typing %s shows 友谊县’s 司法局', async (q) => {
    const { page } = await site.newPage();
    await page.goto(`${site.rootUrl}search/`);
    await page.locator('#search-input').pressSequentially(q);
    await results(page, q);
    const unit = (await bestCards(page)).find((card) => card.kind === 'unit');
    expect(unit?.units).toContainEqual({ href: '/units/230522-si-fa-ju/', text: expect.stringContaining('友谊县') });
  });

  test('a name several regions’ units go by lists each with its region', async () => {
    const { page } = await site.newPage();
    await page.goto(`${site.rootUrl}search/?q=${encodeURIComponent('司法局')}`);
    await results(page, '司法局');
    const unit = (await bestCards(page)).find((card) => card.kind === 'unit');
    const regions = unit!.units.map((u) => u.text);
    expect(regions.some((text) => text.includes('友谊县'))).toBe(true);
    expect(regions.some((text) => text.includes('乐山市'))).toBe(true);
  });
});
