import { describe, expect, it } from 'vitest';
import { clauseHeadingText, unwrapForDisplay } from './text.ts';

describe('clause display text', () => {
  it('joins hard-wrapped Chinese without a space and Latin words with one', () => {
    expect(unwrapForDisplay('各级行政机关要建立健全重大\n行政决策预公开制度')).toBe(
      '各级行政机关要建立健全重大行政决策预公开制度',
    );
    expect(unwrapForDisplay('公开 open\r\n  data 平台')).toBe('公开 open data 平台');
  });

  it('skips a page number inside a paragraph that runs across a page break, and only that', () => {
    expect(unwrapForDisplay('主动公开重大决策、\n\n— 1 —\n\n重要政策落实情况')).toBe(
      '主动公开重大决策、重要政策落实情况',
    );
    expect(unwrapForDisplay('第３页 共５页\n政策')).toBe('政策');
    expect(unwrapForDisplay('全年公开\n12\n项')).toBe('全年公开12项');
  });

  it('writes a heading as printed, with a space after a 章 or 条 number', () => {
    expect(clauseHeadingText({ number: '（三）', heading: '强化培训工作。' })).toBe('（三）强化培训工作。');
    expect(clauseHeadingText({ number: '第三章', heading: '附则' })).toBe('第三章\u3000附则');
    expect(clauseHeadingText({ number: '第五条', heading: null })).toBe('第五条');
  });
});
