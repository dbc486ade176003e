/**
 * The clause search in a real browser against both builds: it lands on clauses, is exact, folds script and width,
 * keeps its state in the URL, works under a subpath, and never asks anything of another origin.
 * Notices are picked from generated/notices.json by their properties (the Traditional one, the 2014 one).
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FACET_KEYS } from '../../src/lib/facet-keys.ts';
import { compareNewestFirst } from '../../src/lib/format.ts';
import type { Notice } from '../../src/model/notice.ts';
import { matches, queryReading, readings, VARIANTS } from '../../src/search/fold.ts';
import { searchRecords } from '../../src/search/records.ts';
import {
  DIST,
  NOTICES_JSON,
  ROOT,
  runScript,
  everySearchResult,
  searchResults as results,
  serveStatic,
  type StaticServer,
  SUBPATH,
  useSite,
} from './harness.ts';

const site = useSite();

const leshan = () =>
  only(
    site.notices.filter((n) => n.lang === 'zh-TW'),
    'Traditional',
  );
const jilin2014 = () =>
  only(
    site.notices.filter((n) => n.year === 2014),
    '2014',
  );
function only(notices: Notice[], what: string): Notice {
  expect(notices, `exactly one ${what} notice in generated/notices.json`).toHaveLength(1);
  return notices[0]!;
}

/** Opens a page in a fresh context that records every request's URL. */
async function open(url: string) {
  const probe = await site.newPage();
  const requested: string[] = [];
  probe.page.on('request', (request) => requested.push(request.url()));
  await probe.page.goto(url);
  return { ...probe, requested };
}

const search = (base: string, params: Record<string, string>) => `${base}search/?${new URLSearchParams(params)}`;

describe('search', () => {
  test('营商环境 finds Leshan’s 營商環境 clause, marked as printed, and the link lands on the clause', async () => {
    const { page, consoleErrors, failedRequests, requested } = await open(search(site.rootUrl, { q: '营商环境' }));
    const { shown, empty } = await results(page, '营商环境');
    expect(empty).toBe(false);
    const hit = shown.find((r) => r.href.startsWith(`/notices/${leshan().id}/#`));
    expect(hit, 'a Leshan clause among the results').toBeDefined();
    expect(hit!.marks).toContain('營商環境');
    expect(hit!.lang).toBe('zh-TW');
    // Exact: every result shows the query in its excerpt.
    for (const result of shown)
      expect(
        result.marks.some((m) => matches(readings(m, VARIANTS), queryReading('营商环境'))),
        result.href,
      ).toBe(true);

    const eId = decodeURIComponent(hit!.href.split('#')[1]!);
    await page.locator(`a.search-result[href="${hit!.href}"]`).click();
    await page.waitForURL((url) => url.pathname === `/notices/${leshan().id}/`);
    expect(await page.evaluate(() => location.hash)).toBe(`#${eId}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(eId);

    expect({ consoleErrors, failedRequests }).toEqual({ consoleErrors: [], failedRequests: [] });
    const origin = new URL(site.rootUrl).origin;
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  test('优化营商环境 finds Leshan’s Taiwan-phrased 最佳化營商環境', async () => {
    const { page } = await open(search(site.rootUrl, { q: '优化营商环境' }));
    const hit = (await results(page, '优化营商环境')).shown.find((r) => r.href.startsWith(`/notices/${leshan().id}/#`));
    expect(hit?.marks).toContain('最佳化營商環境');
  });

  test('a term that appears nowhere finds nothing and says so', async () => {
    const { page } = await open(search(site.rootUrl, { q: '人工智能' }));
    const { shown, empty } = await results(page, '人工智能');
    expect(shown).toEqual([]);
    expect(empty).toBe(true);
    expect(await page.locator('#search-empty').textContent()).toContain('「人工智能」');
  });

  test.each(['２０１４年全省政务公开', '2014年全省政务公开'])(
    'typing %s finds the 2014 notice and updates the URL',
    async (q) => {
      const { page } = await open(`${site.rootUrl}search/`);
      await page.locator('#search-input').pressSequentially(q);
      const { shown } = await results(page, q);
      expect(shown.some((r) => r.href.startsWith(`/notices/${jilin2014().id}/#`))).toBe(true);
      expect(new URL(page.url()).searchParams.get('q')).toBe(q);
    },
  );

  test('a linked URL with a filter shows the filtered results on load, and the form reflects it', async () => {
    const { page } = await open(search(site.rootUrl, { q: '政务公开' }));
    const all = await results(page, '政务公开');
    await page.goto(search(site.rootUrl, { q: '政务公开', year: '2014' }));
    const filtered = await results(page, '政务公开');
    expect(await page.locator('select[name=year]').inputValue()).toBe('2014');
    expect(filtered.shown.length).toBeGreaterThan(0);
    expect(filtered.count).not.toBe(all.count);
    for (const result of filtered.shown) expect(result.href).toMatch(new RegExp(`^/notices/${jilin2014().id}/#`));
  });

  test('choosing a filter and the date sort updates the results and the URL', async () => {
    const { page } = await open(search(site.rootUrl, { q: '营商环境' }));
    await results(page, '营商环境');
    await page.locator('select[name=region]').selectOption('四川省');
    await page.waitForURL((url) => url.searchParams.get('region') === '四川省');
    const { shown } = await results(page, '营商环境');
    expect(shown.length).toBeGreaterThan(0);
    for (const result of shown) expect(result.href).toMatch(new RegExp(`^/notices/${leshan().id}/#`));

    await page.locator('select[name=region]').selectOption('');
    await page.locator('select[name=sort]').selectOption('date');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'date' && !url.searchParams.has('region'));
    expect((await results(page, '营商环境')).shown.length).toBeGreaterThan(1);
    const dates = await page.evaluate(() =>
      [...document.querySelectorAll('a.search-result')].map(
        (a) => /\d{4}年\d+月\d+日/.exec(a.textContent ?? '')?.[0] ?? '',
      ),
    );
    const iso = dates.map((d) =>
      d.replace(/(\d+)年(\d+)月(\d+)日/, (_, y, m, day) => `${y}-${m.padStart(2, '0')}-${day.padStart(2, '0')}`),
    );
    expect(iso).toEqual([...iso].sort().reverse());
  });

  test('under a subpath, search works and result links carry the base path', async () => {
    const { page, consoleErrors, failedRequests } = await open(search(site.subpathUrl, { q: '营商环境' }));
    const { shown } = await results(page, '营商环境');
    expect(shown.length).toBeGreaterThan(0);
    for (const result of shown) expect(result.href.startsWith(`${SUBPATH}notices/`), result.href).toBe(true);
    const [path, hash] = shown[0]!.href.split('#');
    await page.locator('a.search-result').first().click();
    await page.waitForURL((url) => url.pathname === path);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(decodeURIComponent(hash!));
    expect({ consoleErrors, failedRequests }).toEqual({ consoleErrors: [], failedRequests: [] });
  });
});

/** A unit of the bundled corpus: the 友谊县 司法局, 7 choices or more down the unit filter. */
const YOUYI_JUSTICE = '230522:司法局';

describe('an index of many shards', () => {
  /** dist/ with its index rebuilt in shards of ~20 records: the bundled corpus, 163 records, in 5 (a notice is never split). */
  const SHARDED = path.join(ROOT, 'dist-shards');
  let server: StaticServer;

  beforeAll(async () => {
    await rm(SHARDED, { recursive: true, force: true });
    await cp(DIST, SHARDED, { recursive: true });
    // Filters of more than 5 choices (regions, issuers, units) have them written apart, as a national library's do.
    await runScript(
      'scripts/index-search.ts',
      ...['--notices', NOTICES_JSON, '--site', SHARDED, '--shard-records', '20', '--inline-choices', '5'],
    );
    await runScript('scripts/build-offline.ts', '--site', SHARDED);
    server = await serveStatic(SHARDED, '/');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await rm(SHARDED, { recursive: true, force: true });
  });

  test('a filter with its choices apart loads them when the reader goes for it, and filters by them', async () => {
    const { page, consoleErrors, failedRequests } = await site.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}search/?q=${encodeURIComponent('政务公开')}`);
    await results(page, '政务公开');
    // filters.json came after the first page; the units did not.
    await page.waitForFunction(() => document.querySelectorAll('select[name=year] option').length > 1);
    expect(requested).toContain('/pagefind/filters.json');
    expect(requested.filter((p) => p.startsWith('/pagefind/f/'))).toEqual([]);
    const unit = page.locator('select[name=unit]');
    expect(await unit.locator('option').count()).toBe(1);
    await unit.focus();
    await unit.locator(`option[value="${YOUYI_JUSTICE}"]`).waitFor({ state: 'attached' });
    expect(requested.filter((p) => p.startsWith('/pagefind/f/'))).toEqual(['/pagefind/f/unit.json']);
    await page.locator('#search-input').fill('');
    await unit.selectOption(YOUYI_JUSTICE);
    await page.waitForURL((url) => url.searchParams.get('unit') === YOUYI_JUSTICE);
    expect((await results(page, '')).shown.length).toBeGreaterThan(0);
    expect({ consoleErrors, failedRequests }).toEqual({ consoleErrors: [], failedRequests: [] });
  });

  test.each(['政务公开', '公开', '政', '营商环境', '国办发〔2020〕17号', '2020年底前'])(
    '%s, by date: every record holding it, each once, newest notice first, as the substring truth orders them',
    async (q) => {
      const truth = [...site.notices]
        .sort(compareNewestFirst)
        .flatMap(searchRecords)
        .filter((r) => matches(r.readings, queryReading(q)))
        .map((r) => r.url);
      expect(truth.length).toBeGreaterThan(0);
      const { page, consoleErrors, failedRequests } = await site.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${server.url}search/?${new URLSearchParams({ q, sort: 'date' })}`);
      expect(await everySearchResult(page, q)).toEqual(truth);
      const shards = new Set(requested.map((p) => /^\/pagefind\/s\/(\d+)\//.exec(p)?.[1]).filter((k) => k));
      expect(shards.size, 'shards searched').toBeGreaterThan(0);
      expect({ consoleErrors, failedRequests }).toEqual({ consoleErrors: [], failedRequests: [] });
    },
  );

  test('an absent word loads no shard, and the page inlines no filter choice', async () => {
    const { page } = await site.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}search/?q=${encodeURIComponent('人工智能区块链')}`);
    expect((await results(page, '人工智能区块链')).empty).toBe(true);
    expect(requested.filter((p) => p.startsWith('/pagefind/s/'))).toEqual([]);
    // One option per select (全部) until the choices load from filters.json, plus the sort's own.
    const html = await (await fetch(`${server.url}search/`)).text();
    expect(html.match(/<option/g)).toHaveLength(FACET_KEYS.length + 2);
  });
});
