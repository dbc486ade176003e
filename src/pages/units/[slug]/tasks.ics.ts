/** A unit's dated tasks as a calendar (src/lib/task-export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/corpus.ts';
import { regionLabel } from '../../../lib/unit-regions.ts';
import { tasksIcs } from '../../../lib/task-export.ts';
import { clauseLink, unitPaths } from '../../../lib/unit-pages.ts';

export const getStaticPaths = unitPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const unit = (await getCatalog()).units.find((u) => u.slug === params.slug)!;
  const body = tasksIcs(
    `${unit.name}（${regionLabel(unit)}）`,
    unit.tasks.map((task) => ({ unit, task })),
    clauseLink(site ?? url),
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
