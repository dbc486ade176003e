import { describe, expect, it } from 'vitest';
import type { Clause } from '../../../../src/model/notice.ts';
import { Clause as ClauseSchema } from '../../../../src/model/notice.ts';
import { buildClauseTree, copyLetters } from './clause-tree.ts';
import { splitLines } from '../02-lines/lines.ts';

/** The clause tree of a body, as `eId: heading` lines, children indented. */
function outline(body: string): string[] {
  const { clauses } = buildClauseTree(splitLines(body), { prefix: '', usedIds: new Set() });
  const walk = (list: Clause[], depth: number): string[] =>
    list.flatMap((c) => [`${'  '.repeat(depth)}${c.eId}: ${c.heading ?? ''}`, ...walk(c.children, depth + 1)]);
  return walk(clauses, 0);
}

describe('buildClauseTree', () => {
  it('splits a （一） run in after a 一、 heading with no punctuation between (a lost line break)', () => {
    expect(
      outline('一、加强政策解读和回应关切（一）做好政策解读。坚持同步解读。（二）加强舆情回应。及时回应。'),
    ).toEqual(['sec_1: 加强政策解读和回应关切', '  sec_1__para_1: 做好政策解读。', '  sec_1__para_2: 加强舆情回应。']);
  });

  it('runs 第X条 in after 第X章, and （一） in after 第X条', () => {
    expect(
      outline('第一章 总则\n第一条　为了规范管理，制定本办法。\n第二条 本办法适用于下列事项（一）主动公开。'),
    ).toEqual(['chp_1: 总则', '  chp_1__art_1: ', '  chp_1__art_2: ', '    chp_1__art_2__para_1: 主动公开。']);
  });

  it('starts a paragraph where a sentence end is followed by an indent inside one line (a lost line break)', () => {
    expect(
      outline('一、强化保障（一）强化考核。评估结果予以通报。　　各县（市、区）要于6月30日前报送落实方案。'),
    ).toEqual(['sec_1: 强化保障', '  sec_1__para_1: 强化考核。', 'wrapup__p_1: ']);
  });

  it('numbers 第X部分 above 一、, so each part restarts its sections without a clash', () => {
    expect(outline('第一部分　总体要求\n一、指导思想\n第二部分　重点任务\n一、推进决策公开\n（一）完善制度。')).toEqual(
      [
        'part_1: 总体要求',
        '  part_1__sec_1: 指导思想',
        'part_2: 重点任务',
        '  part_2__sec_1: 推进决策公开',
        '    part_2__sec_1__para_1: 完善制度。',
      ],
    );
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

  it('reads numbers printed with a stray space (一 、 / （ 一 ） / ( 二 ) / 1 . / （1 ）) or a tab after them', () => {
    expect(outline('一 、总体要求\n（ 一 ）加强领导。\n1 .县政府办负责。\n（1 ）细化。\n( 二 )\t做好保障。')).toEqual([
      'sec_1: 总体要求',
      '  sec_1__para_1: 加强领导。',
      '    sec_1__para_1__point_1: 县政府办负责。',
      '      sec_1__para_1__point_1__item_1: 细化。',
      '  sec_1__para_2: 做好保障。',
    ]);
  });

  it('reads Ⅰ．as a top level, ㉑ after ⑳, and 2.2021年底前… as item 2 (a year, not a decimal)', () => {
    const circled = [...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑'].map((n) => `${n}公开。`).join('\n');
    const tree = outline(
      `Ⅰ．栏目设置\n1.公开预算。\n2.2021年底前完成。\n3.公开决算。\nⅡ．更新要求\n（1）事项。\n${circled}`,
    );
    expect(tree.slice(0, 5)).toEqual([
      'sec_1: 栏目设置',
      '  sec_1__point_1: 公开预算。',
      '  sec_1__point_2: 2021年底前完成。',
      '  sec_1__point_3: 公开决算。',
      'sec_2: 更新要求',
    ]);
    expect(tree.at(-1)).toBe('    sec_2__item_1__subitem_21: 公开。');
  });

  it('nests 第X节 between 第X章 and 第X条, articles numbered on across sections', () => {
    expect(
      outline(
        '第一章　总则\n第一条　为了规范。\n第二章　公开\n第一节　主动公开\n第二条　应当公开。\n第二节　依申请公开\n第三条　可以申请。',
      ),
    ).toEqual([
      'chp_1: 总则',
      '  chp_1__art_1: ',
      'chp_2: 公开',
      '  chp_2__subchp_1: 主动公开',
      '    chp_2__subchp_1__art_2: ',
      '  chp_2__subchp_2: 依申请公开',
      '    chp_2__subchp_2__art_3: ',
    ]);
  });

  it('reads full-width lettered items (Ａ．Ｂ．) under Chinese text as a list, not "A. The …" in English', () => {
    expect(outline('Ⅰ．栏目设置\nＡ．政务公开栏。\nＢ．村务公开栏。\nA. The notice board.')).toEqual([
      'sec_1: 栏目设置',
      '  sec_1__alpha_1: 政务公开栏。',
      '  sec_1__alpha_2: 村务公开栏。', // the English line is its body
    ]);
  });

  it('splits an inline list opened by a colon (lost line breaks): …三项：1.…；2.…', () => {
    expect(outline('（一）推进公开。重点做好三项：1.公开预算；2.公开决算；3.公开“三公”经费。')).toEqual([
      'para_1: 推进公开。',
      '  para_1__point_1: 公开预算；',
      '  para_1__point_2: 公开决算；',
      '  para_1__point_3: 公开“三公”经费。',
    ]);
  });

  it('takes a numbered row of a tab-separated table for a row, not a clause', () => {
    expect(
      outline('一、工作要求\n统计指标\t单位\t统计数\n一、主动公开情况\t—\t—\n1.政府公报公开政府信息数\t条'),
    ).toEqual(['sec_1: 工作要求', '  sec_1__p_2: ', '  sec_1__p_3: ']);
  });

  it('does not run a parenthesis in after a heading that has punctuation before it', () => {
    expect(outline('一、总体要求，按照（一）项执行')).toEqual(['sec_1: 总体要求，按照（一）项执行']);
  });

  it('reads 三加强监督检查 after 二、 as the next heading whose 、 is missing, but not prose that opens with a numeral', () => {
    expect(
      outline('一、工作目标\n目标明确。\n二、主要任务\n（一）编制目录。\n三加强监督检查\n每季度检查一次。'),
    ).toEqual(['sec_1: 工作目标', 'sec_2: 主要任务', '  sec_2__para_1: 编制目录。', 'sec_3: 加强监督检查']);
    expect(outline('一、工作目标\n目标明确。\n三年来成效明显\n一是加强领导')).toEqual([
      'sec_1: 工作目标',
      '  sec_1__p_2: ',
    ]);
    expect(outline('一、工作目标\n目标明确。\n五加强监督检查')).toEqual(['sec_1: 工作目标', '  sec_1__p_2: ']);
  });
});

describe('duplicate printed numbers', () => {
  it('letters copies b…z, then aa, ab…, never leaving [a-z]', () => {
    expect([2, 3, 26, 27, 28, 52, 53, 702, 703].map(copyLetters)).toEqual([
      'b',
      'c',
      'z',
      'aa',
      'ab',
      'az',
      'ba',
      'zz',
      'aaa',
    ]);
  });

  it('gives a top-level number repeated 60 times 60 distinct ids the schema accepts', () => {
    const body = Array.from({ length: 60 }, () => '一、加强组织领导。').join('\n');
    const { clauses, problems } = buildClauseTree(splitLines(body), { prefix: '', usedIds: new Set() });
    const ids = clauses.map((c) => c.eId);
    expect(new Set(ids).size).toBe(60);
    expect(ids.slice(24, 28)).toEqual(['sec_1-y', 'sec_1-z', 'sec_1-aa', 'sec_1-ab']);
    for (const clause of clauses) expect(ClauseSchema.safeParse(clause).success, clause.eId).toBe(true);
    expect(problems.filter((p) => p.message.startsWith('Duplicate clause number'))).toHaveLength(59);
  });
});
