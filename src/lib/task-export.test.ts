import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strings } from '../i18n/strings.ts';
import { clause, component, duty, notice } from '../../tests/helpers/notices.ts';
import { buildCatalog } from './catalog.ts';
import { exportRow, tasksCsv, tasksIcs } from './task-export.ts';

const youyi = { code: '230522', name: '友谊县', province: '黑龙江省', city: '双鸭山市', county: '友谊县' };
const task = (eId: string, heading: string, units: string[], deadline: string | null, date: string | null) =>
  clause(eId, '（一）', [], {
    heading,
    text: '（责任单位：…）',
    duty: { ...duty([], units, date as 'ongoing' | null), deadline },
  });
const catalog = buildCatalog([
  notice('you-zheng-ban-fa-2020-17', {
    title: '友谊县2020年政务公开工作实施方案',
    documentNumber: '友政办发〔2020〕17号',
    signedDate: '2020-08-12',
    year: 2020,
    region: youyi,
    components: [
      component('main', 'text', [
        task('sec_1', '=HYPERLINK("http://evil")', ['县司法局'], '2020年底前', '2020-12-31'),
        task('sec_2', '-推进决策公开。', ['司法局', '县直各单位'], '长期坚持', 'ongoing'),
        task('sec_3', '@做好政策解读。', ['县直各单位'], '11月底前', '2020-11-30'),
      ]),
    ],
  }),
]);
const justice = catalog.units.find((u) => u.name === '县司法局')!;
const link = (t: (typeof justice.tasks)[number]) =>
  `https://example.gov.cn/zhengwu/notices/${t.notice.id}/#${t.clause.clause.eId}`;
const rows = justice.tasks.map((t) => exportRow(justice, t, link));

describe('tasksCsv', () => {
  const csv = tasksCsv(rows);

  it('starts with a UTF-8 BOM and keeps the Chinese', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = parse(csv.slice(1)) as string[][];
    expect(header).toEqual(strings.units.csvHeader);
    expect(records.map((r) => [r[0], r[1], r[3], r[7], r[8], r[12]])).toEqual([
      ['县司法局', '黑龙江省 › 双鸭山市 › 友谊县', '县直各单位', '11月底前', '2020-11-30', link(justice.tasks[0]!)],
      ['县司法局', '黑龙江省 › 双鸭山市 › 友谊县', '', '2020年底前', '2020-12-31', link(justice.tasks[1]!)],
      ['县司法局', '黑龙江省 › 双鸭山市 › 友谊县', '', '长期坚持', 'ongoing', link(justice.tasks[2]!)],
    ]);
  });

  it('escapes cells that a spreadsheet would run as a formula', () => {
    const cells = (parse(csv.slice(1)) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil")（责任单位：…）`);
    expect(cells).toContain("'@做好政策解读。（责任单位：…）");
  });
});

describe('tasksIcs', () => {
  it('makes one all-day event per dated task, with its clause link', () => {
    const calendar = new ICAL.Component(ICAL.parse(tasksIcs('县司法局', rows)));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('县司法局');
    expect(
      events.map((e) => [e.startDate.toString(), e.startDate.isDate, e.component.getFirstPropertyValue('url')]),
    ).toEqual([
      ['2020-11-30', true, link(justice.tasks[0]!)],
      ['2020-12-31', true, link(justice.tasks[1]!)],
    ]);
    expect(events[0]!.description).toContain('含于“县直各单位”');
    expect(events[1]!.summary).toContain('=HYPERLINK');
  });
});

describe('the exports of the same rows', () => {
  afterEach(() => vi.useRealTimers());

  it('are byte-identical whenever they are made: DTSTAMP is the notice’s date, not the clock', () => {
    const at = (iso: string) => {
      vi.useFakeTimers({ now: new Date(iso) });
      return [tasksIcs('县司法局', rows), tasksCsv(rows)];
    };
    const first = at('2024-01-01T00:00:00Z');
    const second = at('2026-12-03T15:30:00Z');
    expect(second).toEqual(first);
    const stamps = first[0]!.match(/^DTSTAMP:.*$/gm);
    expect(stamps).toEqual(['DTSTAMP:20200812T000000Z', 'DTSTAMP:20200812T000000Z']);
  });

  it('stamp an undated notice with its year, and a notice with neither with the task’s deadline', () => {
    const [undated] = buildCatalog([
      notice('x-2021-1', {
        year: 2021,
        region: youyi,
        components: [component('main', 'text', [task('sec_1', '做好公开。', ['县司法局'], '6月底前', '2021-06-30')])],
      }),
    ]).units;
    const [bare] = buildCatalog([
      notice('x-1', {
        components: [component('main', 'text', [task('sec_1', '做好公开。', ['县司法局'], '6月底前', '2021-06-30')])],
      }),
    ]).units;
    expect(exportRow(undated!, undated!.tasks[0]!, link).stamp).toBe('2021-01-01');
    expect(exportRow(bare!, bare!.tasks[0]!, link).stamp).toBe('2021-06-30');
  });
});
