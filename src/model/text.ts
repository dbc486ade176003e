/**
 * How a clause reads on screen, shared by the converter's MDX and the page's table of contents, so the two never
 * disagree. The model keeps the source as printed; only the display joins it up.
 */
import type { Clause } from './notice.ts';
import { isPageNumberLine } from './page-number.ts';

const LINE_BREAK = /(\r\n|[\n\r\u2028\u2029])/;

/**
 * A paragraph hard-wrapped in the source (kept with its line breaks in the model) reads as one line: joined without a
 * space between Chinese characters, with one between Latin letters or digits.
 */
export function unwrapForDisplay(text: string): string {
  // A page number inside a paragraph that runs across a PDF page break is not part of what it says.
  const lines = text.split(LINE_BREAK);
  const said = lines.some(isPageNumberLine) ? lines.filter((line) => !isPageNumberLine(line)).join('') : text;
  return said.replace(
    /[ \t\u3000]*(?:\r\n|[\n\r\u2028\u2029])[ \t\u3000]*/g,
    (gap: string, at: number, whole: string) => {
      const before = whole[at - 1] ?? '';
      const after = whole[at + gap.length] ?? '';
      return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
    },
  );
}

/** 一、加强用权公开 / （三）强化培训工作。 / 第三章　附则 (a 部分, 章, 节 or 条 number keeps a space before its title). */
export function clauseHeadingText(clause: Pick<Clause, 'number' | 'heading'>): string {
  const number = clause.number ?? '';
  const joiner = /(部分|[章节条])$/.test(number) && clause.heading ? '\u3000' : '';
  return unwrapForDisplay(number + joiner + (clause.heading ?? ''));
}
