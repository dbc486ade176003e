/** What the routes under /units/<slug>/ and /deadlines/ share: their paths and their CSV and ICS files. */
import { strings } from '../i18n/strings.ts';
import type { Task, Unit } from './catalog.ts';
import { getCatalog } from './corpus.ts';
import { tasksCsv, tasksIcs } from './task-export.ts';
import { datedTasksByMonth, regionLabel } from './unit-regions.ts';
import { urls } from './urls.ts';

export async function unitPaths() {
  const { units } = await getCatalog();
  return units.map((unit) => ({ params: { slug: unit.slug } }));
}

/** Clause links for files read outside the site (a spreadsheet, a calendar): absolute on the deployment's SITE. */
export const clauseLink =
  (site: URL) =>
  (task: Task): string =>
    new URL(urls.notice(task.notice.id, task.clause.clause.eId), site.origin).href;

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', ics: 'text/calendar; charset=utf-8' } as const;
type Format = keyof typeof CONTENT_TYPES;

function exportResponse(format: Format, name: string, rows: { unit: Unit; task: Task }[], site: URL): Response {
  const link = clauseLink(site);
  const body = format === 'csv' ? tasksCsv(rows, link) : tasksIcs(name, rows, link);
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

/** /units/<slug>/tasks.csv|ics: every task of the unit. */
export async function unitExport(format: Format, slug: string, site: URL): Promise<Response> {
  const unit = (await getCatalog()).units.find((u) => u.slug === slug)!;
  const rows = unit.tasks.map((task) => ({ unit, task }));
  return exportResponse(format, `${unit.name}（${regionLabel(unit)}）`, rows, site);
}

/**
 * /deadlines/tasks.csv|ics: every dated task; /deadlines/<month>/tasks.csv|ics: a month's, in its page's order (the
 * page's filtered download relies on it).
 */
export async function deadlinesExport(format: Format, site: URL, month?: string): Promise<Response> {
  const months = datedTasksByMonth((await getCatalog()).units).filter((m) => month === undefined || m.month === month);
  const name = month ? `${strings.deadlines.title} ${strings.deadlines.month(month)}` : strings.deadlines.title;
  return exportResponse(
    format,
    name,
    months.flatMap((m) => m.rows),
    site,
  );
}

export async function monthPaths() {
  return datedTasksByMonth((await getCatalog()).units).map(({ month }) => ({ params: { month } }));
}
