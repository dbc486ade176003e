/**
 * How exact the site's search is, beside what stock Pagefind would give on the same site. A report; exits 0.
 *
 *   node scripts/search-quality.ts [--site dist] [--notices generated/notices.json]
 *                                  [--sample 100 --seed 42] [--max-hits 2000] [--count-within 120] [--skip-stock]
 *
 * Ground truth comes from notices.json, not from any index: a clause (or component head) matches when the query's
 * reading is a substring of a reading of its text (src/search/fold.ts: punctuation-free, width-, case- and
 * Traditional/Simplified-folded, Taiwan phrases read as mainland words in zh-TW text); a notice matches when its
 * whole text does. The queries run in headless Chromium
 * on 127.0.0.1 against the built site:
 *   - OURS: the real search page, /search/?q=…, every result read (显示更多 clicked until done); cold bytes of the
 *     first page of results are measured on the way (scripts/lib/measure-search.ts);
 *   - STOCK: Pagefind indexing the built notice pages as they are (addDirectory, forceLanguage zh-cn) into a temp
 *     directory, queried unquoted as its stock UI does; pages from result URLs, clauses from sub-result anchors.
 * For each, recall and false hits at page and clause level.
 *
 * On a large corpus (bench:scale's 10,000 notices): --sample adds that many queries drawn, seeded, from the corpus
 * itself (2–8 characters of a random record's text, cut where it has no space); a query with more than --max-hits true
 * clauses is not read to its end (thousands of 显示更多) but checked by its count of results against the truth and
 * by every result of its first page being true (the count only if every shard answers within --count-within seconds:
 * 政务公开 at 10,000 notices has ~170,000 hits, which take the browser many minutes to gather); --skip-stock leaves stock Pagefind out (it indexes in this process,
 * 13 GB at 10,000 notices). The notices are read one at a time, twice when sampling: no string holds the corpus.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { Notice } from '../src/model/notice.ts';
import { matches, queryReading, readings, variantsFor } from '../src/search/fold.ts';
import { searchRecords } from '../src/search/records.ts';
import { launchChromium, serveStatic } from './lib/browser.ts';
import { openColdQuery, resultsComplete, resultsShown } from './lib/measure-search.ts';
import { readNoticeLines } from '../src/model/notice-lines.ts';
import { Random } from './scale/random.ts';

const QUERIES: [group: string, queries: string[]][] = [
  [
    'simplified',
    [
      '政务公开',
      '公开',
      '政府信息公开',
      '营商环境',
      '优化营商环境',
      '权责清单',
      '应急预案',
      '预案',
      '标准化规范化',
      '规范化',
      '条例',
      '疫情',
      '解读回应',
      '突发公共卫生事件',
      '重点任务',
      '放管服',
      '政府网站',
      '依申请公开',
      '乐山市',
      '机构设置',
    ],
  ],
  ['traditional', ['政務公開', '營商環境', '政府信息公開', '標準化', '樂山市', '條例', '依申請公開']],
  ['taiwan phrase', ['最佳化營商環境', '規範性檔案', '機構設定', '规范性文件']],
  ['absent', ['人工智能', '一网通办', '区块链', '碳达峰']],
  [
    'document number',
    ['国办发〔2020〕17号', '吉政公组〔2020〕3号', '國辦公開辦函〔2019〕61號', '吉政办函〔2014〕59号'],
  ],
  ['unit', ['县政府办公室', '省政数局', '市政府辦公室', '牵头单位', '县营商环境建设监督局']],
  ['full-width', ['２０１４年全省政务公开', '国办发〔２０２０〕１７号']],
  ['partial number', ['17号', '〔2020〕', '202', '61號', '2020年底前']],
  ['infix', ['白山', '林省', '务院', '政数']],
];

interface Found {
  pages: Set<string>;
  clauses: Set<string>;
}

interface Score {
  truth: number;
  hit: number;
  extra: number;
}

const clauseKey = (noticeId: string, eId: string) => `${noticeId}#${eId}`;

/** '/notices/<id>/#<eId>' (under any base path) → notice id and clause key (null without an anchor). */
function parseUrl(url: string): { page: string; clause: string | null } | null {
  const match = /\/notices\/([^/#]+)\/(?:#(.+))?$/.exec(
    new URL(url, 'http://x').pathname + new URL(url, 'http://x').hash,
  );
  if (!match) return null;
  const page = decodeURIComponent(match[1]!);
  return { page, clause: match[2] ? clauseKey(page, decodeURIComponent(match[2])) : null };
}

function collect(urls: string[]): Found {
  const found: Found = { pages: new Set(), clauses: new Set() };
  for (const url of urls) {
    const parsed = parseUrl(url);
    if (!parsed) continue;
    found.pages.add(parsed.page);
    if (parsed.clause) found.clauses.add(parsed.clause);
  }
  return found;
}

function score(truth: Set<string>, found: Set<string>): Score {
  const hit = [...found].filter((x) => truth.has(x)).length;
  return { truth: truth.size, hit, extra: found.size - hit };
}

/** Every result of OUR search for `q`: the first page measured cold, then 显示更多 until all are shown. */
async function ours(page: Page, q: string): Promise<string[]> {
  let { shown } = await resultsShown(page, q);
  const found = await resultsComplete(page);
  while (shown < found) {
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('a.search-result').length > n, shown);
    shown = await page.locator('a.search-result').count();
  }
  return page.locator('a.search-result').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Stock Pagefind over the built notice pages, as a visitor of a stock site would get it. */
async function buildStock(site: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'search-quality-stock-'));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: 'notices/**/*.html' });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  await pagefind.close();
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>stock</title>',
  );
  return dir;
}

async function stock(page: Page, q: string): Promise<string[]> {
  return page.evaluate(async (term) => {
    const pf = await import('/pagefind/pagefind.js' as string);
    const search = await pf.search(term);
    const data: { url: string; sub_results: { url: string }[] }[] = await Promise.all(
      search.results.map((r: { data(): Promise<unknown> }) => r.data()),
    );
    return data.flatMap((d) => [d.url, ...d.sub_results.map((s) => s.url)]);
  }, q);
}

const pct = (s: Score) => (s.truth ? `${((100 * s.hit) / s.truth).toFixed(1)}%` : '–');
const cell = (s: Score) => `${s.hit}/${s.truth}${s.extra ? ` +${s.extra}` : ''}`.padEnd(11);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** The notices of a notices.json, one at a time, each checked against the contract. */
async function* eachNotice(file: string): AsyncGenerator<Notice> {
  for await (const line of readNoticeLines(file)) yield Notice.parse(line);
}

/** `count` queries from the corpus: 2–8 characters of the text of records drawn at random (reservoir), seeded. */
async function sampledQueries(file: string, count: number, seed: number): Promise<string[]> {
  const random = new Random(seed);
  const drawn: string[] = [];
  let seen = 0;
  for await (const notice of eachNotice(file))
    for (const record of searchRecords(notice)) {
      seen++;
      const slot = drawn.length < count ? drawn.length : Math.floor(random.next() * seen);
      if (slot < count) drawn[slot] = record.meta.text;
    }
  return drawn.map((text) => {
    const runs = text.split(/\s+/).filter((run) => [...run].length >= 2);
    const chars = [...(runs.length ? random.pick(runs) : text)];
    const length = Math.min(chars.length, random.int(2, 8));
    const from = random.int(0, chars.length - length);
    return chars.slice(from, from + length).join('');
  });
}

interface Truth {
  pages: Set<string>;
  clauses: Set<string>;
  /** Pages that hold the query only across two records. */
  crossRecordOnly: number;
}

/** Each query's true pages and clauses, from one pass over the notices. */
async function truths(
  file: string,
  queries: string[],
): Promise<{ truth: Map<string, Truth>; notices: number; records: number }> {
  const readingsOf = new Map(queries.map((q) => [q, queryReading(q)]));
  const truth = new Map(
    queries.map((q): [string, Truth] => [q, { pages: new Set(), clauses: new Set(), crossRecordOnly: 0 }]),
  );
  let notices = 0;
  let records = 0;
  for await (const notice of eachNotice(file)) {
    notices++;
    const own = searchRecords(notice);
    records += own.length;
    const noticeReadings = readings(own.map((r) => r.meta.text).join('\n'), variantsFor(notice.lang));
    for (const [q, qr] of readingsOf) {
      const t = truth.get(q)!;
      let inClause = false;
      for (const record of own)
        if (matches(record.readings, qr)) {
          t.clauses.add(clauseKey(record.noticeId, record.eId));
          inClause = true;
        }
      if (matches(noticeReadings, qr)) {
        t.pages.add(notice.id);
        if (!inClause) t.crossRecordOnly++;
      }
    }
  }
  return { truth, notices, records };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      notices: { type: 'string', default: 'generated/notices.json' },
      sample: { type: 'string', default: '0' },
      seed: { type: 'string', default: '42' },
      'max-hits': { type: 'string', default: String(Infinity) },
      'skip-stock': { type: 'boolean', default: false },
      'count-within': { type: 'string', default: String(Infinity) },
    },
  });
  // Playwright waits without limit for a timeout of 0.
  const countWithinMs = Number.isFinite(Number(values['count-within'])) ? Number(values['count-within']) * 1000 : 0;
  const site = path.resolve(values.site);
  const maxHits = Number(values['max-hits']);
  const sampled =
    Number(values.sample) > 0 ? await sampledQueries(values.notices, Number(values.sample), Number(values.seed)) : [];
  const groups: [string, string[]][] = [
    ...QUERIES,
    ...(sampled.length ? [['sampled', sampled] as [string, string[]]] : []),
  ];
  const { truth, notices, records } = await truths(
    values.notices,
    groups.flatMap(([, qs]) => qs),
  );

  const stockDir = values['skip-stock'] ? null : await buildStock(site);
  const [server, stockServer, browser] = await Promise.all([
    serveStatic(site),
    stockDir ? serveStatic(stockDir) : null,
    launchChromium(),
  ]);
  const stockPage = stockServer ? await browser.newPage() : null;
  await stockPage?.goto(stockServer!.url);

  const totals = { ours: { p: [] as Score[], c: [] as Score[] }, stock: { p: [] as Score[], c: [] as Score[] } };
  const problems: string[] = [];
  const bytes: number[] = [];
  const gzipCache = new Map<string, number>();
  /** Queries over --max-hits: whether the count of results equals the truth, and every shown result is true. */
  const manyHits: { q: string; truth: number; found: number | null; shown: number; falseShown: number }[] = [];
  console.log(
    'query'.padEnd(22),
    'truth p/c'.padEnd(10),
    'OURS page   clause      STOCK page  clause      cold first query',
  );
  try {
    for (const [group, queries] of groups) {
      console.log(`— ${group}`);
      for (const q of queries) {
        const { pages: truthPages, clauses: truthClauses } = truth.get(q)!;
        const cold = await openColdQuery(browser, server, site, q, gzipCache, undefined, countWithinMs);
        bytes.push(cold.gzip);
        const label = q.padEnd(22 - [...q].filter((c) => c.charCodeAt(0) > 0x2e80).length);
        const coldCell = `${kb(cold.gzip)} gzip (${kb(cold.total)} raw, index ${kb(cold.byKind.index)}, fragments ${kb(cold.byKind.fragment)})`;
        if (truthClauses.size > maxHits) {
          const shownUrls = await cold.page
            .locator('a.search-result')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
          const found = cold.all?.found ?? null;
          await cold.page.context().close();
          const shown = collect(shownUrls).clauses;
          const falseShown = [...shown].filter((c) => !truthClauses.has(c)).length;
          manyHits.push({ q, truth: truthClauses.size, found, shown: shown.size, falseShown });
          if ((found !== null && found !== truthClauses.size) || falseShown)
            problems.push(
              `${q}: ${found} results for ${truthClauses.size} true clauses; ${falseShown} false on the first page`,
            );
          console.log(
            label,
            `${truthPages.size}/${truthClauses.size}`.padEnd(10),
            `count ${found ?? `not all in ${values['count-within']} s`}, first page ${shown.size} shown, ${falseShown} false`.padEnd(
              48,
            ),
            coldCell,
          );
          continue;
        }
        const mine = collect(await ours(cold.page, q));
        await cold.page.context().close();
        const theirs = stockPage ? collect(await stock(stockPage, q)) : null;

        const row = {
          ours: { p: score(truthPages, mine.pages), c: score(truthClauses, mine.clauses) },
          stock: theirs && { p: score(truthPages, theirs.pages), c: score(truthClauses, theirs.clauses) },
        };
        for (const level of ['p', 'c'] as const) {
          totals.ours[level].push(row.ours[level]);
          if (row.stock) totals.stock[level].push(row.stock[level]);
        }
        const missed = [...truthClauses].filter((c) => !mine.clauses.has(c));
        const extra = [...mine.clauses].filter((c) => !truthClauses.has(c));
        if (missed.length || extra.length)
          problems.push(`${q}: missed ${missed.join(' ') || '–'}; extra ${extra.join(' ') || '–'}`);
        console.log(
          label,
          `${truthPages.size}/${truthClauses.size}`.padEnd(10),
          cell(row.ours.p),
          cell(row.ours.c),
          row.stock ? cell(row.stock.p) : '–'.padEnd(11),
          row.stock ? cell(row.stock.c) : '–'.padEnd(11),
          coldCell,
        );
      }
    }
  } finally {
    await browser.close();
    await Promise.all([server.close(), stockServer?.close()]);
    if (stockDir) await rm(stockDir, { recursive: true, force: true });
  }

  const sum = (scores: Score[]): Score =>
    scores.reduce((a, s) => ({ truth: a.truth + s.truth, hit: a.hit + s.hit, extra: a.extra + s.extra }), {
      truth: 0,
      hit: 0,
      extra: 0,
    });
  const queryCount = groups.reduce((n, [, qs]) => n + qs.length, 0);
  console.log(
    `\n${queryCount} queries (${sampled.length} sampled, seed ${values.seed}) over ${notices} notices, ${records} records (clauses and component heads)`,
  );
  for (const who of stockPage ? (['ours', 'stock'] as const) : (['ours'] as const)) {
    const p = sum(totals[who].p);
    const c = sum(totals[who].c);
    console.log(
      `${who.toUpperCase().padEnd(5)}  pages: recall ${pct(p)} (${p.hit}/${p.truth}), false hits ${p.extra}` +
        `   clauses: recall ${pct(c)} (${c.hit}/${c.truth}), false hits ${c.extra}` +
        (who === 'ours' && manyHits.length ? ` — over ${totals.ours.c.length} queries read to their end` : ''),
    );
  }
  if (manyHits.length) {
    const exact = manyHits.filter((m) => m.found === m.truth).length;
    const uncounted = manyHits.filter((m) => m.found === null).length;
    const falseShown = manyHits.reduce((n, m) => n + m.falseShown, 0);
    const shown = manyHits.reduce((n, m) => n + m.shown, 0);
    console.log(
      `OURS   ${manyHits.length} queries with more than ${maxHits} true clauses: result count equals the truth on ` +
        `${exact}${uncounted ? ` (${uncounted} not all answered within ${values['count-within']} s)` : ''}; ` +
        `first pages ${shown} results, ${falseShown} false`,
    );
  }
  const sorted = [...bytes].sort((a, b) => a - b);
  console.log(
    `OURS cold first query (gzip): median ${kb(sorted[Math.floor(sorted.length / 2)]!)}, min ${kb(sorted[0]!)}, max ${kb(sorted.at(-1)!)}`,
  );
  const crossRecordOnly = [...truth.values()].reduce((n, t) => n + t.crossRecordOnly, 0);
  if (crossRecordOnly)
    console.log(`${crossRecordOnly} page matches exist only across two records (no single clause holds the query)`);
  console.log(
    problems.length
      ? `OURS differs from the truth:\n  ${problems.join('\n  ')}`
      : 'OURS equals the truth on every query',
  );
}

await main();
