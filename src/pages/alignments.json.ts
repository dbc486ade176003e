/**
 * Every comparison of the corpus in one file, for the data export beside /notices.json (src/align/export.ts). In a
 * sharded build the notices shards align the pairs (each those its own notices are in) and the corpus shard aligns
 * none: it writes here only the comparisons' keys, in order, and the merge (scripts/site-shards/merge.ts) puts the
 * notices shards' records in their place.
 */
import type { APIRoute } from 'astro';
import { documentKey } from '../align/compare.ts';
import { comparisonKey, comparisonRecord } from '../align/export.ts';
import { getComparisons, getRelations, selection } from '../lib/corpus.ts';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const body =
    selection.shard?.role === 'corpus'
      ? (await getRelations()).map((r) => comparisonKey(r.kind, documentKey(r.local), documentKey(r.higher)))
      : (await getComparisons()).all.map((c) => comparisonRecord(c, urls.notice));
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
