/** Every comparison of the corpus in one file, for the data export beside /notices.json (src/align/export.ts). */
import type { APIRoute } from 'astro';
import { comparisonRecord } from '../align/export.ts';
import { getComparisons } from '../lib/corpus.ts';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { all } = await getComparisons();
  return new Response(JSON.stringify(all.map((c) => comparisonRecord(c, urls.notice))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
