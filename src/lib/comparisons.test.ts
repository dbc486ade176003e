import { describe, expect, it } from 'vitest';
import { compareCorpus } from '../align/compare.ts';
import { comparisonRecord } from '../align/export.ts';
import { bundledNotice } from '../../tests/alignment/gold.ts';
import { buildCatalog } from './catalog.ts';
import { indexComparisons } from './comparisons.ts';

const catalog = buildCatalog(
  [
    '2020-guangdong-zhuanfa-guoban',
    '2020-youyi-shishi-fangan',
    '2014-jilin-yaodian',
    '2020-jilin-yaodian',
    '2020-leshan-yaodian-hant',
  ].map(bundledNotice),
);
const index = indexComparisons(compareCorpus(catalog.notices, catalog.resolve));
const YOUYI = 'you-zheng-ban-fa-2020-17';
const GUANGDONG = 'yue-fu-ban-2020-14';

describe('indexComparisons on the bundled corpus', () => {
  it('finds a comparison by its URL parts, and nothing for an unrelated pair', () => {
    expect(index.find(YOUYI, `${GUANGDONG}~att_1`)?.kind).toBe('implements');
    expect(index.find(YOUYI, 'ji-zheng-ban-han-2014-59')).toBeUndefined();
  });

  it('links a local clause up to the national clause and the national clause down to both implementers', () => {
    expect(index.implementing(YOUYI, 'sec_3__para_2').map((c) => c.clause.citation)).toEqual([
      '国办发〔2020〕17号 三（二）',
    ]);
    const down = index.implementedBy(GUANGDONG, 'att_1__sec_2__para_2');
    expect(down.map((c) => `${c.comparison.local.owner} ${c.clause.place}`)).toEqual(['友谊县 二（二）', '广东省 二']);
  });

  it('gives Jilin its previous and next year, and Youyi neither', () => {
    expect(index.previousYear('ji-zheng-gong-zu-2020-3')?.higher.ref.noticeId).toBe('ji-zheng-ban-han-2014-59');
    expect(index.nextYear('ji-zheng-ban-han-2014-59')?.local.ref.noticeId).toBe('ji-zheng-gong-zu-2020-3');
    expect(index.previousYear(YOUYI)).toBeUndefined();
  });

  it('exports a comparison whose pairs, gaps and additions account for every clause once', () => {
    const record = comparisonRecord(index.find(YOUYI, `${GUANGDONG}~att_1`)!, (id, eId) => `/notices/${id}/#${eId}`);
    const comparison = index.find(YOUYI, `${GUANGDONG}~att_1`)!;
    const local = [...record.pairs.map((p) => p.local.eId), ...record.localAdditions.map((c) => c.eId)];
    expect(local.sort()).toEqual(comparison.local.clauses.map((c) => c.eId).sort());
    const taken = new Set(record.pairs.flatMap((p) => p.higher.map((h) => h.eId)));
    expect(record.notTakenUp.some((c) => taken.has(c.eId))).toBe(false);
    expect(record.pairs[0]!.higher[0]!.url).toMatch(/^\/notices\/yue-fu-ban-2020-14\/#att_1__/);
  });
});
