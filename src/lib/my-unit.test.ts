import { describe, expect, it } from 'vitest';
import { MY_UNIT_KEY, pressingTasks, readPinned, type TaskSummary } from './my-unit.ts';

const task = (deadlineDate: TaskSummary['deadlineDate']): TaskSummary => ({
  citation: `友政办发〔2020〕17号 ${deadlineDate}`,
  heading: '',
  href: '#',
  deadline: null,
  deadlineDate,
  lead: false,
  notice: '',
});

describe('pressingTasks', () => {
  it('puts overdue first, then due soon, then upcoming, soonest first; leaves out standing and undated tasks', () => {
    const tasks = [
      task('2021-03-01'),
      task('ongoing'),
      task('2020-12-31'),
      task(null),
      task('2020-11-30'),
      task('2020-10-31'),
    ];
    expect(pressingTasks(tasks, '2020-12-15').map((t) => [t.deadlineDate, t.status])).toEqual([
      ['2020-10-31', 'overdue'],
      ['2020-11-30', 'overdue'],
      ['2020-12-31', 'dueSoon'],
      ['2021-03-01', 'upcoming'],
    ]);
  });
});

describe('readPinned', () => {
  const storage = (value: string | null) => ({ getItem: (key: string) => (key === MY_UNIT_KEY ? value : null) });

  it('reads a pinned unit and refuses anything else', () => {
    expect(readPinned(storage('{"slug":"230522-si-fa-ju","name":"县司法局"}'))).toEqual({
      slug: '230522-si-fa-ju',
      name: '县司法局',
    });
    for (const bad of [null, 'not json', '42', '{"slug":"../../evil","name":"x"}', '{"slug":"a"}'])
      expect(readPinned(storage(bad))).toBeNull();
  });
});
