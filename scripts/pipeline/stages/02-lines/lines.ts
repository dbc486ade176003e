/**
 * Stage 2: decoded text → source lines, each with a width-folded matching copy and a web-page chrome verdict.
 *
 * Nothing here rewrites the source: `text` stays exactly as decoded and `offset` points into it, so every later
 * step can report source offsets. Matching happens on `match`, a copy of the same length.
 */
import type { NoiseKind } from '../../../../src/model/notice.ts';
import { toSimplified } from '../../../../src/model/script.ts';
import { foldWidth } from '../../../../src/model/width.ts';
import { classifyNoise, INFOBOX_ROW, labelAwaitingValue } from '../../recognise/chrome.ts';
import { blankJammer, blankLostIndent } from '../../recognise/residue.ts';

export interface SourceLine {
  /** 1-based line number. */
  line: number;
  /** UTF-16 index of the line start in the decoded text. */
  offset: number;
  /** The line as decoded, without its terminator. */
  text: string;
  /** foldWidth(text), an indent lost to ?? and a forum watermark read as spaces: same length, so an index into it is an index into `text`. */
  match: string;
  noise: NoiseKind | null;
  /** The line terminator that followed the line in the source ('' at the end of the text). */
  eol: string;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** Every line of the text, empty ones included; the lines and their terminators cover the text exactly. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const add = (offset: number, end: number, eol: string) => {
    const line = text.slice(offset, end);
    const folded = blankLostIndent(foldWidth(line));
    // A line that is all watermark stays as printed: it is a noise line of its own, not a blank one.
    const unmarked = blankJammer(folded);
    lines.push({
      line: lines.length + 1,
      offset,
      text: line,
      match: unmarked.trim() ? unmarked : folded,
      noise: classifyNoise(line),
      eol,
    });
  };
  let start = 0;
  for (const terminator of text.matchAll(LINE_BREAK)) {
    add(start, terminator.index, terminator[0]);
    start = terminator.index + terminator[0].length;
  }
  add(start, text.length, '');
  let previous: SourceLine | undefined;
  for (const line of lines) {
    if (!line.text.trim()) continue;
    const before = previous;
    previous = line;
    if (!before || line.noise) continue;
    // A portal field whose value went onto the next line (标题： / 国务院办公厅关于…的通知), or a metadata table's lone
    // label with its value below, a blank line between (标题 / / 冠县人民政府办公室关于…的通知): the value is chrome too.
    const label = before.noise === 'portal' ? labelAwaitingValue(before.text) : null;
    const adjacent = before.line === line.line - 1 && /[:：]\s*$/.test(before.text);
    if (before.noise === 'portal' && (label || adjacent)) {
      const field = label ? `${label}：${line.text.trim()}` : `${before.text.trim()}${line.text.trim()}`;
      if (classifyNoise(field)) line.noise = 'portal';
    }
    // An infobox row that lost its bullet (a converter dropped •) inside a wiki box.
    else if (before.noise === 'wiki' && INFOBOX_ROW.test(toSimplified(foldWidth(line.text)))) line.noise = 'wiki';
  }
  return lines;
}
