import { describe, expect, it } from 'vitest';
import type { Region } from '../model/notice.ts';
import { clause, component, duty, notice } from '../../tests/helpers/notices.ts';
import { buildCatalog } from './catalog.ts';
import { datedTasksByMonth, groupUnitsByRegion } from './unit-regions.ts';

const youyi: Region = { code: '230522', name: '友谊县', province: '黑龙江省', city: '双鸭山市', county: '友谊县' };
const jilin: Region = { code: '220000', name: '吉林省', province: null, city: null, county: null };
const tasks = (...duties: [string[], string | null][]) =>
  duties.map(([units, date], i) =>
    clause(`sec_${i + 1}`, `${i + 1}、`, [], { duty: duty([], units, date as 'ongoing' | null) }),
  );

const { units } = buildCatalog([
  notice('a', {
    region: youyi,
    components: [
      component('main', 'text', tasks([['县司法局', '县直各单位'], '2020-12-31'], [['县直各单位'], '2020-11-30'])),
    ],
  }),
  notice('b', { region: jilin, components: [component('main', 'text', tasks([['省政数局'], 'ongoing']))] }),
  notice('c', { components: [component('main', 'text', tasks([['县财政局'], '2021-01-15']))] }),
]);

describe('groupUnitsByRegion', () => {
  it('groups province › city › county in code order, departments apart from collectives, regionless notices last', () => {
    expect(
      groupUnitsByRegion(units).map((g) => [g.label, g.named.map((u) => u.name), g.collective.map((u) => u.name)]),
    ).toEqual([
      ['吉林省', ['省政数局'], []],
      ['黑龙江省 › 双鸭山市 › 友谊县', ['县司法局'], ['县直各单位']],
      ['未标注地区：c的通知', ['县财政局'], []],
    ]);
  });
});

describe('datedTasksByMonth', () => {
  it('lists each dated task once, by month: a collective’s under the collective, not again under its departments', () => {
    const months = datedTasksByMonth(units).map(({ month, rows }) => [
      month,
      rows.map(({ unit, task }) => `${unit.name} ${task.responsibility.deadlineDate}`),
    ]);
    expect(months).toEqual([
      ['2020-11', ['县直各单位 2020-11-30']],
      ['2020-12', ['县司法局 2020-12-31', '县直各单位 2020-12-31']],
      ['2021-01', ['县财政局 2021-01-15']],
    ]);
  });
});
