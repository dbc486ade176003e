import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDay, TASK_STATUSES, taskStatus } from './task-status.ts';

describe('taskStatus', () => {
  it.each([
    ['2020-12-31', '2026-12-03', 'overdue'],
    ['2026-12-02', '2026-12-03', 'overdue'],
    ['2026-12-03', '2026-12-03', 'dueSoon'],
    ['2027-01-02', '2026-12-03', 'dueSoon'],
    ['2027-01-03', '2026-12-03', 'upcoming'],
    ['ongoing', '2026-12-03', 'ongoing'],
    [null, '2026-12-03', 'undated'],
  ] as const)('%s on %s is %s', (deadline, today, status) => {
    expect(taskStatus(deadline, today)).toBe(status);
  });

  it('moves only forward as the days pass: upcoming → due soon → overdue', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, day, day, (deadline, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const iso = (d: Date) => d.toISOString().slice(0, 10);
        const rank = (today: Date) => TASK_STATUSES.indexOf(taskStatus(iso(deadline), iso(today)));
        expect(rank(later)).toBeLessThanOrEqual(rank(earlier));
      }),
    );
  });

  it('reads the reader’s own calendar day', () => {
    expect(localDay(new Date(2026, 11, 3, 23, 59))).toBe('2026-12-03');
  });
});
