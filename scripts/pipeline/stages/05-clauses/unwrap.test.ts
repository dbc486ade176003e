import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../02-lines/lines.ts';
import { pageBreakContinuation } from '../../recognise/continuation.ts';
import { unwrapParagraphs } from './unwrap.ts';

const logical = (text: string) => unwrapParagraphs(splitLines(text).filter((l) => l.text.trim())).map((l) => l.text);

describe('unwrapParagraphs', () => {
  it('joins a paragraph cut every few dozen characters, keeping the source line breaks', () => {
    expect(
      logical(
        '　　（一）完善决策公开机制。各级行政机关要建立\n重大行政决策预公开制度，对涉及群众切身利益的\n重大决策事项公开征求意见。\n　　（二）推进决策结果公开。',
      ),
    ).toEqual([
      '　　（一）完善决策公开机制。各级行政机关要建立\n重大行政决策预公开制度，对涉及群众切身利益的\n重大决策事项公开征求意见。',
      '　　（二）推进决策结果公开。',
    ]);
  });

  it('keeps lines apart at a sentence end, an indent, a clause number, a heading line or a table row', () => {
    expect(logical('各地要抓好落实。\n下一段。')).toHaveLength(2);
    expect(logical('各地要抓好落实\n　　下一段')).toHaveLength(2);
    expect(logical('各地要抓好落实\n（二）下一条')).toHaveLength(2);
    expect(logical('一、推进行政决策公开\n各级行政机关要加强领导')).toHaveLength(2);
    expect(logical('序号 工作任务 责任单位\n1 完善政策文件库 区司法局')).toHaveLength(2);
  });

  it('joins a line that starts with a clause number cited in prose (第 / （二）项), not a clause of its own', () => {
    expect(logical('对本意见第\n（二）项所列事项，要同步评估。')).toHaveLength(1);
    expect(logical('按照本方案\n（三）款规定执行。')).toHaveLength(1);
    expect(logical('各地要抓好落实\n（三）项目审批公开。')).toHaveLength(2);
  });

  it('joins a line whose only space sits inside a 《title》 (a joint issuer), unlike a table row', () => {
    expect(
      logical('为贯彻落实《中共中央办公厅　国务院办公厅印发〈关于全面推进政务\n公开工作的意见〉的通知》精神。'),
    ).toHaveLength(1);
  });

  it('runs a paragraph on across a PDF page number with blank lines around it, not a finished one', () => {
    const across = unwrapParagraphs(
      splitLines(
        '　　（二）推进执行公开。各级行政机关要主动公开重大决策、\n\n— 1 —\n\n重要政策落实情况。\n　　（三）下一条。',
      ),
    );
    expect(across.filter((l) => l.text.trim()).map((l) => l.text)).toEqual([
      '　　（二）推进执行公开。各级行政机关要主动公开重大决策、\n\n— 1 —\n\n重要政策落实情况。',
      '　　（三）下一条。',
    ]);
    const finished = splitLines('各地要抓好落实。\n\n— 2 —\n\n　　（三）下一条。');
    expect(pageBreakContinuation(finished, 2)).toBeNull();
  });

  it('keeps every logical line an exact slice of the source', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({
            unit: fc.constantFrom('政', '务', '公', '开', '。', '，', '　', ' ', '（', '一', '）', '1', '.'),
          }),
          { maxLength: 12 },
        ),
        fc.constantFrom('\n', '\r\n'),
        (parts, eol) => {
          const source = parts.join(eol);
          for (const line of unwrapParagraphs(splitLines(source)))
            expect(source.slice(line.offset, line.offset + line.text.length)).toBe(line.text);
        },
      ),
    );
  });
});
