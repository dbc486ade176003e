/**
 * A unit's tasks (or the deadline view's) as files staff open elsewhere: a CSV for Excel and an ICS calendar. Notice
 * text goes into cells and event fields only through the libraries' own escaping, never as markup or formulas.
 */
import { stringify } from 'csv-stringify/sync';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { strings } from '../i18n/strings.ts';
import { truncate } from './format.ts';
import type { Task, Unit } from './catalog.ts';
import { regionLabel } from './unit-regions.ts';

/** Where a task's clause is on the deployed site (absolute: the file is read outside it). */
export type ClauseLink = (task: Task) => string;

const BOM = '\uFEFF';
const s = strings.units;

function clauseText(task: Task): string {
  const { heading, text } = task.clause.clause;
  return [heading, text].filter(Boolean).join('');
}

/**
 * UTF-8 with a BOM, so Excel reads the Chinese; a cell starting with = + - @ (or a tab or CR) is prefixed with ' by
 * csv-stringify's escape_formulas, so no notice text becomes a formula.
 */
export function tasksCsv(rows: { unit: Unit; task: Task }[], link: ClauseLink): string {
  const records = rows.map(({ unit, task }) => [
    unit.name,
    regionLabel(unit),
    s.role[task.role],
    task.via ?? '',
    task.clause.citation,
    clauseText(task),
    task.others.join('、'),
    task.responsibility.deadline ?? '',
    task.responsibility.deadlineDate ?? '',
    task.notice.title,
    task.notice.documentNumber ?? '',
    task.notice.year ?? '',
    link(task),
  ]);
  return BOM + stringify([s.csvHeader, ...records], { escape_formulas: true, record_delimiter: 'windows' });
}

const dateArray = (iso: string): DateArray => iso.split('-').map(Number) as DateArray;
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** One all-day event per dated task, on its deadline, its clause link in URL and description. */
export function tasksIcs(calendarName: string, rows: { unit: Unit; task: Task }[], link: ClauseLink): string {
  const events: EventAttributes[] = rows.flatMap(({ unit, task }) => {
    const date = task.responsibility.deadlineDate;
    if (!date || date === 'ongoing') return [];
    const { citation, clause } = task.clause;
    const url = link(task);
    return [
      {
        uid: `${task.notice.id}.${clause.eId}.${unit.slug}@zhengwu`,
        start: dateArray(date),
        end: dateArray(nextDay(date)),
        title: s.eventTitle(citation, truncate(clause.heading ?? clause.text, 40)),
        description: [
          `${unit.name}（${s.role[task.role]}${task.via ? `，${s.via(task.via)}` : ''}）`,
          `${s.columns.deadline}：${task.responsibility.deadline ?? date}`,
          clauseText(task),
          url,
        ].join('\n'),
        url,
      },
    ];
  });
  const { error, value } = createEvents(events, { calName: calendarName, productId: 'zhengwu-gongkai-tiaokuanku' });
  if (error || !value) throw new Error(`ICS for ${calendarName}: ${error?.message ?? 'no output'}`);
  return value;
}
