/** Every dated task (the deadline view) as a calendar. */
import type { APIRoute } from 'astro';
import { strings } from '../../i18n/strings.ts';
import { getCatalog } from '../../lib/corpus.ts';
import { tasksIcs } from '../../lib/task-export.ts';
import { clauseLink } from '../../lib/unit-pages.ts';
import { datedTasksByMonth } from '../../lib/unit-regions.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const rows = datedTasksByMonth((await getCatalog()).units).flatMap((month) => month.rows);
  return new Response(tasksIcs(strings.deadlines.title, rows, clauseLink(site ?? url)), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
