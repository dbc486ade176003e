/** Every dated task (the deadline view) as a spreadsheet. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/corpus.ts';
import { tasksCsv } from '../../lib/task-export.ts';
import { clauseLink } from '../../lib/unit-pages.ts';
import { datedTasksByMonth } from '../../lib/unit-regions.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const rows = datedTasksByMonth((await getCatalog()).units).flatMap((month) => month.rows);
  return new Response(tasksCsv(rows, clauseLink(site ?? url)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
