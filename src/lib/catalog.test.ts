import { describe, expect, it } from 'vitest';
import { buildCatalog, numberedOutline } from './catalog.ts';
import { summarize } from './notice-summary.ts';
import { clause, component, duty, guangdong, notice } from '../../tests/helpers/notices.ts';

const youyi = notice('you-zheng-ban-fa-2020-17', {
  documentNumber: '友政办发〔2020〕17号',
  issuer: '友谊县人民政府办公室',
  genre: '通知',
  level: 'county',
  year: 2020,
  signedDate: '2020-09-07',
  components: [
    component('main', 'text', [
      clause('sec_1', '一、', [
        clause('sec_1__para_1', '（一）', [], { duty: duty(['县政府办公室'], ['县直各单位'], '2020-12-31') }),
        clause('sec_1__para_2', '（二）', [], { duty: duty([], ['县政府办公室', '县直各单位'], '2020-11-30') }),
        clause('sec_1__para_3', '（三）', [], { duty: duty([], ['县直各单位'], 'ongoing') }),
      ]),
    ]),
  ],
  references: [
    {
      offset: 0,
      line: 1,
      raw: '（国办发〔2020〕17号）',
      documentNumber: '国办发〔2020〕17号',
      title: null,
      alias: null,
      in: 'sec_1',
      kind: 'document',
    },
  ],
});
const jilin = notice('ji-zheng-ban-han-2014-59', {
  documentNumber: '吉政办函〔2014〕59号',
  issuer: '吉林省人民政府办公厅',
  genre: '通知',
  level: 'province',
  year: 2014,
  signedDate: '2014-04-25',
  references: [
    {
      offset: 0,
      line: 1,
      raw: '《2020年政务公开工作要点》',
      documentNumber: null,
      title: '2020年政务公开工作要点',
      alias: null,
      in: null,
      kind: 'title',
    },
  ],
});
const catalog = buildCatalog([jilin, guangdong, youyi].map(summarize));

describe('buildCatalog', () => {
  it('sorts notices newest first and groups them by year and level', () => {
    expect(catalog.notices.map((n) => n.id)).toEqual([youyi.id, jilin.id, guangdong.id]);
    expect(catalog.facet('year').map((v) => [v.value, v.count])).toEqual([
      ['2020', 1],
      ['2014', 1],
    ]);
    expect(catalog.facet('year').map((v) => v.label)).toEqual(['2020年', '2014年']);
    expect(catalog.facet('level').map((v) => v.value)).toEqual(['province', 'county']);
  });

  it('gives issuers and genres slugs', () => {
    expect(catalog.facetSlug('issuer', '友谊县人民政府办公室')).toBe('you-yi-xian-ren-min-zheng-fu-ban-gong-shi');
    expect(catalog.facet('genre')).toMatchObject([{ slug: 'tong-zhi', value: '通知', label: '通知' }]);
    expect(catalog.facet('genre')[0]!.notices).toHaveLength(2);
    expect(catalog.facetSlug('year', '2020')).toBe('2020');
  });

  it('lists each unit’s clauses, soonest deadline first, lead over responsible', () => {
    const office = catalog.units.find((u) => u.name === '县政府办公室')!;
    expect(office.slug).toBe(catalog.unitSlug('县政府办公室'));
    expect(office.tasks.map((t) => [t.clause.eId, t.role])).toEqual([
      ['sec_1__para_2', 'unit'],
      ['sec_1__para_1', 'lead'],
    ]);
    const all = catalog.units.find((u) => u.name === '县直各单位')!;
    expect(all.tasks.map((t) => t.clause.responsibility.deadlineDate)).toEqual(['2020-11-30', '2020-12-31', 'ongoing']);
    expect(all.tasks[0].clause.citation).toBe('友政办发〔2020〕17号 一（二）');
  });

  it('counts numbered clauses and responsibility notes', () => {
    expect(catalog.dutyCount).toBe(3);
    expect(catalog.clauseCount).toBe(4 + 2 + 1 + 2);
  });

  it('resolves a cited number to the forwarded part that carries it', () => {
    const [target] = catalog.resolve({ documentNumber: '国办发[2020]17号', title: null });
    expect(target.notice.id).toBe(guangdong.id);
    expect(target.component?.eId).toBe('att_1');
    expect(catalog.resolve({ documentNumber: '国办发〔2019〕54号', title: null })).toEqual([]);
  });

  it('resolves a title-only citation by title', () => {
    const [target] = catalog.resolve({ documentNumber: null, title: '2020年政务公开工作要点' });
    expect(target.component?.eId).toBe('att_1__main');
  });

  it('records who cites a notice', () => {
    expect(catalog.citedBy(guangdong.id).map((n) => n.id)).toEqual([youyi.id, jilin.id]);
    expect(catalog.citedBy(youyi.id)).toEqual([]);
  });
});

describe('numberedOutline', () => {
  it('keeps numbered and inferred clauses, drops paragraphs', () => {
    const outline = numberedOutline(guangdong.components[2].clauses);
    expect(outline.map((o) => o.clause.eId)).toEqual(['att_1__sec_2', 'att_1__sec_3']);
    expect(outline[0].children.map((o) => o.clause.eId)).toEqual(['att_1__sec_2__para_3']);
    expect(outline[0].children[0].children).toEqual([]);
  });
});
