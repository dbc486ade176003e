import { describe, expect, it } from 'vitest';
import { filterOptions } from './filter-options.ts';
import type { SearchRecord } from './records.ts';

const record = (filters: SearchRecord['filters']): SearchRecord => ({
  noticeId: 'n',
  eId: 'e',
  url: '/notices/n/#e',
  readings: [],
  meta: { title: '', cite: '', notice: '', text: '' },
  filters,
  sort: {},
});

describe('filterOptions', () => {
  const options = filterOptions([
    record({ year: ['2014'], level: ['province'], unit: ['省政数局', '省卫健委'] }),
    record({ year: ['2020'], level: ['county'], unit: ['县政府办公室'] }),
    record({ year: ['2020'], level: ['province'], unit: ['县政府办公室'] }),
    record({ year: ['2019'], level: ['national'] }),
  ]);

  it('counts records per value', () => {
    expect(options.unit).toEqual([
      { value: '县政府办公室', count: 2 },
      { value: '省卫健委', count: 1 },
      { value: '省政数局', count: 1 },
    ]);
  });

  it('lists years newest first and levels from national down', () => {
    expect(options.year.map((o) => o.value)).toEqual(['2020', '2019', '2014']);
    expect(options.level.map((o) => o.value)).toEqual(['national', 'province', 'county']);
  });

  it('has every filter, empty when no record carries it', () => {
    expect(options.genre).toEqual([]);
    expect(Object.keys(options)).toEqual(['year', 'region', 'level', 'issuer', 'unit', 'genre']);
  });
});
