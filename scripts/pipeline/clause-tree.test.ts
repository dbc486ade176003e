import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schemas/notice.ts';
import { buildClauseTree } from './clause-tree.ts';
import { splitLines } from './normalize.ts';

/** The clause tree of a body, as `eId: heading` lines, children indented. */
function outline(body: string): string[] {
  const { clauses } = buildClauseTree(splitLines(body), { prefix: '', usedIds: new Set() });
  const walk = (list: Clause[], depth: number): string[] =>
    list.flatMap((c) => [`${'  '.repeat(depth)}${c.eId}: ${c.heading ?? ''}`, ...walk(c.children, depth + 1)]);
  return walk(clauses, 0);
}

describe('buildClauseTree', () => {
  it('splits a （一） run in after a 一、 heading with no punctuation between (a lost line break)', () => {
    expect(outline('一、加强政策解读和回应关切（一）做好政策解读。坚持同步解读。（二）加强舆情回应。及时回应。')).toEqual([
      'sec_1: 加强政策解读和回应关切',
      '  sec_1__para_1: 做好政策解读。',
      '  sec_1__para_2: 加强舆情回应。',
    ]);
  });

  it('runs 第X条 in after 第X章, and （一） in after 第X条', () => {
    expect(outline('第一章 总则\n第一条　为了规范管理，制定本办法。\n第二条 本办法适用于下列事项（一）主动公开。')).toEqual([
      'chp_1: 总则',
      '  chp_1__art_1: ',
      '  chp_1__art_2: ',
      '    chp_1__art_2__para_1: 主动公开。',
    ]);
  });

  it('starts a paragraph where a sentence end is followed by an indent inside one line (a lost line break)', () => {
    expect(outline('一、强化保障（一）强化考核。评估结果予以通报。　　各县（市、区）要于6月30日前报送落实方案。')).toEqual([
      'sec_1: 强化保障',
      '  sec_1__para_1: 强化考核。',
      'wrapup__p_1: ',
    ]);
  });

  it('numbers 第X部分 above 一、, so each part restarts its sections without a clash', () => {
    expect(outline('第一部分　总体要求\n一、指导思想\n第二部分　重点任务\n一、推进决策公开\n（一）完善制度。')).toEqual([
      'part_1: 总体要求',
      '  part_1__sec_1: 指导思想',
      'part_2: 重点任务',
      '  part_2__sec_1: 推进决策公开',
      '    part_2__sec_1__para_1: 完善制度。',
    ]);
  });

  it('infers a lost parent heading only when a list restarts after two or more items', () => {
    expect(outline('一、甲\n（一）乙。\n1.丙。\n１．丁。\n3.戊。')).toEqual([
      'sec_1: 甲',
      '  sec_1__para_1: 乙。',
      '    sec_1__para_1__point_1: 丙。',
      '    sec_1__para_1__point_1-b: 丁。',
      '    sec_1__para_1__point_3: 戊。',
    ]);
    expect(outline('一、甲\n（一）乙。\n（二）丙。\n（一）丁。')[3]).toBe('sec_2: ');
  });

  it('does not run a parenthesis in after a heading that has punctuation before it', () => {
    expect(outline('一、总体要求，按照（一）项执行')).toEqual(['sec_1: 总体要求，按照（一）项执行']);
  });
});
