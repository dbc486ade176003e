/**
 * A child process of scripts/index-search.ts: writes the search index shards it is sent, one at a time, each as its
 * own Pagefind index (src/search/shards.ts). One process drives one Pagefind service, which indexes on one core,
 * so the build runs a few of these side by side.
 *
 * Message in: { k, notices (newest first), output } — or nothing more to do (the channel closes).
 * Message out: { k, records, routerKeys, filters } once shard k is on disk.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import * as pagefind from 'pagefind';
import type { Notice } from '../../src/model/notice.ts';
import { countFilters, type FilterCounts } from '../../src/search/filter-options.ts';
import { indexContent, INDEX_LANGUAGE } from '../../src/search/ngram.ts';
import { storeMeta } from '../../src/search/original.ts';
import { ORDER_KEY, orderValue } from '../../src/search/query.ts';
import { searchRecords } from '../../src/search/records.ts';
import { routerKeys } from '../../src/search/router.ts';

export interface ShardJob {
  k: number;
  notices: Notice[];
  output: string;
}
export interface ShardDone {
  k: number;
  records: number;
  routerKeys: string[];
  filters: FilterCounts;
}

/** Pagefind's runtime, written with every index: the shards use the primary's (pagefind/). */
export const RUNTIME_FILE = /^(pagefind[\w.-]*\.(js|css)|wasm\.[\w-]+\.pagefind)$/;

export function fail(errors: string[] | undefined, doing: string): void {
  if (errors?.length) throw new Error(`pagefind: ${doing}: ${errors.join('; ')}`);
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

async function writeShard({ k, notices, output }: ShardJob): Promise<ShardDone> {
  const records = notices.flatMap(searchRecords);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  fail(errors, 'createIndex');
  if (!index) throw new Error('pagefind: createIndex returned no index');
  const keys = new Set<string>();
  // Sent in order without waiting: Pagefind's page order, which exact hits keep, is the order records arrive in.
  const added = records.map((record, position) => {
    for (const reading of record.readings) routerKeys(reading, keys);
    const { text, ...fields } = record.meta;
    return index.addCustomRecord({
      url: record.url,
      content: indexContent(record.readings),
      language: INDEX_LANGUAGE,
      meta: storeMeta(text, record.readings[0] ?? '', fields as Record<string, string>),
      filters: record.filters as Record<string, string[]>,
      sort: { [ORDER_KEY]: orderValue(position) },
    });
  });
  for (const [i, response] of (await Promise.all(added)).entries()) fail(response.errors, `record ${records[i]!.url}`);
  fail((await index.writeFiles({ outputPath: output })).errors, `writeFiles ${output}`);
  await index.deleteIndex();
  for (const name of await readdir(output)) if (RUNTIME_FILE.test(name)) await rm(path.join(output, name));
  await writeFile(path.join(output, 'chunks.json'), JSON.stringify(await chunkStarts(output)));
  return { k, records: records.length, routerKeys: [...keys], filters: countFilters(records) };
}

// Only as the forked child (index-search.ts imports this module for its types and helpers).
if (process.send && process.argv[1] === import.meta.filename) {
  process.on('message', (job: ShardJob) => {
    writeShard(job).then(
      (done) => process.send!(done),
      (error: unknown) => {
        console.error(`shard ${job.k}: ${(error as Error).stack ?? String(error)}`);
        process.exit(1);
      },
    );
  });
  process.on('disconnect', () => void pagefind.close().finally(() => process.exit(0)));
}
