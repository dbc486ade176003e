import { describe, expect, it } from 'vitest';
import { clause, component, notice } from '../../tests/helpers/notices.ts';
import type { Notice, Reference } from '../model/notice.ts';
import { findRelations, type ResolveReference } from './relations.ts';

const reference = (inEId: string, documentNumber: string): Reference => ({
  offset: 0,
  line: 1,
  raw: `（${documentNumber}）`,
  documentNumber,
  title: null,
  alias: null,
  in: inEId,
  kind: 'document',
});

const national = notice('guo-ban-fa-2020-17', {
  documentNumber: '国办发〔2020〕17号',
  signedDate: '2020-06-21',
  year: 2020,
  components: [component('main', 'text', [clause('sec_1', '一、')])],
});

/** A county plan citing the national text in its preamble, with the given words around the citation. */
const county = (id: string, words: string, signedDate: string, inEId = 'intro__p_1') =>
  notice(id, {
    signedDate,
    year: Number(signedDate.slice(0, 4)),
    components: [
      component('main', 'text', [
        clause('intro__p_1', null, [], {
          heading: null,
          text: `为${words}《要点》（国办发〔2020〕17号），制定本方案。`,
        }),
        clause('sec_1', '一、'),
      ]),
    ],
    references: [reference(inEId, '国办发〔2020〕17号')],
  });

const resolver =
  (notices: Notice[]): ResolveReference =>
  (r) =>
    notices.filter((n) => n.documentNumber === r.documentNumber).map((n) => ({ notice: n, component: null }));

describe('findRelations', () => {
  it('relates a notice to the earlier document its preamble says it carries out', () => {
    const notices = [national, county('you', '深入贯彻', '2020-09-07')];
    expect(findRelations(notices, resolver(notices))).toEqual([
      { kind: 'implements', local: { noticeId: 'you', part: null }, higher: { noticeId: national.id, part: null } },
    ]);
  });

  it('does not relate a mere mention, a citation in a clause body, or a later document', () => {
    const notices = [
      national,
      county('mention', '参照', '2020-09-07'),
      county('body', '贯彻', '2020-09-07', 'sec_1'),
      county('earlier', '贯彻', '2020-01-01'),
    ];
    expect(findRelations(notices, resolver(notices))).toEqual([]);
  });

  it('relates a forwarding notice to the document it embeds', () => {
    const forwarding = notice('yue', {
      signedDate: '2020-07-15',
      components: [
        component('main', 'letter', [clause('intro__p_1', null)]),
        component('att_1', 'letter', [], { signedDate: '2020-06-21' }),
        component('att_1__main', 'text', [clause('att_1__sec_1', '一、')]),
      ],
    });
    expect(findRelations([forwarding], () => [])).toEqual([
      { kind: 'implements', local: { noticeId: 'yue', part: null }, higher: { noticeId: 'yue', part: 'att_1' } },
    ]);
  });

  it('relates a citation of a document forwarded by several notices to one copy, and an ambiguous title to none', () => {
    const forwarding = (id: string, signedDate: string) =>
      notice(id, {
        signedDate,
        components: [
          component('main', 'letter', [clause('intro__p_1', null)]),
          component('att_1', 'letter', [], { documentNumber: '国办发〔2020〕17号', signedDate: '2020-06-21' }),
          component('att_1__main', 'text', [clause('att_1__sec_1', '一、')], { documentNumber: '国办发〔2020〕17号' }),
        ],
      });
    const copies = [forwarding('yue', '2020-07-15'), forwarding('min', '2020-07-01')];
    const plan = county('you', '深入贯彻', '2020-09-07');
    const ambiguous = { ...county('two', '深入贯彻', '2020-09-07'), id: 'two' };
    const resolve: ResolveReference = (r) =>
      r.in === 'intro__p_1' && r.documentNumber === '国办发〔2020〕17号'
        ? copies.map((n) => ({ notice: n, component: n.components[1]! }))
        : [];
    const two: ResolveReference = () =>
      [national, { ...national, id: 'other', documentNumber: '吉政办函〔2020〕1号' }].map((n) => ({
        notice: n,
        component: null,
      }));
    const relations = findRelations([...copies, plan], resolve).filter((r) => r.local.noticeId === 'you');
    expect(relations.map((r) => r.higher)).toEqual([{ noticeId: 'min', part: 'att_1' }]);
    expect(findRelations([national, ambiguous], two)).toEqual([]);
  });

  it('chains a region’s texts of one genre year by year, the nearest earlier year first', () => {
    const yearly = (id: string, year: number, code = '220000', genre = '要点') =>
      notice(id, {
        year,
        signedDate: `${year}-04-01`,
        region: { code, name: '吉林省', province: '吉林省', city: null, county: null },
        components: [component('main', 'text', [clause('sec_1', '一、')], { genre })],
      });
    const notices = [
      yearly('j2020', 2020),
      yearly('j2014', 2014),
      yearly('j2016', 2016),
      yearly('plan2016', 2016, '220000', '方案'),
      yearly('other2015', 2015, '440000'),
    ];
    const pairs = findRelations(notices, () => []).map((r) => `${r.local.noticeId}→${r.higher.noticeId}`);
    expect(pairs).toEqual(['j2016→j2014', 'j2020→j2016']);
  });
});
