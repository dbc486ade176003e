/**
 * A unit's tasks (or the deadline view's) as files staff open elsewhere: a CSV for Excel and an ICS calendar. Notice
 * text goes into cells and event fields only through the libraries' own escaping, never as markup or formulas.
 *
 * The rows are plain data (ExportRow), so the same code writes the files at build time (src/lib/unit-pages.ts) and in
 * the reader's browser for the rows a filter leaves (src/scripts/task-list.ts): csv-stringify's browser build (its Node
 * build reads Buffer, which a browser lacks; the browser build carries its own and runs in Node too) and ical.js (ES
 * modules, both sides). Nothing depends on the clock, so the same rows always give the same bytes.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import ICAL from 'ical.js';
import { strings } from '../i18n/strings.ts';
import type { Responsibility } from '../model/notice.ts';
import type { Task, Unit } from './catalog.ts';
import { noticeDate, truncate } from './format.ts';
import { regionLabel } from './unit-regions.ts';
import type { Urls } from './url-scheme.ts';

/** One task of one unit as the files carry it. */
export interface ExportRow {
  unit: string;
  /** The unit's page (its slug): what the deadline view's unit filter selects (src/scripts/task-list.ts). */
  unitSlug: string;
  /** The unit's region as a path (黑龙江省 › 双鸭山市 › 友谊县). */
  region: string;
  role: 'lead' | 'unit';
  /** The collective addressee that takes the unit in, or null. */
  via: string | null;
  citation: string;
  /** The clause's heading, else its text: the event's title. */
  heading: string;
  /** Heading and text together. */
  text: string;
  others: string[];
  /** The deadline as printed. */
  deadline: string | null;
  deadlineDate: Responsibility['deadlineDate'];
  notice: string;
  documentNumber: string | null;
  year: number | null;
  /** The clause on the deployed site (absolute: the file is read outside it). */
  link: string;
  /** The event's UID: notice, clause and unit, the same in every export. */
  uid: string;
  /** The event's DTSTAMP: the notice's date (else 1 January of its year, else the deadline), never the build's clock. */
  stamp: string;
}

/** Where a task's clause is on the deployed site (absolute: the file is read outside it). */
export type ClauseLink = (task: Task) => string;

/** Task → its clause at the deployment's origin, under its base. */
export const clauseLinkOn =
  (site: URL, urls: Pick<Urls, 'notice'>): ClauseLink =>
  (task) =>
    new URL(urls.notice(task.notice.id, task.clause.clause.eId), site.origin).href;

/** A unit's task as the exports carry it (at build time; the browser reads these rows as data). */
export function exportRow(unit: Unit, task: Task, link: ClauseLink): ExportRow {
  const { heading, text, eId } = task.clause.clause;
  const { deadline, deadlineDate } = task.responsibility;
  const dated = deadlineDate && deadlineDate !== 'ongoing' ? deadlineDate : null;
  return {
    unit: unit.name,
    unitSlug: unit.slug,
    region: regionLabel(unit),
    role: task.role,
    via: task.via,
    citation: task.clause.citation,
    heading: heading ?? text,
    text: [heading, text].filter(Boolean).join(''),
    others: task.others,
    deadline,
    deadlineDate,
    notice: task.notice.title,
    documentNumber: task.notice.documentNumber,
    year: task.notice.year,
    link: link(task),
    uid: `${task.notice.id}.${eId}.${unit.slug}@zhengwu`,
    // An ICS needs some stamp; only a dated task becomes an event, so the last fallback is never reached by one.
    stamp: noticeDate(task.notice) ?? (task.notice.year ? `${task.notice.year}-01-01` : null) ?? dated ?? '1970-01-01',
  };
}

const BOM = '\uFEFF';
const s = strings.units;

/**
 * UTF-8 with a BOM, so Excel reads the Chinese; a cell starting with = + - @ (or a tab or CR) is prefixed with ' by
 * csv-stringify's escape_formulas, so no notice text becomes a formula.
 */
export function tasksCsv(rows: ExportRow[]): string {
  const records = rows.map((row) => [
    row.unit,
    row.region,
    s.role[row.role],
    row.via ?? '',
    row.citation,
    row.text,
    row.others.join('、'),
    row.deadline ?? '',
    row.deadlineDate ?? '',
    row.notice,
    row.documentNumber ?? '',
    row.year ?? '',
    row.link,
  ]);
  return BOM + stringify([s.csvHeader, ...records], { escape_formulas: true, record_delimiter: 'windows' });
}

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * One all-day event per dated task, on its deadline, its clause link in URL and description. Written with ical.js
 * (escaping, line folding by octets): a unit's calendar is written for every unit at build time, ~0.1 ms an event,
 * where the `ics` package's validation took ~0.7 ms an event plus ~2 ms a file (17,330 unit files at 1,000 notices).
 */
export function tasksIcs(calendarName: string, rows: ExportRow[]): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('prodid', '-//zhengwu-gongkai-tiaokuanku//ZH');
  calendar.updatePropertyWithValue('x-wr-calname', calendarName);
  for (const row of rows) {
    const date = row.deadlineDate;
    if (!date || date === 'ongoing') continue;
    const event = new ICAL.Component('vevent');
    event.updatePropertyWithValue('uid', row.uid);
    event.updatePropertyWithValue('dtstamp', ICAL.Time.fromDateTimeString(`${row.stamp}T00:00:00Z`));
    event.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(date));
    event.updatePropertyWithValue('dtend', ICAL.Time.fromDateString(nextDay(date)));
    event.updatePropertyWithValue('summary', s.eventTitle(row.citation, truncate(row.heading, 40)));
    event.updatePropertyWithValue(
      'description',
      [
        `${row.unit}（${s.role[row.role]}${row.via ? `，${s.via(row.via)}` : ''}）`,
        `${s.columns.deadline}：${row.deadline ?? date}`,
        row.text,
        row.link,
      ].join('\n'),
    );
    event.updatePropertyWithValue('url', row.link);
    calendar.addSubcomponent(event);
  }
  return calendar.toString() + '\r\n';
}
