/**
 * Task tables (src/components/TaskTable.astro) in the browser: each row's status against the reader's today, and the
 * filters (year, status, region, unit) that hide rows. The page's own data attributes are the only input.
 */
import { strings } from '../i18n/strings.ts';
import type { ExportRow } from '../lib/task-export.ts';
import { localDay, type TaskStatus, taskStatus } from '../lib/task-status.ts';

const FILTERS = ['year', 'status', 'region', 'unit'] as const;

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
    const apply = () => {
      const wanted = FILTERS.map((name) => [name, form.elements.namedItem(name)] as const).filter(
        (entry): entry is [(typeof FILTERS)[number], HTMLSelectElement] =>
          entry[1] instanceof HTMLSelectElement && entry[1].value !== '',
      );
      let shown = 0;
      for (const row of rows) {
        row.hidden = !wanted.every(([name, select]) => row.dataset[name] === select.value);
        if (!row.hidden) shown++;
      }
      if (count) count.textContent = strings.units.shown(shown, rows.length);
    };
    form.addEventListener('change', apply);
    for (const button of form.querySelectorAll<HTMLButtonElement>('[data-export-format]'))
      button.addEventListener(
        'click',
        () =>
          void downloadFiltered(
            button.dataset.exportFormat as 'csv' | 'ics',
            button.dataset.exportRows!,
            button.dataset.exportName ?? '',
            rows.map((row) => !row.hidden),
          ),
      );
    form.addEventListener('submit', (event) => event.preventDefault());
    form.hidden = false;
    apply();
  }
}

/**
 * The rows the filters leave as a spreadsheet or a calendar, written here by the build's own exporter
 * (src/lib/task-export.ts, loaded on first use) from the view's rows as data, whose records are the table rows in
 * page order.
 */
async function downloadFiltered(format: 'csv' | 'ics', source: string, name: string, shown: boolean[]): Promise<void> {
  const [{ tasksCsv, tasksIcs }, response] = await Promise.all([import('../lib/task-export.ts'), fetch(source)]);
  const all = (await response.json()) as ExportRow[];
  if (all.length !== shown.length)
    throw new Error(`${source}: ${all.length} records for ${shown.length} rows on the page`);
  const kept = all.filter((_, i) => shown[i]);
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
