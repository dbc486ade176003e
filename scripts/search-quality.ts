/**
 * How exact the site's search is, beside what stock Pagefind would give on the same site. A report; exits 0.
 *
 *   node scripts/search-quality.ts [--site dist] [--notices generated/notices.json]
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
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { Notices } from '../src/model/notice.ts';
import { matches, queryReading, readings, variantsFor } from '../src/search/fold.ts';
import { searchRecords } from '../src/search/records.ts';
import { launchChromium, serveStatic } from './lib/browser.ts';
import { openColdQuery, resultsComplete, resultsShown } from './lib/measure-search.ts';

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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      notices: { type: 'string', default: 'generated/notices.json' },
    },
  });
  const site = path.resolve(values.site);
  const notices = Notices.parse(JSON.parse(await readFile(values.notices, 'utf8')));
  const records = notices.flatMap(searchRecords);
  const noticeText = (id: string) =>
    records
      .filter((r) => r.noticeId === id)
      .map((r) => r.meta.text)
      .join('\n');
  const noticeReadings = new Map(notices.map((n) => [n.id, readings(noticeText(n.id), variantsFor(n.lang))]));

  const stockDir = await buildStock(site);
  const [server, stockServer, browser] = await Promise.all([
    serveStatic(site),
    serveStatic(stockDir),
    launchChromium(),
  ]);
  const stockPage = await browser.newPage();
  await stockPage.goto(stockServer.url);

  const totals = { ours: { p: [] as Score[], c: [] as Score[] }, stock: { p: [] as Score[], c: [] as Score[] } };
  const problems: string[] = [];
  const bytes: number[] = [];
  const gzipCache = new Map<string, number>();
  let crossRecordOnly = 0;
  console.log(
    'query'.padEnd(22),
    'truth p/c'.padEnd(10),
    'OURS page   clause      STOCK page  clause      cold first query',
  );
  try {
    for (const [group, queries] of QUERIES) {
      console.log(`— ${group}`);
      for (const q of queries) {
        const qr = queryReading(q);
        const truthClauses = new Set(
          records.filter((r) => matches(r.readings, qr)).map((r) => clauseKey(r.noticeId, r.eId)),
        );
        const truthPages = new Set([...noticeReadings].filter(([, nr]) => matches(nr, qr)).map(([id]) => id));
        crossRecordOnly += [...truthPages].filter(
          (id) => ![...truthClauses].some((c) => c.startsWith(`${id}#`)),
        ).length;

        const cold = await openColdQuery(browser, server, site, q, gzipCache);
        const mine = collect(await ours(cold.page, q));
        await cold.page.context().close();
        const theirs = collect(await stock(stockPage, q));
        bytes.push(cold.gzip);

        const row = {
          ours: { p: score(truthPages, mine.pages), c: score(truthClauses, mine.clauses) },
          stock: { p: score(truthPages, theirs.pages), c: score(truthClauses, theirs.clauses) },
        };
        for (const who of ['ours', 'stock'] as const)
          for (const level of ['p', 'c'] as const) totals[who][level].push(row[who][level]);
        const missed = [...truthClauses].filter((c) => !mine.clauses.has(c));
        const extra = [...mine.clauses].filter((c) => !truthClauses.has(c));
        if (missed.length || extra.length)
          problems.push(`${q}: missed ${missed.join(' ') || '–'}; extra ${extra.join(' ') || '–'}`);
        console.log(
          q.padEnd(22 - [...q].filter((c) => c.charCodeAt(0) > 0x2e80).length),
          `${truthPages.size}/${truthClauses.size}`.padEnd(10),
          cell(row.ours.p),
          cell(row.ours.c),
          cell(row.stock.p),
          cell(row.stock.c),
          `${kb(cold.gzip)} gzip (${kb(cold.total)} raw, index ${kb(cold.byKind.index)}, fragments ${kb(cold.byKind.fragment)})`,
        );
      }
    }
  } finally {
    await browser.close();
    await Promise.all([server.close(), stockServer.close()]);
    await rm(stockDir, { recursive: true, force: true });
  }

  const sum = (scores: Score[]): Score =>
    scores.reduce((a, s) => ({ truth: a.truth + s.truth, hit: a.hit + s.hit, extra: a.extra + s.extra }), {
      truth: 0,
      hit: 0,
      extra: 0,
    });
  const queryCount = QUERIES.reduce((n, [, qs]) => n + qs.length, 0);
  console.log(
    `\n${queryCount} queries over ${notices.length} notices, ${records.length} records (clauses and component heads)`,
  );
  for (const who of ['ours', 'stock'] as const) {
    const p = sum(totals[who].p);
    const c = sum(totals[who].c);
    console.log(
      `${who.toUpperCase().padEnd(5)}  pages: recall ${pct(p)} (${p.hit}/${p.truth}), false hits ${p.extra}` +
        `   clauses: recall ${pct(c)} (${c.hit}/${c.truth}), false hits ${c.extra}`,
    );
  }
  const sorted = [...bytes].sort((a, b) => a - b);
  console.log(
    `OURS cold first query (gzip): median ${kb(sorted[Math.floor(sorted.length / 2)]!)}, min ${kb(sorted[0]!)}, max ${kb(sorted.at(-1)!)}`,
  );
  if (crossRecordOnly)
    console.log(`${crossRecordOnly} page matches exist only across two records (no single clause holds the query)`);
  console.log(
    problems.length
      ? `OURS differs from the truth:\n  ${problems.join('\n  ')}`
      : 'OURS equals the truth on every query',
  );
}

await main();
