/**
 * Paragraphs hard-wrapped across lines — PDF and e-mail dumps cut prose every 30–40 characters — become one logical
 * line. Its text is the exact source span, line breaks included, so offsets and losslessness hold; only the display
 * (to-mdx) drops the breaks.
 *
 * A line continues on the next one when it stops mid-sentence (no closing punctuation), the next line is not indented
 * (an indent starts a paragraph), is not a clause number, and neither looks like a heading, a table row or a table cell.
 * A PDF page number between the two halves does not stop it.
 */
import type { SourceLine } from './normalize.ts';
import { matchMarker } from './markers.ts';
import { stackedTable } from './task-tables.ts';

const CLOSES_SENTENCE = /[。；;：:！!？?”’」』）)】〕\]]$/;
const SENTENCE_PUNCTUATION = /[。；;，,！!？?]/;

/** "…对本意见第 / （二）项所列事项…": a clause number cited in prose, cut before by the wrap, is no clause. */
function citesAcrossBreak(last: string, next: string): boolean {
  const marker = matchMarker(next)!;
  return /第$/.test(last) || /^[项款条目](?!目)/.test(next.slice(marker.length));
}

/** Whitespace between cells of a table row; a space inside 《…》 (中共中央办公厅　国务院办公厅印发…) is part of a title. */
function hasCellGap(line: string): boolean {
  let depth = 0;
  for (const char of line) {
    if (char === '《') depth++;
    else if (char === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/.test(char)) return true;
  }
  return false;
}

/** Whether `next` continues the paragraph `logical` ends (wherever `next` stands). */
function continues(logical: SourceLine, next: SourceLine | undefined): boolean {
  if (!next || next.noise || !next.match.trim()) return false;
  const first = logical.match.trim();
  const last = logical.match.split(/\r\n|[\n\r\u2028\u2029]/).at(-1)!.trim();
  if (!last || CLOSES_SENTENCE.test(last) || hasCellGap(last)) return false; // a finished sentence, or cells of a table row
  if (/^\s/.test(next.text) || (matchMarker(next.match) !== null && !citesAcrossBreak(last, next.match))) return false;
  const marker = matchMarker(first);
  return !(marker && !SENTENCE_PUNCTUATION.test(first.slice(marker.length))); // 一、加强用权公开 is a heading
}

const follows = (line: SourceLine, next: SourceLine) => next.offset === line.offset + line.text.length + line.eol.length;

/**
 * A page number between two halves of a paragraph (…主动公开重大决策、 / — 1 — / 重要政策落实情况…), blank lines around it
 * allowed: the index of the line that carries the paragraph on, or null. Splitting keeps such a page number in the
 * body (split-documents.ts) and the paragraph's text runs across it; the display skips it (src/lib/clause-text.ts).
 */
export function pageBreakContinuation(lines: SourceLine[], at: number): number | null {
  if (lines[at]?.noise !== 'pageNumber') return null;
  let before = at - 1;
  while (before >= 0 && !lines[before].match.trim()) before--;
  let after = at + 1;
  while (after < lines.length && !lines[after].match.trim()) after++;
  const previous = lines[before];
  return previous && !previous.noise && continues(previous, lines[after]) ? after : null;
}

/** Lines holding the cells of a table pasted one cell per line (see task-tables.ts): each stays a line of its own. */
function stackedCells(lines: SourceLine[]): Set<SourceLine> {
  const filled = lines.filter((line) => line.match.trim() && !line.noise);
  const texts = filled.map((line) => line.match);
  const cells = new Set<SourceLine>();
  for (let i = 0; i < filled.length; i++) {
    const table = stackedTable(texts, i);
    if (!table) continue;
    const end = i + table.columns.length * (table.rows + 1);
    for (let k = i; k < end; k++) cells.add(filled[k]);
    i = end - 1;
  }
  return cells;
}

/** The last line that joins the logical line ending at lines[i] — the next one, or the one after a page break — or null. */
function joinsUpTo(lines: SourceLine[], i: number, logical: SourceLine, cells: Set<SourceLine>): number | null {
  const next = lines[i + 1];
  if (!next || cells.has(lines[i]) || cells.has(next)) return null;
  if (follows(lines[i], next) && continues(logical, next)) return i + 1;
  // Across a page break: blank lines and one page number, all in this body, then the paragraph goes on.
  let k = i + 1;
  while (k < lines.length && !lines[k].match.trim()) k++;
  const across = pageBreakContinuation(lines, k);
  if (across === null || cells.has(lines[across])) return null;
  const contiguous = lines.slice(i + 1, across + 1).every((line, n) => follows(lines[i + n], line));
  return contiguous && continues(logical, lines[across]) ? across : null;
}

export function unwrapParagraphs(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  const cells = stackedCells(lines);
  for (let i = 0; i < lines.length; i++) {
    let logical = lines[i];
    for (let end = joinsUpTo(lines, i, logical, cells); end !== null; end = joinsUpTo(lines, i, logical, cells)) {
      while (i < end) {
        const next = lines[++i];
        logical = { ...logical, text: logical.text + logical.eol + next.text, match: logical.match + logical.eol + next.match, eol: next.eol };
      }
    }
    out.push(logical);
  }
  return out;
}
