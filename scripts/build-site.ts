/**
 * The site build of npm run build: one `astro build`, or, for a corpus too large for one process, a sharded build
 * (src/lib/site-shard.ts): a plan (scripts/site-shards/plan.ts), an `astro build` per shard — one for the pages of
 * the whole corpus (home, browse, units, deadlines, search, feeds) and one per run of notices for their pages — and
 * a merge of their outputs into one site (scripts/site-shards/merge.ts). The search index, redirects and offline
 * steps of npm run build then run once over the merged site.
 *
 *   node scripts/build-site.ts                       one astro build (SITE_SHARDS unset or 1): the site as always
 *   node scripts/build-site.ts --shards 4            plan, the corpus shard and 4 notices shards one after another, merge
 *   SITE_SHARDS=4 npm run build                      the same inside npm run build
 *
 * On several machines (a CI matrix), each step on its own, sharing the work folder (--work, default dist-shards/):
 *   node scripts/build-site.ts plan --shards 4       → dist-shards/plan/<shard>.json (corpus, notices-0 … notices-3)
 *   node scripts/build-site.ts shard notices-2       → dist-shards/notices-2/ (needs generated/ and the plan)
 *   node scripts/build-site.ts merge                 → dist/ (OUT_DIR) from every dist-shards/<shard>/
 * Shards run one after another on one machine: Astro keeps its content collection state in the project's .astro/
 * folder, which two builds in one folder would share.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Notice } from '../src/model/notice.ts';
import type { SiteShard } from '../src/lib/site-shard.ts';
import { deploySettings } from './lib/deploy-settings.ts';
import { readNoticeLines } from '../src/model/notice-lines.ts';
import { setAside } from './lib/set-aside.ts';
import { mergeShards } from './site-shards/merge.ts';
import { type NoticeSketch, planShards, sketchNotice } from './site-shards/plan.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** Where an old output goes to be deleted while the new one is built (scripts/lib/set-aside.ts). */
const TRASH = path.join(ROOT, '.astro', 'trash');
/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these. */
const CLOCK_TICKS = 100;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    shards: { type: 'string', default: process.env.SITE_SHARDS || '1' },
    work: { type: 'string', default: 'dist-shards' },
    notices: { type: 'string', default: 'generated/notices.json' },
  },
});
const work = path.resolve(ROOT, values.work);
const planDir = path.join(work, 'plan');
const outputOf = (shard: Pick<SiteShard, 'name'>) => path.join(work, shard.name);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`build-site: ${message}`);

/** A process's peak resident memory so far (bytes) and CPU time (seconds), from Linux's /proc; null where it cannot tell. */
function usage(pid: number): { peakRss: number; cpu: number } | null {
  try {
    const peakKb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [utime, stime] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 13)
      .map(Number);
    return { peakRss: Number(peakKb ?? 0) * 1024, cpu: (utime! + stime!) / CLOCK_TICKS };
  } catch {
    return null;
  }
}

/**
 * `astro build` in the project, with extra environment; rejects if it fails. Resolves with the build's peak resident
 * memory and CPU time (one process: Astro renders and Rolldown bundles in it), read while it runs: on a shared
 * machine its CPU time says more than its wall time. The old output is set aside first and deleted meanwhile.
 */
async function astroBuild(env: Record<string, string>): Promise<{ peakRss: number; cpu: number }> {
  // Checked as astro.config.mjs checks it (never the repo or a source folder) before anything is moved.
  const deleted = await setAside(deploySettings({ ...process.env, ...env }, ROOT).outDir, TRASH);
  const built = await new Promise<{ peakRss: number; cpu: number }>((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    let last = { peakRss: 0, cpu: 0 };
    const sampler = setInterval(() => {
      // An exited process (a zombie until reaped) has no memory left to report: its peak is kept.
      const now = usage(child.pid!);
      if (now) last = { peakRss: Math.max(last.peakRss, now.peakRss), cpu: Math.max(last.cpu, now.cpu) };
    }, 500);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code === 0) resolve(last);
      else reject(new Error(`astro build exited with ${code}`));
    });
  });
  await deleted;
  return built;
}

async function plan(count: number): Promise<SiteShard[]> {
  const started = performance.now();
  const sketches: NoticeSketch[] = [];
  for await (const notice of readNoticeLines(path.resolve(ROOT, values.notices)))
    sketches.push(sketchNotice(notice as Notice));
  const { shards } = planShards(sketches, count);
  await rm(planDir, { recursive: true, force: true });
  await mkdir(planDir, { recursive: true });
  for (const shard of shards) await writeFile(path.join(planDir, `${shard.name}.json`), JSON.stringify(shard));
  const sizes = shards
    .map((s) => (s.role === 'corpus' ? 'corpus' : `${s.name} ${s.own.length} (reads ${s.read.length})`))
    .join(', ');
  log(`plan: ${sketches.length} notices → ${sizes} in ${seconds(started)} → ${planDir}`);
  return shards;
}

async function readPlan(): Promise<SiteShard[]> {
  const names = (await readdir(planDir)).filter((name) => name.endsWith('.json')).sort();
  if (names.length === 0) throw new Error(`no plan in ${planDir}: run node scripts/build-site.ts plan --shards N`);
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(path.join(planDir, name), 'utf8'))));
}

async function buildShard(name: string): Promise<void> {
  const started = performance.now();
  const file = path.join(planDir, `${name}.json`);
  const { peakRss, cpu } = await astroBuild({ SITE_SHARD: file, OUT_DIR: path.relative(ROOT, outputOf({ name })) });
  log(
    `shard ${name} built in ${seconds(started)}, peak RSS ${(peakRss / 1024 ** 3).toFixed(2)} GB, CPU ${cpu.toFixed(0)} s`,
  );
}

async function merge(shards: SiteShard[]): Promise<void> {
  const started = performance.now();
  const site = deploySettings(process.env, ROOT).outDir;
  const report = await mergeShards(shards, outputOf, site);
  log(
    `merged ${shards.length} shards → ${path.relative(ROOT, site)}: ${report.pages} notice pages, ` +
      `${report.comparisons} comparisons, ` +
      `assets ${report.assets.moved} moved and ${report.assets.shared} identical in several shards, ` +
      `sitemap ${report.sitemapUrls} URLs, in ${seconds(started)}`,
  );
}

async function main(): Promise<void> {
  const count = Number(values.shards);
  const [step, name] = positionals;
  if (step === 'plan') await plan(count);
  else if (step === 'shard') {
    if (!name) throw new Error('build-site shard <name>: which shard (corpus, notices-0 …)?');
    await buildShard(name);
  } else if (step === 'merge') await merge(await readPlan());
  else if (step !== undefined) throw new Error(`build-site: no step ${step} (plan, shard, merge)`);
  else if (count === 1) await astroBuild({});
  else {
    const shards = await plan(count);
    for (const shard of shards) await buildShard(shard.name);
    await merge(shards);
    await rm(work, { recursive: true, force: true });
  }
}

await main();
