/**
 * Task tables (src/components/TaskTable.astro) in the browser: each row's status against the reader's today, and the
 * filters (year, status, region, unit) that hide rows. The page's own data attributes are the only input.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { strings } from '../i18n/strings.ts';
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
    const exportButton = form.querySelector<HTMLButtonElement>('[data-export-csv]');
    exportButton?.addEventListener(
      'click',
      () =>
        void downloadFiltered(
          exportButton.dataset.exportCsv!,
          exportButton.dataset.exportName ?? '',
          rows.map((row) => !row.hidden),
        ),
    );
    form.addEventListener('submit', (event) => event.preventDefault());
    form.hidden = false;
    apply();
  }
}

/**
 * The filtered rows as a spreadsheet: the view's full CSV (built and escaped at build time, src/lib/task-export.ts)
 * with the rows hidden by the filters left out. Its records are the table rows in page order.
 */
async function downloadFiltered(source: string, name: string, shown: boolean[]): Promise<void> {
  const text = await (await fetch(source)).text();
  const [header, ...records] = parse(text.replace(/^\uFEFF/, '')) as string[][];
  if (records.length !== shown.length)
    throw new Error(`${source}: ${records.length} records for ${shown.length} rows on the page`);
  const kept = records.filter((_, i) => shown[i]);
  // The cells are already escaped; written again as they are.
  const csv = `\uFEFF${stringify([header!, ...kept], { record_delimiter: 'windows' })}`;
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })),
    download: strings.units.filteredCsvFile(name),
  });
  link.click();
  URL.revokeObjectURL(link.href);
}
