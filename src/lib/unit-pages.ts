/** The deadline view's CSV, ICS and row files and its paths (a unit's own files: src/export/unit-files.ts). */
import { strings } from '../i18n/strings.ts';
import { getCatalog } from './corpus.ts';
import { clauseLinkOn, type ExportRow, exportRow, tasksCsv, tasksIcs } from './task-export.ts';
import { datedTasksByMonth } from './unit-regions.ts';
import { urls } from './urls.ts';

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

async function deadlineRows(site: URL, month?: string): Promise<ExportRow[]> {
  const months = datedTasksByMonth((await getCatalog()).units).filter((m) => month === undefined || m.month === month);
  return months.flatMap((m) => m.rows.map(({ unit, task }) => exportRow(unit, task, clauseLinkOn(site, urls))));
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
