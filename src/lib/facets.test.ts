import { describe, expect, it } from 'vitest';
import { guangdong } from '../../tests/helpers/notices.ts';
import { searchRecords } from '../search/records.ts';
import { buildCatalog } from './catalog.ts';
import { FACET_KEYS, FACETS, LIST_FACETS, noticeValues, sortValues } from './facets.ts';

// 广东 forwards a 国务院办公厅 要点: its records carry two issuers and two 文种.
const notice = {
  ...guangdong,
  issuer: '广东省人民政府办公厅',
  genre: '通知',
  year: 2020,
  level: 'province' as const,
  components: guangdong.components.map((c) =>
    c.eId.startsWith('att_1')
      ? { ...c, issuer: '国务院办公厅', genre: '要点' }
      : { ...c, issuer: '广东省人民政府办公厅', genre: '通知' },
  ),
};

describe('the facet registry', () => {
  it('browses a notice under exactly the values its search records can be filtered by', () => {
    const records = searchRecords(notice);
    for (const key of FACET_KEYS.filter((k) => FACETS[k].page !== 'units')) {
      const filtered = new Set(records.flatMap((r) => r.filters[key] ?? []));
      expect(new Set(noticeValues(key, notice)), key).toEqual(filtered);
    }
    expect(noticeValues('issuer', notice).sort()).toEqual(['国务院办公厅', '广东省人民政府办公厅'].sort());
  });

  it('lists the forwarded document’s issuer and 文种 among the browse values', () => {
    const catalog = buildCatalog([notice]);
    expect(
      catalog
        .facet('genre')
        .map((v) => v.value)
        .sort(),
    ).toEqual(['要点', '通知'].sort());
    expect(catalog.facet('issuer').every((v) => v.notices[0]!.id === notice.id)).toBe(true);
  });

  it('browses and finds a forwarded document with a page of its own there, not under the file that forwards it', () => {
    const carrying = { ...notice, carries: [{ eId: 'att_1', notice: 'guo-ban-fa-2020-17' }] };
    const records = searchRecords(carrying);
    expect(records.some((r) => r.eId.startsWith('att_1'))).toBe(false);
    for (const key of FACET_KEYS.filter((k) => FACETS[k].page !== 'units')) {
      const filtered = new Set(records.flatMap((r) => r.filters[key] ?? []));
      expect(new Set(noticeValues(key, carrying)), key).toEqual(filtered);
    }
    expect(noticeValues('issuer', carrying)).toEqual(['广东省人民政府办公厅']);
  });

  it('browses and filters a notice by its status, 未知 included, in the registry’s order', () => {
    const superseded = {
      ...notice,
      status: {
        value: 'superseded' as const,
        partial: false,
        source: 'inferred' as const,
        printed: null,
        by: { notice: 'yue-fu-ban-2021-9', eId: null },
      },
    };
    expect(noticeValues('status', superseded)).toEqual(['superseded']);
    expect(searchRecords(superseded).every((r) => r.filters.status?.join() === 'superseded')).toBe(true);
    const catalog = buildCatalog([superseded, { ...notice, id: 'other' }]);
    expect(catalog.facet('status').map((v) => [v.label, v.count])).toEqual([
      ['被替代', 1],
      ['未知', 1],
    ]);
  });

  it('orders years newest first, levels from national down, names by count', () => {
    const values = (key: 'year' | 'level' | 'issuer', v: [string, number][]) =>
      sortValues(
        key,
        v.map(([value, count]) => ({ value, count })),
      ).map((x) => x.value);
    expect(
      values('year', [
        ['2014', 9],
        ['2020', 1],
        ['2019', 3],
      ]),
    ).toEqual(['2020', '2019', '2014']);
    expect(
      values('level', [
        ['county', 9],
        ['national', 1],
        ['province', 3],
      ]),
    ).toEqual(['national', 'province', 'county']);
    expect(
      values('issuer', [
        ['乙', 1],
        ['甲', 3],
        ['丙', 3],
      ]),
    ).toEqual(['丙', '甲', '乙']);
  });

  it('browses every list facet on one route, each under its own URL segment', () => {
    expect(new Set(LIST_FACETS.map((k) => FACETS[k].segment)).size).toBe(LIST_FACETS.length);
    expect(LIST_FACETS).toEqual(['year', 'level', 'issuer', 'genre', 'status']);
  });
});
