/**
 * My unit: the pin button on a unit's page, and the home page's panel of the pinned unit's overdue and upcoming
 * tasks. Task text is set as text, never as markup.
 */
import { strings } from '../i18n/strings.ts';
import { MY_UNIT_KEY, pressingTasks, readPinned, type TaskSummary } from '../lib/my-unit.ts';
import { localDay } from '../lib/task-status.ts';
import { truncate } from '../lib/format.ts';
import { urls } from '../lib/urls.ts';

const PANEL_SIZE = 10;

export function startPinButton(root: ParentNode): void {
  const button = root.querySelector<HTMLButtonElement>('[data-pin-unit]');
  const status = root.querySelector<HTMLElement>('[data-pin-status]');
  const { slug, name } = button?.dataset ?? {};
  if (!button || !slug || !name) return;
  const show = () => {
    const pinned = readPinned(localStorage)?.slug === slug;
    button.textContent = pinned ? strings.units.unpin : strings.units.pin;
    button.setAttribute('aria-pressed', String(pinned));
    if (status) status.textContent = pinned ? strings.units.pinned : '';
  };
  button.addEventListener('click', () => {
    if (readPinned(localStorage)?.slug === slug) localStorage.removeItem(MY_UNIT_KEY);
    else localStorage.setItem(MY_UNIT_KEY, JSON.stringify({ slug, name }));
    show();
  });
  button.hidden = false;
  show();
}

function taskItem(task: TaskSummary & { status: keyof typeof strings.units.status }): HTMLLIElement {
  const item = document.createElement('li');
  const badge = document.createElement('span');
  badge.className = `task-status task-status--${task.status}`;
  badge.textContent = strings.units.status[task.status];
  const link = document.createElement('a');
  link.href = task.href;
  link.textContent = task.citation;
  const heading = document.createElement('span');
  heading.className = 'task-table__heading';
  heading.textContent = `${task.deadline ?? task.deadlineDate ?? ''} · ${truncate(task.heading, 60)}`;
  item.append(badge, ' ', link, heading);
  return item;
}

export async function startMyUnitPanel(root: ParentNode, now: Date = new Date()): Promise<void> {
  const panel = root.querySelector<HTMLElement>('[data-my-unit]');
  const pinned = readPinned(localStorage);
  if (!panel || !pinned) return;
  const title = panel.querySelector('h2')!;
  const list = panel.querySelector('ol')!;
  const more = panel.querySelector<HTMLAnchorElement>('a[data-more]')!;
  title.textContent = strings.myUnit.title(pinned.name);
  more.href = urls.unit(pinned.slug);
  more.textContent = strings.myUnit.more;
  panel.hidden = false;
  try {
    const response = await fetch(urls.unitFile(pinned.slug, 'tasks.json'));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { tasks } = (await response.json()) as { tasks: TaskSummary[] };
    const pressing = pressingTasks(tasks, localDay(now));
    list.replaceChildren(...pressing.slice(0, PANEL_SIZE).map(taskItem));
    if (pressing.length === 0)
      list.replaceChildren(Object.assign(document.createElement('li'), { textContent: strings.myUnit.none }));
  } catch {
    list.replaceChildren(Object.assign(document.createElement('li'), { textContent: strings.myUnit.failed }));
  }
}
