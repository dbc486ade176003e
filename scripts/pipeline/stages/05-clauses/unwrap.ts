/**
 * Stage 5a: paragraphs hard-wrapped across lines become one logical line (recognise/continuation.ts says when a line
 * carries on the paragraph before it). Its text is the exact source span, line breaks included, so offsets and
 * losslessness hold; only the display (src/model/text.ts) drops the breaks.
 */
import { continues, pageBreakContinuation } from '../../recognise/continuation.ts';
import { stackedTable } from '../../recognise/table.ts';
import type { SourceLine } from '../02-lines/lines.ts';

const follows = (line: SourceLine, next: SourceLine) =>
  next.offset === line.offset + line.text.length + line.eol.length;

/** Lines holding the cells of a table pasted one cell per line (recognise/table.ts): each stays a line of its own. */
function stackedCells(lines: SourceLine[]): Set<SourceLine> {
  const filled = lines.filter((line) => line.match.trim() && !line.noise);
  const texts = filled.map((line) => line.match);
  const cells = new Set<SourceLine>();
  for (let i = 0; i < filled.length; i++) {
    const table = stackedTable(texts, i);
    if (!table) continue;
    const end = i + table.columns.length * (table.rows + 1);
    for (let k = i; k < end; k++) cells.add(filled[k]!);
    i = end - 1;
  }
  return cells;
}

/** The last line that joins the logical line ending at lines[i] — the next one, or the one after a page break — or null. */
function joinsUpTo(
  lines: SourceLine[],
  i: number,
  paragraph: readonly string[],
  cells: Set<SourceLine>,
): number | null {
  const next = lines[i + 1];
  if (!next || cells.has(lines[i]!) || cells.has(next)) return null;
  if (follows(lines[i]!, next) && continues(paragraph, next)) return i + 1;
  // Across a page break: blank lines and one page number, all in this body, then the paragraph goes on.
  let k = i + 1;
  while (k < lines.length && !lines[k]!.match.trim()) k++;
  const across = pageBreakContinuation(lines, k);
  if (across === null || cells.has(lines[across]!)) return null;
  const contiguous = lines.slice(i + 1, across + 1).every((line, n) => follows(lines[i + n]!, line));
  return contiguous && continues(paragraph, lines[across]) ? across : null;
}

export function unwrapParagraphs(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  const cells = stackedCells(lines);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    // The joined lines' texts, kept apart until the paragraph ends: joining as it grows would copy it once per line.
    const paragraph = [lines[i]!.match];
    for (let end = joinsUpTo(lines, i, paragraph, cells); end !== null; end = joinsUpTo(lines, i, paragraph, cells))
      while (i < end) paragraph.push(lines[++i]!.match);
    out.push(start === i ? lines[i]! : joined(lines.slice(start, i + 1)));
  }
  return out;
}

/** Consecutive source lines as one logical line: the exact source span, line breaks included. */
function joined(span: SourceLine[]): SourceLine {
  const withBreaks = (field: 'text' | 'match') =>
    span.map((line, k) => line[field] + (k < span.length - 1 ? line.eol : '')).join('');
  return { ...span[0]!, text: withBreaks('text'), match: withBreaks('match'), eol: span.at(-1)!.eol };
}
