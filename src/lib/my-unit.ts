/**
 * The unit a reader pins (kept in their browser's localStorage) and the small task list its home-page panel reads:
 * /units/<slug>/tasks.json, the same tasks as the unit's page, as data.
 */
import type { Responsibility } from '../model/notice.ts';
import type { Task, Unit } from './catalog.ts';
import { type TaskStatus, taskStatus } from './task-status.ts';

export const MY_UNIT_KEY = 'zhengwu:my-unit';

export interface PinnedUnit {
  slug: string;
  name: string;
}

export interface TaskSummary {
  citation: string;
  heading: string;
  href: string;
  deadline: string | null;
  deadlineDate: Responsibility['deadlineDate'];
  lead: boolean;
  notice: string;
}

export function taskSummaries(unit: Unit, href: (task: Task) => string): TaskSummary[] {
  return unit.tasks.map((task) => ({
    citation: task.clause.citation,
    heading: task.clause.clause.heading ?? task.clause.clause.text,
    href: href(task),
    deadline: task.responsibility.deadline,
    deadlineDate: task.responsibility.deadlineDate,
    lead: task.role === 'lead',
    notice: task.notice.title,
  }));
}

/** What the home page shows first: overdue, then due soon, then upcoming, each soonest first. */
export function pressingTasks(tasks: TaskSummary[], today: string): (TaskSummary & { status: TaskStatus })[] {
  const rank: TaskStatus[] = ['overdue', 'dueSoon', 'upcoming'];
  return tasks
    .map((task) => ({ ...task, status: taskStatus(task.deadlineDate, today) }))
    .filter((task) => rank.includes(task.status))
    .sort(
      (a, b) =>
        rank.indexOf(a.status) - rank.indexOf(b.status) || String(a.deadlineDate).localeCompare(String(b.deadlineDate)),
    );
}

/** The pinned unit, or null when none is pinned or what is stored is not one. */
export function readPinned(storage: Pick<Storage, 'getItem'>): PinnedUnit | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(MY_UNIT_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { slug, name } = value as Record<string, unknown>;
    return typeof slug === 'string' && /^[a-z0-9-]+$/.test(slug) && typeof name === 'string' ? { slug, name } : null;
  } catch {
    return null;
  }
}
