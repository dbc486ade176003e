/**
 * Builds the site's search index from the data model (not from the HTML): one Pagefind record per clause and per
 * component head (src/search/records.ts), whose indexed content is the overlapping 3-character grams of its readings
 * (src/search/ngram.ts) and whose original text rides along, hidden, in its meta (src/search/original.ts). The index
 * is cut into shards of ~3,000 records by date (src/search/shards.ts), each its own Pagefind index written by a
 * child process (scripts/lib/search-shard-worker.ts: a planner that alone reads the whole corpus, then --jobs shard
 * writers side by side; this process keeps only the router and the filter counts), plus:
 *   pagefind/             Pagefind's runtime and a one-record primary index whose only word no query contains;
 *   pagefind/s/<k>/       shard k (0 = oldest) and chunks.json, the first word of each of its index chunks;
 *   pagefind/r/<b>.bin    the router's buckets (src/search/router.ts), gzip-compressed;
 *   pagefind/l/<b>.bin    the lookup's buckets (src/search/lookup.ts): notices by 发文字号 and title, units by name;
 *   pagefind/manifest.json, pagefind/filters.json   what the search page reads first (shards.ts, filter-options.ts).
 *
 * A shard whose notices, code and settings are those of a shard built before is copied from the cache
 * (scripts/lib/search-index-cache.ts, generated/.index-cache unless --cache says otherwise), with its router grams
 * and filter counts; only the others are indexed. The router, the lookup and the manifest are made anew every run.
 *
 *   node scripts/index-search.ts [--notices generated/notices.json] [--site dist] [--jobs 2] [--shard-records 3000]
 *                                [--cache generated/.index-cache] [--inline-choices 200]
 *
 * Prints the records, shards, index size by kind, the shards reused and rebuilt, and the time taken by step.
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import {
  addFilterCounts,
  filterChoices,
  INLINE_CHOICES,
  noFilterCounts,
  splitChoices,
} from '../src/search/filter-options.ts';
import { LOOKUP_DIR } from '../src/search/lookup.ts';
import { FILLER, INDEX_LANGUAGE } from '../src/search/ngram.ts';
import { bucketCount, RouterBuilder } from '../src/search/router.ts';
import { FILTER_CHOICES_FILE, filterChoicesApart, type IndexManifest, SHARD_RECORDS } from '../src/search/shards.ts';
import { deploySettings } from './lib/deploy-settings.ts';
import { DEFAULT_INDEX_CACHE, ShardCache, type ShardSummary } from './lib/search-index-cache.ts';
import { fail, type Plan, type PlanJob, type ShardDone, type ShardJob } from './lib/search-shard-worker.ts';

/** Pagefind's stock UI bundles: the site searches through pagefind.js with its own UI, so these would only be dead weight. */
const UNUSED_BUNDLES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
const WORKER = path.join(import.meta.dirname, 'lib', 'search-shard-worker.ts');
/**
 * Words per index chunk (Pagefind's default 20,000): a query loads one chunk per gram, and smaller chunks cost less
 * (measured). An unstable setting of Pagefind's binary, read from the environment: Pagefind is pinned exactly.
 */
const INDEX_CHUNK_WORDS = '2000';

async function sizes(dir: string): Promise<{ byKind: Record<string, number>; files: number }> {
  const byKind: Record<string, number> = {};
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const kind =
      /\.pf_(\w+)$/.exec(entry.name)?.[1] ??
      (path.basename(entry.parentPath) === LOOKUP_DIR ? 'lookup' : entry.name.endsWith('.bin') ? 'router' : 'runtime');
    byKind[kind] = (byKind[kind] ?? 0) + (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { byKind, files };
}

const WORKER_ENV = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: INDEX_CHUNK_WORDS };
/**
 * A shard writer needs a few MB for its records, but V8 lets garbage (the fold's alignment arrays) pile up to
 * ~400 MB before collecting it; a smaller heap collects sooner. The planner reads the whole corpus: no cap for it.
 */
const WRITER_HEAP = ['--max-old-space-size=256'];

/** Runs jobs on a child process, each sent when the one before is done; resolves when the child has exited. */
function runWorker<Job, Done>(
  next: () => Job | undefined,
  onDone: (done: Done) => void,
  execArgv: string[] = [],
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = fork(WORKER, [], { env: WORKER_ENV, execArgv, serialization: 'advanced' });
    const send = () => {
      const job = next();
      if (job) child.send(job as object);
      else child.disconnect();
    };
    child.on('message', (done: Done) => {
      onDone(done);
      send();
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`search index worker exited with ${code}`))));
    send();
  });
}

async function main(): Promise<void> {
  const deploy = deploySettings(process.env, path.resolve(import.meta.dirname, '..'));
  const { values } = parseArgs({
    options: {
      notices: { type: 'string', default: 'generated/notices.json' },
      site: { type: 'string', default: deploy.outDir },
      jobs: { type: 'string', default: String(Math.min(2, availableParallelism())) },
      'shard-records': { type: 'string', default: String(SHARD_RECORDS) },
      cache: { type: 'string', default: DEFAULT_INDEX_CACHE },
      'inline-choices': { type: 'string', default: String(INLINE_CHOICES) },
    },
  });
  const jobs = Number(values.jobs);
  const shardRecords = Number(values['shard-records']);
  const inlineChoices = Number(values['inline-choices']);
  if (!(jobs >= 1) || !(shardRecords >= 1) || !(inlineChoices >= 0))
    throw new Error('--jobs and --shard-records must be positive numbers, --inline-choices a number');
  const started = performance.now();
  const steps: string[] = [];
  let stepStarted = started;
  const step = (name: string) => {
    const now = performance.now();
    steps.push(`${name} ${((now - stepStarted) / 1000).toFixed(1)} s`);
    stepStarted = now;
  };
  const output = path.join(values.site, 'pagefind');
  await rm(output, { recursive: true, force: true }); // stale files of a previous run would linger otherwise
  const scratch = await mkdtemp(path.join(tmpdir(), 'index-search-'));
  const cache = new ShardCache(path.resolve(values.cache));

  let plan: Plan | undefined;
  const built = new Map<number, ShardSummary>();
  try {
    const planJobs: PlanJob[] = [
      { kind: 'plan', notices: path.resolve(values.notices), shardRecords, dir: scratch, cache: cache.dir },
    ];
    await runWorker(
      () => planJobs.shift(),
      (done: Plan) => (plan = done),
    );
    step('plan');
    const staging = new Map<number, string>();
    const queue: ShardJob[] = [];
    for (const { k, key, file } of plan!.shards)
      if (file !== null) {
        staging.set(k, await cache.staging(key));
        queue.push({ kind: 'shard', k, file, output: path.join(staging.get(k)!, 'index') });
      }
    await Promise.all(
      Array.from({ length: Math.min(jobs, queue.length) }, () =>
        runWorker(
          () => queue.shift(),
          (done: ShardDone) => built.set(done.k, done.summary),
          WRITER_HEAP,
        ),
      ),
    );
    for (const [k, summary] of built) await cache.keep(plan!.shards[k]!.key, staging.get(k)!, summary);
    step(`index ${built.size} shards`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const shardCount = plan!.shards.length;

  // Every shard from the cache, the ones just written too: the router from their grams, the filters from their counts.
  const router = new RouterBuilder(shardCount);
  const filters = noFilterCounts();
  const records: number[] = [];
  for (const { k, key } of plan!.shards) {
    const summary = built.get(k) ?? (await cache.summary(key));
    router.addShard(k, summary.routerKeys);
    addFilterCounts(filters, summary.filters);
    records[k] = summary.records;
    await cache.place(key, path.join(output, 's', String(k)));
  }
  const pruned = await cache.prune(new Set(plan!.shards.map((shard) => shard.key)));
  step('link');

  // The primary: the runtime, and one record whose only word never matches (queries never hold the filler).
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    fail(errors, 'createIndex');
    if (!index) throw new Error('pagefind: createIndex returned no index');
    fail(
      (await index.addCustomRecord({ url: '/', content: FILLER.repeat(4), language: INDEX_LANGUAGE, meta: {} })).errors,
      'primary',
    );
    fail((await index.writeFiles({ outputPath: output })).errors, 'writeFiles');
  } finally {
    await pagefind.close();
  }
  for (const name of await readdir(output)) if (UNUSED_BUNDLES.test(name)) await rm(path.join(output, name));
  step('primary');

  // The build id is a hash of what the index holds, so that an unchanged index keeps the browser's cached metadata
  // and a warm build writes the very bytes of a cold one.
  const content = createHash('sha256');
  for (const { key } of plan!.shards) content.update(key);
  const buckets = bucketCount(router.grams);
  await mkdir(path.join(output, 'r'));
  for (const [b, bytes] of router.buckets(buckets).entries()) {
    content.update(bytes);
    await writeFile(path.join(output, 'r', `${b}.bin`), gzipSync(bytes, { level: 9 }));
  }
  const { lookup, labels } = plan!;
  await mkdir(path.join(output, LOOKUP_DIR));
  for (const [b, bytes] of lookup.buckets.entries()) {
    content.update(bytes);
    await writeFile(path.join(output, LOOKUP_DIR, `${b}.bin`), gzipSync(bytes, { level: 9 }));
  }
  const { file: choicesFile, apart } = splitChoices(filterChoices(filters, labels), inlineChoices);
  const choices = JSON.stringify(choicesFile);
  await writeFile(path.join(output, FILTER_CHOICES_FILE), choices);
  for (const [name, offered] of apart) {
    const file = path.join(output, filterChoicesApart(name));
    await mkdir(path.dirname(file), { recursive: true });
    const json = JSON.stringify(offered);
    await writeFile(file, json);
    content.update(json);
  }
  const manifest: IndexManifest = {
    buildId: content.update(choices).digest('hex').slice(0, 16),
    language: INDEX_LANGUAGE,
    shards: records.map((count, k) => ({ k, records: count })).reverse(),
    router: { buckets, shards: shardCount },
    lookup: { buckets: lookup.buckets.length },
  };
  await writeFile(path.join(output, 'manifest.json'), JSON.stringify(manifest));
  step('router and lookup');

  const { byKind, files } = await sizes(output);
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(byKind)
    .map(([kind, n]) => `${kind} ${n.toLocaleString('en')}`)
    .join(', ');
  const recordTotal = records.reduce((a, b) => a + b, 0);
  console.log(
    `index-search: ${recordTotal} records from ${plan!.notices} notices in ${shardCount} shards, ` +
      `router ${router.grams.toLocaleString('en')} grams in ${buckets} buckets, ` +
      `lookup ${lookup.keys.toLocaleString('en')} keys in ${lookup.buckets.length} buckets → ${output} ` +
      `(${total.toLocaleString('en')} bytes in ${files.toLocaleString('en')} files: ${kinds}) ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s (${steps.join(', ')}); ` +
      `索引分片：复用 ${shardCount - built.size} 个，重建 ${built.size} 个` +
      (pruned ? `，缓存清除 ${pruned} 个` : ''),
  );
}

await main();
