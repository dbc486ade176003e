import { describe, expect, it } from 'vitest';
import { buildClauseTree } from '../05-clauses/clause-tree.ts';
import { splitLines } from '../02-lines/lines.ts';
import { withTaskTables } from './task-tables.ts';
import { flattenClauses } from '../../../../src/model/notice.ts';

const rows = (text: string) => {
  const { clauses } = buildClauseTree(splitLines(text), { prefix: '', usedIds: new Set() });
  return flattenClauses(withTaskTables(clauses, 2023));
};

describe('withTaskTables', () => {
  it('reads units and deadlines from rows under a header row', () => {
    const clauses = rows(
      '一、重点任务分工\n序号\t工作任务\t牵头单位\t责任单位\t完成时限\n1\t完善政策文件库\t区司法局\t各街道、各部门\t2023年9月底前\n2  开展 政府开放日 活动  区政府办  各街道办事处  长期坚持',
    );
    const [first, second] = clauses.filter((c) => c.duty).map((c) => c.duty!);
    expect(first).toMatchObject({
      lead: ['区司法局'],
      units: ['各街道', '各部门'],
      deadline: '2023年9月底前',
      deadlineDate: '2023-09-30',
      raw: '区司法局\t各街道、各部门\t2023年9月底前',
    });
    expect(second).toMatchObject({
      lead: ['区政府办'],
      units: ['各街道办事处'],
      deadline: '长期坚持',
      deadlineDate: 'ongoing',
    });
  });

  it('keeps the raw text a slice of the row, at the right offset', () => {
    const text = '序号 任务 责任单位 时限\n1 公开预算 县财政局 2023年底前';
    const row = rows(text).find((c) => c.duty)!;
    expect(text.slice(row.duty!.offset, row.duty!.offset + row.duty!.raw.length)).toBe(row.duty!.raw);
  });

  it('reads a table pasted one cell per line, keeping each cell a paragraph and the rows aligned by 序号', () => {
    const table = [
      '三、任务分工',
      '序号',
      '工作任务',
      '责任单位',
      '完成时限',
      '1',
      '公开财政预决算信息',
      '省财政厅、各市（州）财政局',
      '2014年6月底前',
      '2',
      '推进行政审批信息公开',
      '省政务服务中心',
      '长期坚持',
      '四、工作要求',
      '各地要加强领导',
    ];
    const clauses = rows(table.join('\n'));
    const duties = clauses.filter((c) => c.duty).map((c) => [c.text, c.duty!.units, c.duty!.deadlineDate]);
    expect(duties).toEqual([
      ['省财政厅、各市（州）财政局', ['省财政厅', '各市（州）财政局'], '2014-06-30'],
      ['省政务服务中心', ['省政务服务中心'], 'ongoing'],
    ]);
    // The first cell, right under the heading, is the heading's body; the rest are its paragraphs.
    expect(clauses.filter((c) => c.eId.startsWith('sec_3')).map((c) => c.text)).toEqual(table.slice(1, 13));
  });

  it('stops a stacked table where the 序号 count breaks (a missing cell would misalign the rest)', () => {
    const clauses = rows(
      ['序号', '工作任务', '责任单位', '1', '公开预算', '县财政局', '3', '公开决算', '县财政局'].join('\n'),
    );
    expect(clauses.filter((c) => c.duty).map((c) => c.text)).toEqual(['县财政局']);
  });

  it('leaves ordinary paragraphs and rows that do not line up alone', () => {
    expect(rows('各单位要加强领导 明确责任 狠抓落实\n1 公开预算 县财政局').every((c) => c.duty === null)).toBe(true);
    expect(rows('序号 任务 责任单位 时限\n这一行 只有两格').every((c) => c.duty === null)).toBe(true);
  });
});
