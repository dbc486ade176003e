import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printedStatus, repealStatements, type Span } from './validity.ts';

/** The citations of a text, marked 「…」 in the test's copy (the marks are removed from the text searched). */
function marked(source: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  for (const piece of source.split(/(「[^」]*」)/)) {
    if (piece.startsWith('「')) {
      spans.push({ start: text.length, end: text.length + piece.length - 2 });
      text += piece.slice(1, -1);
    } else text += piece;
  }
  return { text, spans };
}

const statements = (source: string) => {
  const { text, spans } = marked(source);
  return repealStatements(text, spans).map((s) => [s.citations, s.printed, s.value]);
};

describe('printedStatus', () => {
  it('reads the values real portals print', () => {
    expect(printedStatus('有效')).toEqual({ value: 'in-force', partial: false });
    expect(printedStatus('现行有效')).toEqual({ value: 'in-force', partial: false });
    expect(printedStatus('已失效')).toEqual({ value: 'expired', partial: false });
    expect(printedStatus('失 效')).toEqual({ value: 'expired', partial: false });
    expect(printedStatus('已廢止')).toEqual({ value: 'repealed', partial: false });
    expect(printedStatus('部分失效')).toEqual({ value: 'expired', partial: true });
    expect(printedStatus('修改')).toEqual({ value: 'in-force', partial: true });
    expect(printedStatus('已被替代')).toEqual({ value: 'superseded', partial: false });
  });

  it('says nothing of words it cannot read', () => {
    expect(printedStatus('尚未生效')).toBeNull();
    expect(printedStatus('详见原文')).toBeNull();
  });
});

describe('repealStatements', () => {
  it('finds the statement after its citations', () => {
    expect(statements('本办法自印发之日起施行，「《测县制度》（测政办发〔2018〕12号）」同时废止。')).toEqual([
      [[0], '同时废止', 'repealed'],
    ]);
    expect(statements('本通知自2020年1月1日起施行，原「《测县办法》」不再执行。')).toEqual([
      [[0], '不再执行', 'repealed'],
    ]);
    expect(statements('「测政办发〔2015〕3号」文件自本通知印发之日起停止执行。')).toEqual([
      [[0], '停止执行', 'repealed'],
    ]);
    expect(statements('「《甲》」自2020年12月31日起失效。')).toEqual([[[0], '失效', 'expired']]);
  });

  it('takes a list of citations as one statement, and the statement before its citations', () => {
    expect(statements('「《甲》（甲〔2010〕1号）」、「《乙》」和原「《丙》」同时废止。')).toEqual([
      [[0, 1, 2], '同时废止', 'repealed'],
    ]);
    expect(statements('现决定，同时废止「《甲》」及「《乙》」。')).toEqual([[[0, 1], '同时废止', 'repealed']]);
  });

  it('names nothing when the repeal is not about the citation', () => {
    expect(statements('按照「《条例》」要求及时废止不合时宜的文件。')).toEqual([]);
    expect(statements('根据「《条例》」规定，清理规范性文件，该废止的及时废止。')).toEqual([]);
    expect(statements('认真贯彻落实「《要点》」，「《方案》」同时印发。')).toEqual([]);
    // Two citations apart: only the one against the statement goes.
    expect(statements('依据「《甲》」制定本办法，「《乙》」同时废止。')).toEqual([[[1], '同时废止', 'repealed']]);
  });

  it('reads Traditional script and keeps the printed words', () => {
    expect(statements('「《甲》」同時廢止。')).toEqual([[[0], '同時廢止', 'repealed']]);
  });
});

describe('repealStatements, any text of citations, connectives, statements and filler', () => {
  const piece = fc.constantFrom(
    '「《甲》」',
    '「测政办发〔2018〕12号」',
    '「《乙》（乙〔2019〕3号）」',
    '、',
    '和',
    '原',
    '，',
    '。',
    '同时废止',
    '不再执行',
    '自本通知印发之日起',
    '失效',
    '按照',
    '要求',
    '做好清理工作',
    '文件',
  );

  it('names each citation at most once, and only words of the text that state a repeal', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const { text, spans } = marked(pieces.join(''));
        const found = repealStatements(text, spans);
        const named = found.flatMap((s) => s.citations);
        expect(new Set(named).size).toBe(named.length);
        for (const index of named) expect(index).toBeLessThan(spans.length);
        for (const { printed } of found) {
          expect(text).toContain(printed);
          expect(printed).toMatch(/(?:废止|停止执行|不再执行|失效|作废)$/);
        }
      }),
    );
  });

  it('names nothing in a text without the words of a repeal', () => {
    const quiet = piece.filter((p) => !/废止|不再执行|失效/.test(p));
    fc.assert(
      fc.property(fc.array(quiet, { maxLength: 12 }), (pieces) => {
        const { text, spans } = marked(pieces.join(''));
        expect(repealStatements(text, spans)).toEqual([]);
      }),
    );
  });
});
