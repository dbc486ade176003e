/** What the routes under /units/ and /deadlines/ share: their paths, their page sizes and their CSV and ICS files. */
import { strings } from '../i18n/strings.ts';
import type { Task, Unit } from './catalog.ts';
import { getCatalog } from './corpus.ts';
import { type ExportRow, exportRow, tasksCsv, tasksIcs } from './task-export.ts';
import { datedTasksByMonth, regionLabel } from './unit-regions.ts';
import { urls } from './urls.ts';

/** A unit's routes get the unit itself: finding it by slug on each of ~4 files per unit is quadratic in units. */
export async function unitPaths() {
  const { units } = await getCatalog();
  return units.map((unit) => ({ params: { slug: unit.slug }, props: { unit } }));
}

/** Clause links for files read outside the site (a spreadsheet, a calendar): absolute on the deployment's SITE. */
const clauseLink =
  (site: URL) =>
  (task: Task): string =>
    new URL(urls.notice(task.notice.id, task.clause.clause.eId), site.origin).href;

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;
type Format = Exclude<keyof typeof CONTENT_TYPES, 'json'>;

function exportResponse(format: Format, name: string, rows: ExportRow[]): Response {
  const body = format === 'csv' ? tasksCsv(rows) : tasksIcs(name, rows);
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

/** /units/<slug>/tasks.csv|ics: every task of the unit, over all its pages. */
export function unitExport(format: Format, unit: Unit, site: URL): Response {
  const rows = unit.tasks.map((task) => exportRow(unit, task, clauseLink(site)));
  return exportResponse(format, `${unit.name}（${regionLabel(unit)}）`, rows);
}

async function deadlineRows(site: URL, month?: string): Promise<ExportRow[]> {
  const months = datedTasksByMonth((await getCatalog()).units).filter((m) => month === undefined || m.month === month);
  return months.flatMap((m) => m.rows.map(({ unit, task }) => exportRow(unit, task, clauseLink(site))));
}

/** What a deadline export is called: the view, or one month of it. */
export const deadlinesName = (month?: string) =>
  month ? `${strings.deadlines.title} ${strings.deadlines.month(month)}` : strings.deadlines.title;

/** /deadlines/tasks.csv|ics: every dated task; /deadlines/<month>/tasks.csv|ics: a month's, in its page's order. */
export async function deadlinesExport(format: Format, site: URL, month?: string): Promise<Response> {
  return exportResponse(format, deadlinesName(month), await deadlineRows(site, month));
}

/**
 * /deadlines/<month>/export-rows.json: the month's rows as data, in its table's order, for the files of what the
 * page's filters leave (src/scripts/task-list.ts writes them with the same code as the files above).
 */
export async function deadlineExportRows(site: URL, month: string): Promise<Response> {
  return new Response(JSON.stringify(await deadlineRows(site, month)), {
    headers: { 'Content-Type': CONTENT_TYPES.json },
  });
}

export async function monthPaths() {
  return datedTasksByMonth((await getCatalog()).units).map(({ month }) => ({ params: { month } }));
}
