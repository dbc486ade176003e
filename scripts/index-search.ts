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
 *   node scripts/index-search.ts [--notices generated/notices.json] [--site dist] [--jobs 2] [--shard-records 3000]
 *
 * Prints the records, shards, index size by kind and the time taken.
 */
import { fork } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { addFilterCounts, filterChoices, noFilterCounts } from '../src/search/filter-options.ts';
import { LOOKUP_DIR } from '../src/search/lookup.ts';
import { FILLER, INDEX_LANGUAGE } from '../src/search/ngram.ts';
import { bucketCount, RouterBuilder } from '../src/search/router.ts';
import { FILTER_CHOICES_FILE, type IndexManifest, SHARD_RECORDS } from '../src/search/shards.ts';
import { deploySettings } from './lib/deploy-settings.ts';
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
    },
  });
  const jobs = Number(values.jobs);
  const shardRecords = Number(values['shard-records']);
  if (!(jobs >= 1) || !(shardRecords >= 1)) throw new Error('--jobs and --shard-records must be positive numbers');
  const started = performance.now();
  const output = path.join(values.site, 'pagefind');
  await rm(output, { recursive: true, force: true }); // stale files of a previous run would linger otherwise
  const scratch = await mkdtemp(path.join(tmpdir(), 'index-search-'));

  const filters = noFilterCounts();
  const records = new Map<number, number>();
  let plan: Plan | undefined;
  let router: RouterBuilder;
  try {
    const planJobs: PlanJob[] = [{ kind: 'plan', notices: path.resolve(values.notices), shardRecords, dir: scratch }];
    await runWorker(
      () => planJobs.shift(),
      (done: Plan) => (plan = done),
    );
    router = new RouterBuilder(plan!.shards.length);
    const queue: ShardJob[] = plan!.shards.map(({ k, file }) => ({
      kind: 'shard',
      k,
      file,
      output: path.join(output, 's', String(k)),
    }));
    await Promise.all(
      Array.from({ length: Math.min(jobs, queue.length) }, () =>
        runWorker(
          () => queue.shift(),
          (done: ShardDone) => {
            router.addShard(done.k, done.routerKeys);
            addFilterCounts(filters, done.filters);
            records.set(done.k, done.records);
          },
          WRITER_HEAP,
        ),
      ),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const shardCount = plan!.shards.length;

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

  const buckets = bucketCount(router.grams);
  await mkdir(path.join(output, 'r'));
  for (const [b, bytes] of router.buckets(buckets).entries())
    await writeFile(path.join(output, 'r', `${b}.bin`), gzipSync(bytes, { level: 9 }));
  const { lookup, labels } = plan!;
  await mkdir(path.join(output, LOOKUP_DIR));
  for (const [b, bytes] of lookup.buckets.entries())
    await writeFile(path.join(output, LOOKUP_DIR, `${b}.bin`), gzipSync(bytes, { level: 9 }));
  const manifest: IndexManifest = {
    buildId: Date.now().toString(36),
    language: INDEX_LANGUAGE,
    shards: Array.from({ length: shardCount }, (_, k) => ({ k, records: records.get(k)! })).reverse(),
    router: { buckets, shards: shardCount },
    lookup: { buckets: lookup.buckets.length },
  };
  await writeFile(path.join(output, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(output, FILTER_CHOICES_FILE), JSON.stringify(filterChoices(filters, labels)));

  const { byKind, files } = await sizes(output);
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(byKind)
    .map(([kind, n]) => `${kind} ${n.toLocaleString('en')}`)
    .join(', ');
  const recordTotal = [...records.values()].reduce((a, b) => a + b, 0);
  console.log(
    `index-search: ${recordTotal} records from ${plan!.notices} notices in ${shardCount} shards, ` +
      `router ${router.grams.toLocaleString('en')} grams in ${buckets} buckets, ` +
      `lookup ${lookup.keys.toLocaleString('en')} keys in ${lookup.buckets.length} buckets → ${output} ` +
      `(${total.toLocaleString('en')} bytes in ${files.toLocaleString('en')} files: ${kinds}) ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

await main();
