import { describe, expect, it } from 'vitest';
import { buildCatalog, numberedOutline } from './catalog.ts';
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
const catalog = buildCatalog([jilin, guangdong, youyi]);

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
    expect(office.slug).toBe(catalog.unitSlug(youyi, '县政府办公室'));
    expect(office.tasks.map((t) => [t.clause.clause.eId, t.role, t.via])).toEqual([
      ['sec_1__para_2', 'unit', null],
      ['sec_1__para_1', 'lead', null],
      ['sec_1__para_3', 'unit', '县直各单位'],
    ]);
    const all = catalog.units.find((u) => u.name === '县直各单位')!;
    expect(all.kind).toBe('collective');
    expect(all.tasks.map((t) => t.responsibility.deadlineDate)).toEqual(['2020-11-30', '2020-12-31', 'ongoing']);
    expect(all.tasks[0].clause.citation).toBe('友政办发〔2020〕17号 一（二）');
    expect(all.tasks[0].others).toEqual(['县政府办公室']);
  });

  it('makes one unit per department per region, its printed forms its aliases', () => {
    const county = (code: string, name: string) => ({
      code,
      name,
      province: '黑龙江省',
      city: '双鸭山市',
      county: name,
    });
    const task = (eId: string, units: string[]) => clause(eId, '（一）', [], { duty: duty([], units, '2020-12-31') });
    const inYouyi = (id: string, units: string[]) =>
      notice(id, {
        region: county('230522', '友谊县'),
        components: [component('main', 'text', [task('sec_1', units)])],
      });
    const units = buildCatalog([
      inYouyi('a', ['县司法局', '县直各单位']),
      inYouyi('b', ['司法局']),
      inYouyi('c', ['卫生健康局等部门']),
      notice('d', {
        region: county('230523', '宝清县'),
        components: [component('main', 'text', [task('sec_1', ['县司法局'])])],
      }),
    ]).units;
    const justice = units.filter((u) => u.key.endsWith(':司法局'));
    expect(justice.map((u) => [u.slug, u.name, u.aliases, u.tasks.map((t) => t.notice.id)])).toEqual([
      ['230522-si-fa-ju', '县司法局', ['司法局'], ['a', 'b']],
      ['230523-si-fa-ju', '县司法局', [], ['d']],
    ]);
    const inCounty = units.filter((u) => u.key.startsWith('230522:')).map((u) => [u.name, u.kind]);
    expect(inCounty.sort()).toEqual([
      ['卫生健康局', 'named'],
      ['卫生健康局等部门', 'collective'],
      ['县司法局', 'named'],
      ['县直各单位', 'collective'],
    ]);
    // 县直各单位 of 友谊县 takes in its 卫生健康局, never 宝清县's 县司法局.
    expect(units.find((u) => u.name === '卫生健康局')!.tasks.map((t) => [t.notice.id, t.via])).toEqual([
      ['a', '县直各单位'],
      ['c', null],
    ]);
    expect(justice[1]!.tasks.every((t) => t.via === null)).toBe(true);
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
