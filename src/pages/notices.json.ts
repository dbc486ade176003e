/** The data export beside the pages: the same Notice[] the converter wrote (src/schemas/notice.ts), for re-use. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/corpus.ts';

export const GET: APIRoute = async () => {
  const { notices } = await getCatalog();
  return new Response(JSON.stringify(notices), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
