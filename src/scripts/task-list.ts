/**
 * Task tables (src/components/TaskTable.astro) in the browser: each row's status against the reader's today, and the
 * filters (year, status, region, unit) that hide rows. The page's own data attributes are the input; a list with
 * its rows as data (a deadline month's export-rows.json) also gets the files of what the filters leave over all its
 * rows, and, when it is on several pages, how many of them match.
 */
import { strings } from '../i18n/strings.ts';
import type { ExportRow } from '../lib/task-export.ts';
import { localDay, type TaskStatus, taskStatus } from '../lib/task-status.ts';

const FILTERS = ['year', 'status', 'region', 'unit'] as const;
type Filter = (typeof FILTERS)[number];
/** The filters set, with their values. */
type Wanted = [Filter, string][];

const matches = (values: Partial<Record<Filter, string>>, wanted: Wanted) =>
  wanted.every(([name, value]) => values[name] === value);

/** An export row's values for the filters: what its table row carries (TaskTable.astro's data attributes, its status). */
const exportRowValues = (row: ExportRow, today: string): Record<Filter, string> => ({
  year: String(row.year ?? ''),
  status: taskStatus(row.deadlineDate ?? '', today),
  region: row.region,
  unit: row.unitSlug,
});

export function startTaskLists(root: ParentNode, now: Date = new Date()): void {
  const today = localDay(now);
  for (const list of root.querySelectorAll<HTMLElement>('[data-task-list]')) {
    const rows = [...list.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    for (const row of rows) {
      const status: TaskStatus = taskStatus(row.dataset.deadline as Parameters<typeof taskStatus>[0], today);
      row.dataset.status = status;
      const badge = row.querySelector<HTMLElement>('[data-task-status]');
      if (badge) {
        badge.textContent = strings.units.status[status];
        badge.className = `task-status task-status--${status}`;
      }
    }
    const form = list.querySelector<HTMLFormElement>('.task-filters');
    if (!form) continue;
    const count = form.querySelector('output');
    const { exportRows: source, exportName: name = '' } = list.dataset;
    let all: Promise<ExportRow[]> | undefined;
    // The list's rows as data, fetched once, on first use.
    const allRows = (url: string) =>
      (all ??= fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<ExportRow[]>;
      }));
    let wanted: Wanted = [];
    const apply = () => {
      wanted = FILTERS.map((name) => [name, form.elements.namedItem(name)] as const)
        .filter(
          (entry): entry is [Filter, HTMLSelectElement] =>
            entry[1] instanceof HTMLSelectElement && entry[1].value !== '',
        )
        .map(([name, select]) => [name, select.value]);
      let shown = 0;
      for (const row of rows) {
        row.hidden = !matches(row.dataset, wanted);
        if (!row.hidden) shown++;
      }
      if (!count) return;
      count.textContent = strings.units.shown(shown, rows.length);
      // On one page of several, what this page shows is not what the list holds: say how many of all rows match.
      if (source && list.dataset.paged !== undefined && wanted.length > 0) {
        const asked = wanted;
        void allRows(source).then((records) => {
          if (asked !== wanted) return;
          const inList = records.filter((record) => matches(exportRowValues(record, today), asked)).length;
          count.textContent = strings.deadlines.shownInMonth(shown, rows.length, inList);
        });
      }
    };
    form.addEventListener('change', apply);
    if (source)
      for (const button of form.querySelectorAll<HTMLButtonElement>('[data-export-format]'))
        button.addEventListener('click', () => {
          const asked = wanted;
          void Promise.all([import('../lib/task-export.ts'), allRows(source)]).then(([exporter, records]) =>
            downloadFiltered(
              exporter,
              button.dataset.exportFormat as 'csv' | 'ics',
              name,
              records.filter((record) => matches(exportRowValues(record, today), asked)),
            ),
          );
        });
    form.addEventListener('submit', (event) => event.preventDefault());
    form.hidden = false;
    apply();
  }
}

/**
 * The rows the filters leave, over every page of the list, as a spreadsheet or a calendar, written here by the
 * build's own exporter (src/lib/task-export.ts, loaded on first use).
 */
function downloadFiltered(
  { tasksCsv, tasksIcs }: typeof import('../lib/task-export.ts'),
  format: 'csv' | 'ics',
  name: string,
  kept: ExportRow[],
): void {
  const file =
    format === 'csv'
      ? new Blob([tasksCsv(kept)], { type: 'text/csv;charset=utf-8' })
      : new Blob([tasksIcs(strings.units.filteredName(name), kept)], { type: 'text/calendar;charset=utf-8' });
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(file),
    download: `${strings.units.filteredName(name)}.${format}`,
  });
  link.click();
  URL.revokeObjectURL(link.href);
}
