/**
 * A task's status against a day: computed in the reader's browser against their today (src/scripts/task-list.ts),
 * never at build time, so a page built in 2020 still says 已逾期 in 2026.
 */
import type { Responsibility } from '../model/notice.ts';

export const TASK_STATUSES = ['overdue', 'dueSoon', 'upcoming', 'ongoing', 'undated'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** How many days ahead a deadline counts as due soon. */
export const DUE_SOON_DAYS = 30;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The reader's calendar day, 'YYYY-MM-DD', in their own time zone. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Overdue the day after the deadline; due soon from DUE_SOON_DAYS before it through the day itself. */
export function taskStatus(deadlineDate: Responsibility['deadlineDate'] | '', today: string): TaskStatus {
  if (deadlineDate === 'ongoing') return 'ongoing';
  if (!deadlineDate) return 'undated';
  const days = dayNumber(deadlineDate) - dayNumber(today);
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'dueSoon' : 'upcoming';
}
