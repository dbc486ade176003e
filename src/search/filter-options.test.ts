import { describe, expect, it } from 'vitest';
import { addFilterCounts, countFilters, filterChoices, splitChoices } from './filter-options.ts';
import type { SearchRecord } from './records.ts';

const record = (filters: SearchRecord['filters']) => ({ filters });

describe('filter choices', () => {
  const counts = addFilterCounts(
    countFilters([
      record({ year: ['2014'], level: ['province'], unit: ['省政数局', '省卫健委'] }),
      record({ year: ['2020'], level: ['county'], unit: ['县政府办公室'] }),
    ]),
    countFilters([
      record({ year: ['2020'], level: ['province'], unit: ['县政府办公室'] }),
      record({ year: ['2019'], level: ['national'] }),
    ]),
  );
  const choices = filterChoices(counts);

  it('counts records per value, summed over shards', () => {
    expect(counts.unit).toEqual({ 县政府办公室: 2, 省卫健委: 1, 省政数局: 1 });
    expect(choices.unit!.map((c) => c.value)).toEqual(['县政府办公室', '省卫健委', '省政数局']);
  });

  it('lists years newest first and levels from national down, labelled as the site shows them', () => {
    expect(choices.year).toEqual([
      { value: '2020', label: '2020年' },
      { value: '2019', label: '2019年' },
      { value: '2014', label: '2014年' },
    ]);
    expect(choices.level!.map((o) => o.value)).toEqual(['national', 'province', 'county']);
    expect(choices.level![0]!.label).toBe('国家级');
  });

  it('labels a value by the labels given (a unit by its name and region), else as the facet does', () => {
    const units = addFilterCounts(countFilters([record({ unit: ['230522:司法局', '511100:司法局'] })]), counts);
    expect(filterChoices(units, { unit: { '230522:司法局': '县司法局（友谊县）' } }).unit).toContainEqual({
      value: '230522:司法局',
      label: '县司法局（友谊县）',
    });
    expect(filterChoices(units).unit).toContainEqual({ value: '511100:司法局', label: '司法局' });
  });

  it('leaves out a filter no record carries', () => {
    expect(Object.keys(choices)).toEqual(['year', 'level', 'unit']);
  });
});

describe('filters.json and the choices written apart', () => {
  const choices = filterChoices(
    countFilters([
      record({ year: ['2020'], unit: ['甲局', '乙局', '丙局'], issuer: ['某县政府'] }),
      record({ year: ['2019'], unit: ['丁局'] }),
    ]),
  );

  it('keeps a filter with few choices in filters.json and names the ones written apart', () => {
    const { file, apart } = splitChoices(choices, 2);
    expect(Object.keys(file.choices).sort()).toEqual(['issuer', 'year']);
    expect(file.apart).toEqual(['unit']);
    expect(apart).toEqual([['unit', choices.unit]]);
  });

  it('loses no choice and writes none twice, whatever the limit', () => {
    for (const inline of [0, 1, 2, 4, 200]) {
      const { file, apart } = splitChoices(choices, inline);
      const written = [...Object.entries(file.choices), ...apart];
      expect(Object.fromEntries(written)).toEqual(choices);
      expect(written).toHaveLength(Object.keys(choices).length);
    }
  });
});
