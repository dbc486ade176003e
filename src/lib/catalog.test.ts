import { describe, expect, it } from 'vitest';
import { buildCatalog, numberedOutline } from './catalog.ts';
import { clause, component, duty, guangdong, notice, reference } from '../../tests/helpers/notices.ts';

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
    reference('（国办发〔2020〕17号）', {
      documentNumber: '国办发〔2020〕17号',
      in: 'sec_1',
      relation: 'implements',
      target: { notice: 'yue-fu-ban-2020-14', eId: 'att_1' },
    }),
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
    reference('《2020年政务公开工作要点》', {
      title: '2020年政务公开工作要点',
      kind: 'title',
      target: { notice: 'yue-fu-ban-2020-14', eId: 'att_1__sec_2__para_3' },
    }),
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

  it('lists who cites a notice, per cited part, from the targets the link step set', () => {
    const backlinks = catalog.backlinks(guangdong.id)!;
    expect(backlinks.count).toBe(2);
    expect([...backlinks.byTarget].map(([eId, relations]) => [eId, relations.map((r) => [r.kind, r.from])])).toEqual([
      ['att_1', [['implements', { notice: youyi.id, eId: 'sec_1' }]]],
      ['att_1__sec_2__para_3', [['cites', { notice: jilin.id, eId: null }]]],
    ]);
    expect(catalog.backlinks(youyi.id)).toBeUndefined();
  });

  it('names a target by the clause’s citation, else the part’s title, else the notice', () => {
    expect(catalog.targetLabel({ notice: guangdong.id, eId: 'att_1__sec_2__para_3' })).toMatch(
      /国办发〔2020〕17号 .*（三）$/,
    );
    expect(catalog.targetLabel({ notice: youyi.id, eId: null })).toBe('友政办发〔2020〕17号');
    expect(catalog.targetLabel({ notice: 'no-such-notice', eId: null })).toBeUndefined();
  });
});

describe('resolve (for the clause alignment)', () => {
  const carrying = { ...guangdong, carries: [{ eId: 'att_1', notice: 'guo-ban-fa-2020-17' }] };
  const page = notice('guo-ban-fa-2020-17', { foundIn: { notice: guangdong.id, eId: 'att_1' } });
  const cited = reference('国办发〔2020〕17号', { target: { notice: 'guo-ban-fa-2020-17', eId: 'sec_2' } });
  const where = (c: ReturnType<typeof buildCatalog>) => c.resolve(cited).map((t) => [t.notice.id, t.component?.eId]);

  it('leads a citation of a document taken out of a file to its copy in that file, page or not', () => {
    expect(where(buildCatalog([carrying, page]))).toEqual([[guangdong.id, 'att_1']]);
    expect(where(buildCatalog([carrying]))).toEqual([[guangdong.id, 'att_1']]);
  });

  it('leads it to the document’s own file when it has one, and nowhere when unresolved', () => {
    const ownFile = notice('guo-ban-fa-2020-17');
    expect(where(buildCatalog([carrying, ownFile]))).toEqual([['guo-ban-fa-2020-17', undefined]]);
    expect(buildCatalog([carrying]).resolve(reference('黑政办发〔2020〕22号'))).toEqual([]);
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
