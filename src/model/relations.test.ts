import { describe, expect, it } from 'vitest';
import { guangdong, notice, reference as citation } from '../../tests/helpers/notices.ts';
import type { Reference } from './notice.ts';
import { backlinksOf, lineageIndex, relationsOf } from './relations.ts';

const reference = (raw: string, inEId: string | null, target: Reference['target'], relation: Reference['relation']) =>
  citation(raw, { in: inEId, target, relation });

// 粤府办 forwards 国办发〔2020〕17号, which has a page of its own; 友政办发 implements a clause of it.
const forwarding = {
  ...guangdong,
  carries: [{ eId: 'att_1', notice: 'guo-ban-fa-2020-17' }],
  references: [
    reference('国办发〔2020〕17号', 'intro__p_1', { notice: guangdong.id, eId: 'att_1' }, 'forwards'),
    reference('《要点》第二部分', 'sec_1', { notice: guangdong.id, eId: 'att_1__sec_2' }, 'implements'),
    reference('本通知第二条', 'sec_1', { notice: guangdong.id, eId: 'sec_2' }, 'cites'),
    reference('《条例》', 'att_1__sec_2', { notice: 'tiao-li', eId: null }, 'cites'),
  ],
};
const youyi = notice('you-zheng-ban-fa-2020-17', {
  references: [
    reference('国办发〔2020〕17号', 'intro__p_1', { notice: 'guo-ban-fa-2020-17', eId: 'sec_2' }, 'implements'),
    reference('黑政办发〔2020〕22号', 'intro__p_1', null, 'implements'),
  ],
});

describe('relationsOf', () => {
  const relations = relationsOf([forwarding, youyi]);

  it('makes a citation of a forwarded part a relation to that document’s page, and drops the copy’s own citations', () => {
    expect(relations.map((r) => [r.from.notice, r.from.eId, r.kind, r.to])).toEqual([
      [guangdong.id, 'intro__p_1', 'forwards', { notice: 'guo-ban-fa-2020-17', eId: null }],
      [guangdong.id, 'sec_1', 'implements', { notice: 'guo-ban-fa-2020-17', eId: 'sec_2' }],
      [youyi.id, 'intro__p_1', 'implements', { notice: 'guo-ban-fa-2020-17', eId: 'sec_2' }],
    ]);
  });

  it('indexes backlinks by the cited part', () => {
    const backlinks = backlinksOf(relations).get('guo-ban-fa-2020-17')!;
    expect(backlinks.count).toBe(3);
    expect([...backlinks.byTarget].map(([eId, list]) => [eId, list.map((r) => r.from.notice)])).toEqual([
      ['', [guangdong.id]],
      ['sec_2', [guangdong.id, youyi.id]],
    ]);
    expect(backlinksOf(relations).has(guangdong.id)).toBe(false);
  });
});

describe('lineageIndex', () => {
  it('follows 转发 and 贯彻 up to the top and down to the bottom, never a mere citation, and cuts cycles', () => {
    const county = notice('county', {
      references: [reference('粤府办〔2020〕14号', 'sec_1', { notice: guangdong.id, eId: null }, 'implements')],
    });
    // Two notices each saying they implement the other.
    const a = notice('a', { references: [reference('乙', 'p_1', { notice: 'b', eId: null }, 'implements')] });
    const b = notice('b', { references: [reference('甲', 'p_1', { notice: 'a', eId: null }, 'implements')] });
    const lineage = lineageIndex(relationsOf([forwarding, youyi, county, a, b]));
    expect(lineage.up('county')).toEqual([
      {
        notice: guangdong.id,
        kind: 'implements',
        next: [{ notice: 'guo-ban-fa-2020-17', kind: 'forwards', next: [] }],
      },
    ]);
    // 粤府办 forwards the national notice and implements its 第二部分: one pair, as first related.
    expect(lineage.down('guo-ban-fa-2020-17').map((n) => [n.notice, n.kind, n.next.map((m) => m.notice)])).toEqual([
      [guangdong.id, 'forwards', ['county']],
      [youyi.id, 'implements', []],
    ]);
    expect(lineage.up('a')).toEqual([{ notice: 'b', kind: 'implements', next: [] }]);
    expect(lineage.down('a')).toEqual([{ notice: 'b', kind: 'implements', next: [] }]);
  });
});
