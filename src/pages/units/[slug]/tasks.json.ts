/** A unit's tasks as data, for the pinned unit's panel on the home page (src/scripts/my-unit.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Unit } from '../../../lib/catalog.ts';
import { taskSummaries } from '../../../lib/my-unit.ts';
import { unitPaths } from '../../../lib/unit-pages.ts';
import { urls } from '../../../lib/urls.ts';

export const getStaticPaths = unitPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: Unit }> = ({ props: { unit } }) => {
  const tasks = taskSummaries(unit, (task) => urls.notice(task.notice.id, task.clause.clause.eId));
  return new Response(JSON.stringify({ slug: unit.slug, name: unit.name, tasks }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
