/**
 * A corpus of N notices (100,000: a national library), built as scripts/build-site.ts builds a large corpus, worked
 * out from a measured run of bench-scale.ts (its figures.json and the site it built): printed, never asserted.
 *
 *   npm run bench:scale -- --notices 10000 --simulate 100000      (the run, then this)
 *   node scripts/scale/simulate-scale.ts --run <folder bench-scale --keep left> --notices 100000
 *
 * What scales how:
 *   - a notices shard has the measured run's shard size, so its time and memory are the measured shards' (the
 *     largest); there are N / size of them, built one after another on one machine or side by side on a CI matrix;
 *   - the corpus shard (every list page) and the merge read or move the whole corpus: their time, and the corpus
 *     shard's memory, are scaled in proportion to N (the memory is what holds the corpus: the catalog);
 *   - the search index: its shards are ~3,000 records each, so N / n times as many; the index stage's time scales
 *     in proportion, its memory is the measured run's (a planner that reads the corpus, shard writers bounded);
 *   - the router: its grams grow as Heaps' law, with the exponent measured on the run's own router (its grams in
 *     the older half of its index shards against all); each gram's shard set is the measured one repeated N / n
 *     times over as many shards (the new grams in one shard each), encoded and gzip-compressed as the build does,
 *     in buckets of the size the build chooses;
 *   - a cold query's bytes: what it fetched in the run, with its router buckets at the simulated size and the
 *     manifest (one entry per index shard) at N / n times the shards; the shards it searches for its first page,
 *     their metadata and chunks are as many and as large as in the run (shards stay ~3,000 records).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { bucketCount, decodeBucket, encodeBucket, type ShardSet } from '../../src/search/router.ts';
import type { IndexManifest } from '../../src/search/shards.ts';

/** What bench-scale.ts measured, as it writes it to figures.json. */
export interface RunFigures {
  notices: number;
  siteShards: number;
  stages: Record<string, { seconds: number; peakTreeRss: number } | undefined>;
  /** build-site.ts's lines: each shard's time and peak memory, the plan, the merge. */
  buildLines: string[];
  dist: { bytes: number; files: number };
  pagefind: { bytes: number; files: number } | null;
  cold: { label: string; query: string; gzip: number; router: number; ms: number }[];
}

const GB = 1024 ** 3;
const gb = (bytes: number) => `${(bytes / GB).toFixed(1)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 2 : 0)} KB`;
const mb = (bytes: number) =>
  `${(bytes / 1024 ** 2).toLocaleString('en', { maximumFractionDigits: bytes < 10 * 1024 ** 2 ? 1 : 0 })} MB`;
const int = (n: number) => Math.round(n).toLocaleString('en');
const duration = (s: number) =>
  s < 120 ? `${s.toFixed(0)} s` : s < 7200 ? `${(s / 60).toFixed(0)} min` : `${(s / 3600).toFixed(1)} h`;

interface ShardLine {
  name: string;
  seconds: number;
  peakRss: number;
  /** CPU seconds (null from an older log): on a shared machine the wall time is mostly waiting. */
  cpu: number | null;
}

export function shardLines(lines: string[]): ShardLine[] {
  return lines.flatMap((line) => {
    const m = /^shard (\S+) built in ([\d.]+) s, peak RSS ([\d.]+) GB(?:, CPU (\d+) s)?/.exec(line);
    return m
      ? [{ name: m[1]!, seconds: Number(m[2]), peakRss: Number(m[3]) * GB, cpu: m[4] ? Number(m[4]) : null }]
      : [];
  });
}

interface RouterSimulation {
  shards: number;
  grams: number;
  buckets: number;
  /** Mean gzip bytes of a bucket, and the whole router. */
  bucketBytes: number;
  bytes: number;
}

/** Whether a shard set (null: every shard) holds a shard numbered below `k`. */
function holdsBelow(set: ShardSet | null, k: number): boolean {
  if (set === null) return k > 0;
  for (let i = 0; i < k >> 3; i++) if (set[i]) return true;
  return (k & 7) > 0 && (set[k >> 3]! & ((1 << (k & 7)) - 1)) > 0;
}

/** The run's router as the build wrote it, and the same at `scale` times the corpus (see the top of this file). */
async function simulateRouter(
  pagefind: string,
  scale: number,
): Promise<{ measured: RouterSimulation; at: RouterSimulation; heaps: number }> {
  const manifest = JSON.parse(await readFile(path.join(pagefind, 'manifest.json'), 'utf8')) as IndexManifest;
  const { shards, buckets } = manifest.router;
  const entries: [string, ShardSet | null][] = [];
  let bytes = 0;
  for (let b = 0; b < buckets; b++) {
    const file = await readFile(path.join(pagefind, 'r', `${b}.bin`));
    bytes += file.length;
    entries.push(...decodeBucket(gunzipSync(file), shards));
  }
  const measured = { shards, grams: entries.length, buckets, bucketBytes: bytes / buckets, bytes };

  // Heaps' law from the grams of the older half of the index shards against all of them.
  const half = Math.floor(shards / 2);
  const inOlderHalf = entries.filter(([, set]) => holdsBelow(set, half)).length;
  const heaps = half > 0 && inOlderHalf > 0 ? Math.log(entries.length / inOlderHalf) / Math.log(shards / half) : 1;

  const atShards = Math.round(shards * scale);
  const atGrams = Math.round(entries.length * scale ** heaps);
  const atBuckets = bucketCount(atGrams);
  // Each measured gram's set repeated `scale` times over; the new grams each in one shard. Encoded in buckets of the
  // simulated size, from a sample of the grams (every gram would take gigabytes to hold).
  const perBucket = atGrams / atBuckets;
  const sample = Math.min(entries.length, Math.max(20_000, Math.round(perBucket * 64)));
  const step = entries.length / sample;
  const repeat = Math.ceil(scale);
  const simulated: [string, ShardSet][] = [];
  for (let i = 0; i < sample; i++) {
    const [gram, set] = entries[Math.floor(i * step)]!;
    const wide = new Uint8Array(Math.ceil(atShards / 8));
    for (let copy = 0; copy < repeat; copy++)
      for (let k = 0; k < shards; k++)
        if (set === null || set[k >> 3]! & (1 << (k & 7))) {
          const at = k + copy * shards;
          if (at < atShards) wide[at >> 3]! |= 1 << (at & 7);
        }
    simulated.push([gram, wide]);
  }
  const newGrams = Math.round((sample * (atGrams - entries.length)) / entries.length);
  for (let i = 0; i < newGrams; i++) {
    const [gram] = entries[Math.floor(i * step) % entries.length]!;
    const single = new Uint8Array(Math.ceil(atShards / 8));
    const at = (i * 7919) % atShards;
    single[at >> 3]! |= 1 << (at & 7);
    simulated.push([`${gram}\u{F0000}${i}`, single]);
  }
  let sampledBytes = 0;
  let sampledBuckets = 0;
  for (let from = 0; from < simulated.length; from += Math.max(1, Math.round(perBucket)), sampledBuckets++)
    sampledBytes += gzipSync(encodeBucket(simulated.slice(from, from + Math.round(perBucket)), atShards), {
      level: 9,
    }).length;
  const bucketBytes = sampledBytes / sampledBuckets;
  return {
    measured,
    at: { shards: atShards, grams: atGrams, buckets: atBuckets, bucketBytes, bytes: bucketBytes * atBuckets },
    heaps,
  };
}

async function manifestBytes(pagefind: string, scale: number): Promise<{ measured: number; at: number }> {
  const manifest = JSON.parse(await readFile(path.join(pagefind, 'manifest.json'), 'utf8')) as IndexManifest;
  const shards = Math.round(manifest.shards.length * scale);
  const records = Math.round(manifest.shards.reduce((sum, s) => sum + s.records, 0) / manifest.shards.length);
  const simulated: IndexManifest = {
    ...manifest,
    shards: Array.from({ length: shards }, (_, k) => ({ k: shards - 1 - k, records })),
    router: { ...manifest.router, shards },
  };
  return {
    measured: gzipSync(JSON.stringify(manifest)).length,
    at: gzipSync(JSON.stringify(simulated)).length,
  };
}

/** The simulation's table, as Markdown lines. */
export async function simulate(figures: RunFigures, site: string, notices: number): Promise<string[]> {
  const scale = notices / figures.notices;
  const shards = shardLines(figures.buildLines);
  const noticeShards = shards.filter((s) => s.name.startsWith('notices-'));
  const corpus = shards.find((s) => s.name === 'corpus');
  const merge = /merged .* in ([\d.]+) s/.exec(figures.buildLines.join('\n'));
  const rows: [string, string, string][] = [];
  const row = (what: string, measured: string, simulated: string) => rows.push([what, measured, simulated]);
  const perShard = Math.ceil(figures.notices / Math.max(1, figures.siteShards));
  const count = Math.ceil(notices / perShard);

  /** Wall time, and CPU time where the log has it. */
  const time = (wall: number, cpu: number | null) =>
    `${duration(wall)}${cpu === null ? '' : ` (CPU ${duration(cpu)})`}`;
  const maxCpu = (list: ShardLine[]) =>
    list.every((s) => s.cpu !== null) ? Math.max(...list.map((s) => s.cpu!)) : null;
  if (noticeShards.length) {
    const slowest = Math.max(...noticeShards.map((s) => s.seconds));
    const largest = Math.max(...noticeShards.map((s) => s.peakRss));
    const total = noticeShards.reduce((sum, s) => sum + s.seconds, 0);
    const each = `each ≤ ${time(slowest, maxCpu(noticeShards))}, ≤ ${gb(largest)}`;
    row(
      'notices shards of the site build',
      `${noticeShards.length} × ${int(perShard)} notices: ${each}`,
      `${count} × ${int(perShard)} notices: ${each}; ` +
        `${duration((total / noticeShards.length) * count)} one after another, ${duration(slowest)} on ${count} machines`,
    );
  }
  if (corpus)
    row(
      'corpus shard (list pages, from the whole corpus)',
      `${time(corpus.seconds, corpus.cpu)}, ${gb(corpus.peakRss)}`,
      `${time(corpus.seconds * scale, corpus.cpu && corpus.cpu * scale)}, ${gb(corpus.peakRss * scale)} ` +
        '(in proportion: it holds and aligns the whole corpus)',
    );
  if (merge) row('merge', `${duration(Number(merge[1]))}`, duration(Number(merge[1]) * scale));
  row(
    'site (dist/, index included)',
    `${mb(figures.dist.bytes)}, ${int(figures.dist.files)} files`,
    `${mb(figures.dist.bytes * scale)}, ${int(figures.dist.files * scale)} files`,
  );
  const index = figures.stages.index;
  if (index)
    row(
      'search index stage (once, over the merged corpus)',
      `${duration(index.seconds)}, ${gb(index.peakTreeRss)}`,
      `${duration(index.seconds * scale)}, ${gb(index.peakTreeRss)} (shard writers bounded; the planner reads the corpus)`,
    );

  const pagefind = path.join(site, 'pagefind');
  if (figures.pagefind && existsSync(path.join(pagefind, 'manifest.json'))) {
    row(
      'search index size',
      `${mb(figures.pagefind.bytes)}, ${int(figures.pagefind.files)} files`,
      `${mb(figures.pagefind.bytes * scale)}, ${int(figures.pagefind.files * scale)} files`,
    );
    const router = await simulateRouter(pagefind, scale);
    const { measured, at } = router;
    row(
      'router',
      `${int(measured.grams)} grams → ${measured.shards} index shards, ${int(measured.buckets)} buckets of ${kb(measured.bucketBytes)} gzip, ${mb(measured.bytes)}`,
      `${int(at.grams)} grams (Heaps exponent ${router.heaps.toFixed(2)}) → ${int(at.shards)} index shards, ${int(at.buckets)} buckets of ${kb(at.bucketBytes)} gzip, ${mb(at.bytes)}`,
    );
    const manifest = await manifestBytes(pagefind, scale);
    row('index manifest (read first)', `${kb(manifest.measured)} gzip`, `${kb(manifest.at)} gzip`);
    for (const cold of figures.cold) {
      const buckets = cold.router / measured.bucketBytes;
      const bytes = cold.gzip - cold.router - manifest.measured + buckets * at.bucketBytes + manifest.at;
      row(
        `cold query, ${cold.label}: 「${cold.query}」`,
        `${kb(cold.gzip)} gzip (router ${kb(cold.router)})`,
        `${kb(bytes)} gzip (router ${kb(buckets * at.bucketBytes)}, ${buckets.toFixed(1)} buckets)`,
      );
    }
  }
  return [
    `| What | Measured: ${int(figures.notices)} notices | Simulated: ${int(notices)} notices |`,
    '|---|---|---|',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { run: { type: 'string' }, notices: { type: 'string', default: '100000' } },
  });
  if (!values.run) throw new Error('--run <folder bench-scale.ts --keep left> is required');
  const figures = JSON.parse(await readFile(path.join(values.run, 'figures.json'), 'utf8')) as RunFigures;
  const site = path.join(values.run, 'site', 'dist');
  if (!(await readdir(site).catch(() => null))) throw new Error(`${site}: no built site`);
  console.log((await simulate(figures, site, Number(values.notices))).join('\n'));
}
