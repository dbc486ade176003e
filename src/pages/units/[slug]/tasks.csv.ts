/** A unit's tasks as a spreadsheet (src/lib/task-export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/corpus.ts';
import { tasksCsv } from '../../../lib/task-export.ts';
import { clauseLink, unitPaths } from '../../../lib/unit-pages.ts';

export const getStaticPaths = unitPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const unit = (await getCatalog()).units.find((u) => u.slug === params.slug)!;
  const body = tasksCsv(
    unit.tasks.map((task) => ({ unit, task })),
    clauseLink(site ?? url),
  );
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
