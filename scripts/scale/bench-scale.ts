/**
 * The build at scale, stage by stage (printed, never asserted): a generated corpus (generate-corpus.ts, cached per
 * count and seed) → the repo's converter CLI → astro build → the site's search index (scripts/index-search.ts) →
 * stock Pagefind over the same notice pages; then cold queries in headless Chromium (many hits, a 发文字号, a rare phrase,
 * an absent word: bytes and time to the first page shown, time to all results). One table: wall time and peak RSS per
 * stage, sizes, records, the cold queries, and our index stage against stock Pagefind measured in the same run. Then
 * one source notice has a heading changed and convert → astro build (→ index) run again on the warm caches. A second
 * table sets the figures beside the targets of issue 9 (targets.ts).
 *
 *   npm run bench:scale -- --notices 1000 [--seed 42] [--keep] [--skip-stock] [--skip-index] [--skip-warm]
 *                          [--max-rss-gb 14] [--site-shards N] [--simulate 100000] [--reuse <kept folder>]
 *
 * --keep leaves the temp folder (the site copy with generated/ and dist/, the stock index, each stage's log).
 * --site-shards: the site is built as scripts/build-site.ts builds it with that many notices shards (default: one per
 * SHARD_NOTICES notices, so one up to that count: a plain astro build). --simulate N: after the run, the figures of a
 * corpus of N notices built in shards of this run's size (simulate-scale.ts), from what this run measured. --reuse: a
 * folder --keep left, converted and built (its stages.json: the convert and astro stages' figures; its
 * astro-build.log): the run goes on from the index stage.
 * Every stage runs as a child process of its own, one at a time. src/content.config.ts reads generated/ under the
 * project root and has no setting for another folder, so the site is built in a throw-away copy of the work tree
 * (its files as git lists them, with a node_modules of links to this one's packages, so that Astro's and Vite's
 * caches land in the copy): the converter writes the copy's generated/, Astro and the indexer its dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { flattenClauses, type Notice } from '../../src/model/notice.ts';
import { measureColdQuery } from '../lib/measure-search.ts';
import { readNoticeLines } from '../../src/model/notice-lines.ts';
import { GNU_TIME, runStage, StageStopped, type StageRun } from './measure-stage.ts';
import { type RunFigures, simulate } from './simulate-scale.ts';
import { targetRows, type Measured } from './targets.ts';
import { editOneNotice } from './edit-notice.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** A many-hit query scans its hits in the browser: seconds at 1,000 notices, more on a busy machine. */
const COLD_QUERY_TIMEOUT_MS = 300_000;

const { values } = parseArgs({
  options: {
    notices: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
    'skip-stock': { type: 'boolean', default: false },
    'skip-index': { type: 'boolean', default: false },
    'skip-warm': { type: 'boolean', default: false },
    'site-shards': { type: 'string' },
    simulate: { type: 'string' },
    reuse: { type: 'string' },
    'max-rss-gb': { type: 'string', default: '14' },
  },
});
const count = Number(values.notices);
/** Notices per shard of the site build by default: a shard of this size peaks near 3 GB (measured at 10,000). */
const SHARD_NOTICES = 2500;
const siteShards = Number(values['site-shards'] ?? Math.ceil(count / SHARD_NOTICES));
const seed = Number(values.seed);
/** The machine is shared: a stage whose processes pass this much memory is stopped, not left to the OOM killer. */
const maxTreeRss = Number(values['max-rss-gb']) * 1024 ** 3;

const mb = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 })} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const seconds = (s: number) => `${s.toFixed(s < 10 ? 1 : 0)} s`;
const int = (n: number) => n.toLocaleString('en');

async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

/** The work tree as git sees it (tracked and new files, nothing ignored), with node_modules as links to its packages. */
async function copyWorkTree(to: string): Promise<void> {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && file !== 'node_modules' && existsSync(path.join(ROOT, file)));
  for (const file of files) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await copyFile(path.join(ROOT, file), path.join(to, file));
  }
  const packages = realpathSync(path.join(ROOT, 'node_modules'));
  await mkdir(path.join(to, 'node_modules'));
  for (const name of await readdir(packages))
    if (name !== '.vite' && name !== '.astro')
      await symlink(path.join(packages, name), path.join(to, 'node_modules', name));
}

interface Row {
  what: string;
  wall: string;
  rss: string;
  treeRss: string;
  figures: string;
}

/** 3,737 MB = pagefind_extended 3,091 MB + node 644 MB: the programs that hold a twentieth or more of the peak. */
function treeRssCell(total: number, byCommand: [string, number][]): string {
  const parts = byCommand.filter(([, bytes]) => bytes >= total / 20);
  return parts.length > 1
    ? `${mb(total)} = ${parts.map(([command, bytes]) => `${command} ${mb(bytes)}`).join(' + ')}`
    : mb(total);
}

const stoppedRow = (what: string, stopped: StageStopped): Row => ({
  what,
  wall: `> ${seconds(stopped.seconds)}`,
  rss: '–',
  treeRss: `> ${treeRssCell(stopped.peakTreeRss, stopped.peakByCommand)}`,
  figures: stopped.message,
});

const stageRow = (what: string, run: StageRun, figures: string): Row => ({
  what,
  wall: seconds(run.seconds),
  rss: run.peakRss === null ? '–' : mb(run.peakRss),
  treeRss: treeRssCell(run.peakTreeRss, run.peakByCommand),
  figures,
});

function printTable(rows: Row[]): void {
  const header: Row = {
    what: 'Stage / figure',
    wall: 'Wall time',
    rss: 'Peak RSS (largest process)',
    treeRss: 'Peak RSS (process tree)',
    figures: 'Figures',
  };
  const keys = Object.keys(header) as (keyof Row)[];
  const line = (row: Row) => `| ${keys.map((key) => row[key]).join(' | ')} |`;
  console.log([line(header), `|${keys.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n'));
}

/** The 国办发 number cited in the corpus whose count is the median of theirs: thin hits, spread over the years. */
function citedNumber(notices: Pick<Notice, 'components'>[]): string | null {
  const counts = new Map<string, number>();
  for (const notice of notices)
    for (const clause of notice.components.flatMap((c) => flattenClauses(c.clauses)))
      for (const [number] of clause.text.matchAll(/国办发〔\d{4}〕\d+号/g))
        counts.set(number, (counts.get(number) ?? 0) + 1);
  const byCount = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return byCount[Math.floor(byCount.length / 2)]?.[0] ?? null;
}

/**
 * A phrase of one notice, about a county: its name and the 8 characters after it in a clause of a county notice
 * from the older half of the corpus (the newest shard would find it first).
 */
function rarePhrase(notices: Pick<Notice, 'level' | 'region' | 'components'>[]): string | null {
  for (const notice of notices.slice(Math.floor(notices.length / 2))) {
    const county = notice.level === 'county' ? notice.region?.county : null;
    if (!county) continue;
    for (const clause of notice.components.flatMap((c) => flattenClauses(c.clauses))) {
      const at = clause.text.indexOf(county);
      const phrase = at < 0 ? '' : clause.text.slice(at, at + county.length + 8);
      if ([...phrase].length >= county.length + 8 && !/\s/.test(phrase)) return phrase;
    }
  }
  return null;
}

async function main(): Promise<void> {
  const env = { ...process.env, PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
  const options = (cwd: string, logFile?: string) => ({ cwd, env, maxTreeRss, logFile });
  const node = process.execPath;
  const rows: Row[] = [];
  let simulation: string[] | null = null;
  const log = (message: string) => console.error(`bench:scale: ${message}`);
  if (!existsSync(GNU_TIME)) log(`no ${GNU_TIME} (apt-get install time): largest-process RSS not measured`);

  // 1. The corpus, generated once per count and seed.
  const corpus = path.join(tmpdir(), 'zhengwu-scale-corpus', `n${count}-seed${seed}`);
  const complete = `${corpus}.complete`; // beside the folder, so that the converter never sees it
  if (existsSync(complete)) {
    const { bytes, files } = await folderSize(corpus);
    rows.push({
      what: 'generate corpus',
      wall: 'cached',
      rss: '–',
      treeRss: '–',
      figures: `${int(files)} files, ${mb(bytes)} (${corpus})`,
    });
  } else {
    log(`generating ${count} notices (seed ${seed}) → ${corpus}`);
    const args = [
      'scripts/scale/generate-corpus.ts',
      '--notices',
      String(count),
      '--seed',
      String(seed),
      '--out',
      corpus,
    ];
    const run = await runStage('generate', node, args, options(ROOT));
    await writeFile(complete, '');
    const { bytes, files } = await folderSize(corpus);
    rows.push(stageRow('generate corpus', run, `${int(files)} files, ${mb(bytes)}, mean ${kb(bytes / files)}`));
  }

  const work = values.reuse ? path.resolve(values.reuse) : await mkdtemp(path.join(tmpdir(), 'zhengwu-scale-run-'));
  const site = path.join(work, 'site');
  const dist = path.join(site, 'dist');
  const measured: Measured = { notices: count, cold: {}, stock: null, warm: {} };
  /** What simulate-scale.ts extrapolates from (written to figures.json). */
  const figures: RunFigures = {
    notices: count,
    siteShards,
    stages: {},
    buildLines: [],
    dist: { bytes: 0, files: 0 },
    pagefind: null,
    cold: [],
  };

  /** The converter CLI from `input` into the copy's generated/ (and its cache, generated/.cache). */
  const convert = async (input: string, what: string, label: string): Promise<StageRun> => {
    log(what);
    const run = await runStage(
      what,
      node,
      ['scripts/convert.ts', '--in', input, '--out', 'generated'],
      options(site, path.join(work, `${label}.log`)),
    );
    const generated = await folderSize(path.join(site, 'generated'));
    const summary = /^转换 .*$/m.exec(run.stdout)?.[0] ?? '';
    const problems = /(\d+) 个错误, (\d+) 个警告.*缓存复用 (\d+) 件，新转换 (\d+) 件/.exec(summary);
    const figures = problems
      ? `${problems[1]} errors, ${problems[2]} warnings; ${int(Number(problems[3]))} drafts from the cache, ` +
        `${int(Number(problems[4]))} converted`
      : summary;
    rows.push(stageRow(what, run, `generated/ ${mb(generated.bytes)}; ${figures}`));
    return run;
  };

  /** The site build, as npm run build runs it (scripts/build-site.ts: one astro build, or shards and a merge). */
  const build = async (what: string, label: string): Promise<StageRun> => {
    log(what);
    const run = await runStage(
      what,
      node,
      ['scripts/build-site.ts', '--shards', String(siteShards)],
      options(site, path.join(work, `${label}.log`)),
    );
    const html = (await readdir(dist, { recursive: true })).map(String).filter((file) => file.endsWith('.html'));
    const pages = html.length;
    const distSize = await folderSize(dist);
    // No page should pass ~1 MB of HTML, whatever the corpus (issue 9).
    let largest = { file: '', bytes: 0 };
    for (const file of html) {
      const { size } = await stat(path.join(dist, file));
      if (size > largest.bytes) largest = { file, bytes: size };
    }
    const changed = /(\d+) notices, (\d+) new or changed/.exec(run.stdout);
    const reused = changed ? `; ${changed[2]} of ${int(Number(changed[1]))} notices new or changed` : '';
    // A sharded build: each shard's line (build-site.ts), and the merge.
    const shards = [...run.stdout.matchAll(/build-site: (shard .*|plan: .*|merged .*)/g)].map((m) => m[1]!);
    if (label === 'astro-build') figures.buildLines = shards;
    rows.push(
      stageRow(
        what,
        run,
        `dist ${mb(distSize.bytes)}, ${int(distSize.files)} files, ${int(pages)} pages, largest ${kb(largest.bytes)} ` +
          `(${largest.file})${reused}` +
          (shards.length ? `; ${shards.join('; ')}` : ''),
      ),
    );
    return run;
  };

  /** The site's search index; stopped for memory, it leaves no index to query. */
  const index = async (what: string, label: string): Promise<{ run: StageRun; bytes: number } | null> => {
    log(what);
    try {
      const run = await runStage(
        what,
        node,
        ['scripts/index-search.ts', '--notices', 'generated/notices.json', '--site', 'dist'],
        options(site, path.join(work, `${label}.log`)),
      );
      const records = Number(/(\d+) records/.exec(run.stdout)?.[1] ?? NaN);
      const shards = /索引分片：复用 (\d+) 个，重建 (\d+) 个/.exec(run.stdout);
      const reused = shards ? `; ${shards[1]} shards from the cache, ${shards[2]} indexed` : '';
      const built = await folderSize(path.join(dist, 'pagefind'));
      rows.push(
        stageRow(
          what,
          run,
          `${int(records)} search records; pagefind/ ${mb(built.bytes)} in ${int(built.files)} files${reused}`,
        ),
      );
      return { run, bytes: built.bytes };
    } catch (error) {
      if (!(error instanceof StageStopped)) throw error;
      rows.push(stoppedRow(what, error));
      return null;
    }
  };

  try {
    if (values.reuse) {
      // A run's converted and built site, kept: its measured stages (stages.json) and the build's lines (its log).
      const reused = JSON.parse(await readFile(path.join(work, 'stages.json'), 'utf8')) as Record<
        string,
        Pick<StageRun, 'seconds' | 'peakRss' | 'peakTreeRss'>
      >;
      for (const [stage, what] of [
        ['convert', 'convert (scripts/convert.ts), reused'],
        ['astro', `site build (${siteShards} notices shards + corpus shard, merge), reused`],
      ] as const) {
        const run = { stdout: '', stderr: '', peakByCommand: [], ...reused[stage]! };
        measured.cold[stage] = run;
        rows.push(stageRow(what, run, 'measured earlier in this folder'));
      }
      const log = await readFile(path.join(work, 'astro-build.log'), 'utf8');
      figures.buildLines = [...log.matchAll(/build-site: (shard .*|plan: .*|merged .*)/g)].map((m) => m[1]!);
      rows.at(-1)!.figures = figures.buildLines.join('; ');
    } else {
      log(`copying the work tree → ${site}`);
      await copyWorkTree(site);

      // 2–3. The repo's converter CLI, then the site build.
      measured.cold.convert = await convert(corpus, 'convert (scripts/convert.ts)', 'convert');
      measured.cold.astro = await build(
        siteShards > 1 ? `site build (${siteShards} notices shards + corpus shard, merge)` : 'astro build',
        'astro-build',
      );
    }

    // 4. The site's search index; stopped for memory, stock Pagefind still runs.
    const indexed = values['skip-index'] ? null : await index('index (scripts/index-search.ts)', 'index-search');
    if (indexed) measured.cold.index = indexed.run;

    // 5. Stock Pagefind over the same notice pages (as scripts/search-quality.ts builds it).
    if (!values['skip-stock'] && !values['skip-index']) {
      log('stock pagefind');
      const output = path.join(work, 'stock-pagefind');
      const pagefind = realpathSync(path.join(site, 'node_modules/.bin/pagefind'));
      const args = [
        pagefind,
        '--site',
        'dist',
        '--glob',
        'notices/**/*.html',
        '--force-language',
        'zh-cn',
        '--output-path',
        output,
      ];
      const what = 'stock Pagefind (CLI, zh-cn, notices/**/*.html)';
      try {
        const stock = await runStage(
          'stock pagefind',
          node,
          args,
          options(site, path.join(work, 'stock-pagefind.log')),
        );
        measured.stock = stock;
        const stockIndex = await folderSize(output);
        const stockPages = /Indexed (\d+) pages?/.exec(stock.stdout)?.[1];
        rows.push(
          stageRow(
            what,
            stock,
            `${stockPages ?? '?'} pages; index ${mb(stockIndex.bytes)} in ${int(stockIndex.files)} files`,
          ),
        );
        const ratio = (ours: number | null, theirs: number | null) =>
          ours !== null && theirs !== null && theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '–';
        if (indexed)
          rows.push({
            what: 'index ÷ stock Pagefind',
            wall: ratio(indexed.run.seconds, stock.seconds),
            rss: ratio(indexed.run.peakRss, stock.peakRss),
            treeRss: ratio(indexed.run.peakTreeRss, stock.peakTreeRss),
            figures: `index size ${ratio(indexed.bytes, stockIndex.bytes)}`,
          });
      } catch (error) {
        if (!(error instanceof StageStopped)) throw error;
        rows.push(stoppedRow(what, error));
      }
    }

    // 6. Cold first queries in a fresh Chromium: one with many hits, one rare (a county's name).
    if (indexed) figures.cold = await coldQueries(site, dist, rows);

    const figuresOf = (run: StageRun | null | undefined) =>
      run ? { seconds: run.seconds, peakTreeRss: run.peakTreeRss } : undefined;
    figures.stages = {
      convert: figuresOf(measured.cold.convert),
      astro: figuresOf(measured.cold.astro),
      index: figuresOf(measured.cold.index),
      stock: figuresOf(measured.stock),
    };
    figures.dist = await folderSize(dist);
    if (indexed) figures.pagefind = await folderSize(path.join(dist, 'pagefind'));
    await writeFile(path.join(work, 'figures.json'), JSON.stringify(figures, null, 1));
    if (values.simulate) simulation = await simulate(figures, dist, Number(values.simulate));
    if (values['skip-warm']) return;

    // 7. One heading of one source notice changed; the same stages again, on their caches.
    const edited = path.join(work, 'corpus-edited');
    const file = await editOneNotice(corpus, edited);
    log(`changed a heading in ${file}`);
    measured.warm.convert = await convert(edited, 'one changed notice: convert', 'convert-warm');
    measured.warm.astro = await build('one changed notice: astro build', 'astro-build-warm');
    if (indexed) {
      const reindexed = await index('one changed notice: index', 'index-search-warm');
      if (reindexed) measured.warm.index = reindexed.run;
    }
  } catch (error) {
    // Without its output (generated/, dist/) no later stage can run.
    if (!(error instanceof StageStopped)) throw error;
    rows.push(stoppedRow(error.label, error));
  } finally {
    // A stage that fails still leaves the figures of the stages before it.
    console.log(`\n## Build at scale: ${int(count)} generated notices (seed ${seed})\n`);
    printTable(rows);
    console.log(`\n## Targets (issue 9): ${int(count)} notices\n`);
    const targets = targetRows(measured);
    console.log(
      ['| What | Measured | Target | Met |', '|---|---|---|---|']
        .concat(targets.map((row) => `| ${row.what} | ${row.figure} | ${row.target} | ${row.met} |`))
        .join('\n'),
    );
    if (simulation) {
      console.log(`\n## Simulation: ${int(Number(values.simulate))} notices, from this run (simulate-scale.ts)\n`);
      console.log(simulation.join('\n'));
    }
    if (values.keep || values.reuse) log(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

async function coldQueries(site: string, dist: string, rows: Row[]): Promise<RunFigures['cold']> {
  const measured: RunFigures['cold'] = [];
  // Read line by line: no string holds a file that runs to hundreds of MB; only the fields the queries need are kept.
  const notices: Pick<Notice, 'level' | 'region' | 'components'>[] = [];
  for await (const notice of readNoticeLines(path.join(site, 'generated/notices.json'))) {
    const { level, region, components } = notice as Notice;
    notices.push({ level, region, components });
  }
  const queries: [what: string, query: string][] = [
    ['many hits', '政务公开'],
    ['a 发文字号', '国办发〔2020〕17号'],
    ['a 发文字号 the corpus cites', citedNumber(notices) ?? '国办发〔2019〕1号'],
    ['a rare phrase', rarePhrase(notices) ?? '乌兰察布市马铃薯种薯繁育基地'],
    ['absent', '人工智能区块链'],
  ];
  for (const [label, query] of queries) {
    console.error(`bench:scale: cold query ${query}`);
    const what = `cold query, ${label}: 「${query}」`;
    try {
      const cold = await measureColdQuery(dist, query, '/', COLD_QUERY_TIMEOUT_MS);
      measured.push({ label, query, gzip: cold.gzip, router: cold.byKind.router, ms: cold.ms });
      rows.push({
        what,
        wall: seconds(cold.ms / 1000),
        rss: '–',
        treeRss: '–',
        figures:
          `first result in ${seconds(cold.firstMs / 1000)}; first page: ${kb(cold.gzip)} gzip (${kb(cold.total)} raw) in ${cold.requests} requests, ` +
          `${cold.shown} shown of ${int(cold.found)} found so far; ` +
          (cold.all ? `all ${int(cold.all.found)} results in ${seconds(cold.all.ms / 1000)}` : 'not all within 60 s') +
          '; raw by kind: ' +
          Object.entries(cold.byKind)
            .filter(([, bytes]) => bytes >= 512)
            .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
            .join(', '),
      });
    } catch (error) {
      rows.push({
        what,
        wall: '–',
        rss: '–',
        treeRss: '–',
        figures: `failed: ${(error as Error).message.split('\n')[0]}`,
      });
    }
  }
  return measured;
}

await main();
