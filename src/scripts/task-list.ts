/**
 * Task tables (src/components/TaskTable.astro) in the browser: each row's status against the reader's today, and the
 * filters (year, status, region, unit) that hide rows. The page's own data attributes are the only input.
 */
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
    form.addEventListener('submit', (event) => event.preventDefault());
    form.hidden = false;
    apply();
  }
}
