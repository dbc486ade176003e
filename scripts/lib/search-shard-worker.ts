/**
 * The child processes of scripts/index-search.ts, so that no process holds more than it needs:
 *   - the planner reads notices.json, orders the notices newest first, cuts them into shards
 *     (src/search/shards.ts), keys each shard by its notices (search-index-cache.ts) and writes the notices of each
 *     shard the cache lacks to a file of its own, then exits — the corpus as objects lives only as long as this step;
 *   - each shard writer (a few side by side: one process drives one Pagefind service, which indexes on one core)
 *     writes the shards it is sent, one at a time, each as its own Pagefind index, from its shard's file.
 * Messages: in, a PlanJob or ShardJobs; out, the Plan or a ShardDone per shard; the channel closing ends it.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import * as pagefind from 'pagefind';
import { compareNewestFirst } from '../../src/lib/format.ts';
import { Notice, Notices } from '../../src/model/notice.ts';
import { countFilters, type FilterLabels } from '../../src/search/filter-options.ts';
import { indexContent, INDEX_LANGUAGE } from '../../src/search/ngram.ts';
import { storeMeta } from '../../src/search/original.ts';
import { ORDER_KEY, orderValue } from '../../src/search/query.ts';
import { recordCount, searchRecords } from '../../src/search/records.ts';
import { routerKeys } from '../../src/search/router.ts';
import { cutShards } from '../../src/search/shards.ts';
import { ShardCache, type ShardSummary } from './search-index-cache.ts';
import { buildLookup } from './search-lookup.ts';

export interface PlanJob {
  kind: 'plan';
  notices: string;
  shardRecords: number;
  /** Where the shards' notice files go: <dir>/<k>.json. */
  dir: string;
  /** The index cache's folder (search-index-cache.ts). */
  cache: string;
}
export interface Plan {
  notices: number;
  /** Oldest first: shard k's cache key, and its notice file unless the cache has the shard. */
  shards: { k: number; key: string; file: string | null }[];
  /** The search lookup's buckets (src/search/lookup.ts), and the labels of filter values it knows. */
  lookup: { keys: number; buckets: Uint8Array[] };
  labels: FilterLabels;
}
export interface ShardJob {
  kind: 'shard';
  k: number;
  file: string;
  output: string;
}
export interface ShardDone {
  k: number;
  summary: ShardSummary;
}

const RECORD_BATCH = 100;

/** Pagefind's runtime, written with every index: the shards use the primary's (pagefind/). */
const RUNTIME_FILE = /^(pagefind[\w.-]*\.(js|css)|wasm\.[\w-]+\.pagefind)$/;

export function fail(errors: string[] | undefined, doing: string): void {
  if (errors?.length) throw new Error(`pagefind: ${doing}: ${errors.join('; ')}`);
}

async function plan({ notices: file, shardRecords, dir, cache: cacheDir }: PlanJob): Promise<Plan> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as unknown[];
  if (!Array.isArray(raw)) throw new Error(`${file}: not an array of notices`);
  // Checked, ordered and counted; the raw objects are written out as they are.
  const notices = raw.map((value, i) => {
    const parsed = Notice.safeParse(value);
    if (!parsed.success) throw new Error(`${file}: notice ${i}: ${parsed.error.message}`);
    return parsed.data;
  });
  const order = notices.map((notice, i) => {
    const { id, signedDate, publishedDate, printedDate } = notice;
    return { i, dates: { id, signedDate, publishedDate, printedDate }, records: recordCount(notice) };
  });
  order.sort((a, b) => compareNewestFirst(a.dates, b.dates));
  const ranges = cutShards(
    order.map((o) => ({ id: o.dates.id, records: o.records })),
    shardRecords,
  );
  const cache = new ShardCache(cacheDir);
  const shards = await Promise.all(
    ranges.map(async ([from, to], k) => {
      const json = JSON.stringify(order.slice(from, to).map((o) => raw[o.i]));
      const key = cache.key(json);
      if (cache.has(key)) return { k, key, file: null };
      const shardFile = path.join(dir, `${k}.json`);
      await writeFile(shardFile, json);
      return { k, key, file: shardFile };
    }),
  );
  const shardOf = new Map(
    ranges.flatMap(([from, to], k) => order.slice(from, to).map((o) => [o.dates.id, k] as const)),
  );
  const { lookup, labels } = buildLookup(notices, shardOf);
  return { notices: raw.length, shards, lookup: { keys: lookup.keys, buckets: lookup.buckets() }, labels };
}

/** The first word of each index chunk, from the shard's .pf_meta (gzip, "pagefind_dcd", CBOR [version, pages, chunks…]). */
async function chunkStarts(dir: string): Promise<string[]> {
  const metaFile = (await readdir(dir)).find((name) => name.endsWith('.pf_meta'));
  if (!metaFile) throw new Error(`pagefind: no .pf_meta in ${dir}`);
  const raw = gunzipSync(await readFile(path.join(dir, metaFile)));
  const signature = 'pagefind_dcd';
  const body = raw.subarray(raw.toString('utf8', 0, signature.length) === signature ? signature.length : 0);
  const meta = decode(body) as [string, unknown, [string, string, string][]];
  return meta[2].map(([from]) => from);
}

async function writeShard({ k, file, output }: ShardJob): Promise<ShardDone> {
  const records = Notices.parse(JSON.parse(await readFile(file, 'utf8'))).flatMap(searchRecords);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  fail(errors, 'createIndex');
  if (!index) throw new Error('pagefind: createIndex returned no index');
  const keys = new Set<string>();
  // Pagefind's page order, which exact hits keep, is the order records arrive in: sent in order, a batch at a time
  // (all at once, the service's pending messages held ~350 MB more per process at 3,000 records).
  for (let from = 0; from < records.length; from += RECORD_BATCH) {
    const batch = records.slice(from, from + RECORD_BATCH).map((record, i) => {
      for (const reading of record.readings) routerKeys(reading, keys);
      const { text, ...fields } = record.meta;
      return index.addCustomRecord({
        url: record.url,
        content: indexContent(record.readings),
        language: INDEX_LANGUAGE,
        meta: storeMeta(text, record.readings[0] ?? '', fields as Record<string, string>),
        filters: record.filters as Record<string, string[]>,
        sort: { [ORDER_KEY]: orderValue(from + i) },
      });
    });
    for (const [i, response] of (await Promise.all(batch)).entries())
      fail(response.errors, `record ${records[from + i]!.url}`);
  }
  fail((await index.writeFiles({ outputPath: output })).errors, `writeFiles ${output}`);
  await index.deleteIndex();
  for (const name of await readdir(output)) if (RUNTIME_FILE.test(name)) await rm(path.join(output, name));
  await writeFile(path.join(output, 'chunks.json'), JSON.stringify(await chunkStarts(output)));
  return { k, summary: { records: records.length, routerKeys: [...keys], filters: countFilters(records) } };
}

// Only as a forked child (index-search.ts imports this module for its types and helpers).
if (process.send && process.argv[1] === import.meta.filename) {
  process.on('message', (job: PlanJob | ShardJob) => {
    (job.kind === 'plan' ? plan(job) : writeShard(job)).then(
      (done) => process.send!(done),
      (error: unknown) => {
        console.error(
          `${job.kind === 'plan' ? job.notices : `shard ${job.k}`}: ${(error as Error).stack ?? String(error)}`,
        );
        process.exit(1);
      },
    );
  });
  process.on('disconnect', () => void pagefind.close().finally(() => process.exit(0)));
}
