/**
 * Whether a line carries on the paragraph before it. PDF and e-mail dumps hard-wrap prose every 30–40 characters: a
 * line continues the paragraph when the paragraph stops mid-sentence (no closing punctuation), the line is not
 * indented (an indent starts a paragraph), is not a clause number, and neither looks like a heading, a table row or a
 * table cell. A PDF page number between the two halves does not stop it.
 */
import { scanDepth, TITLE } from './brackets.ts';
import { bareSectionNumber, matchMarker } from './markers.ts';
import { PHRASE_PUNCTUATION } from './punctuation.ts';

/** What these tests read of a source line (stages/02-lines SourceLine has it). */
export interface LineLike {
  text: string;
  /** The width-folded copy. */
  match: string;
  /** A chrome verdict: page numbers are 'pageNumber'. */
  noise: string | null;
}

const CLOSES_SENTENCE = /[。；;：:！!？?”’」』）)】〕\]]$/;
/** Words that cannot end a heading: what they govern follows. */
const NEEDS_OBJECT = /(?:对|把|将|与|和|及|的|在|为|向|从|关于|按照|围绕|贯彻|落实|推进|加强)$/;

/** "…对本意见第 / （二）项所列事项…": a clause number cited in prose, cut before by the wrap, is no clause. */
function citesAcrossBreak(last: string, next: string): boolean {
  const marker = matchMarker(next)!;
  return /第$/.test(last) || /^[项款条目](?!目)/.test(next.slice(marker.length));
}

/** Whitespace between cells of a table row; a space inside 《…》 (中共中央办公厅　国务院办公厅印发…) is part of a title. */
const hasCellGap = (line: string) =>
  scanDepth(line, (i, depth) => depth === 0 && /\s/.test(line[i]!), { brackets: TITLE }) >= 0;

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/**
 * Whether `next` continues the paragraph: its text (line breaks included), or its lines. Unwrapping passes the lines,
 * so that a paragraph of 100,000 wrapped lines is never flattened and split again for each line it gains.
 */
export function continues(paragraph: string | readonly string[], next: LineLike | undefined): boolean {
  if (!next || next.noise || !next.match.trim()) return false;
  const lines = typeof paragraph === 'string' ? paragraph.split(LINE_BREAK) : paragraph;
  const start = lines.findIndex((line) => line.trim());
  const last = lines.at(-1)!.trim();
  if (!last || start < 0 || CLOSES_SENTENCE.test(last) || hasCellGap(last)) return false; // a finished sentence, or cells of a table row
  if (/^\s/.test(next.text) || (matchMarker(next.match) !== null && !citesAcrossBreak(last, next.match))) return false;
  const first = lines[start]!.trim();
  // A short line opening with a numeral (三加强监督检查) may be a heading whose 、 is missing: the clause tree decides.
  const marker = matchMarker(first) ?? bareSectionNumber(first);
  // 一、提高对 / 《条例》施行…的认识: a heading cut after a word that needs its object (a database broke it before 《).
  if (marker && NEEDS_OBJECT.test(last) && /^[《“"]/.test(next.match.trim())) return true;
  const punctuated = () =>
    PHRASE_PUNCTUATION.test(first.slice(marker!.length)) ||
    lines.slice(start + 1).some((line) => PHRASE_PUNCTUATION.test(line));
  return !(marker && !punctuated()); // 一、加强用权公开 is a heading
}

/**
 * A page number between two halves of a paragraph (…主动公开重大决策、 / — 1 — / 重要政策落实情况…), blank lines around it
 * allowed: the index of the line that carries the paragraph on, or null. The page number then stays inside the
 * paragraph's text; the display skips it (src/model/text.ts).
 */
export function pageBreakContinuation(lines: LineLike[], at: number): number | null {
  if (lines[at]?.noise !== 'pageNumber') return null;
  let before = at - 1;
  while (before >= 0 && !lines[before]!.match.trim()) before--;
  let after = at + 1;
  while (after < lines.length && !lines[after]!.match.trim()) after++;
  const previous = lines[before];
  return previous && !previous.noise && continues(previous.match, lines[after]) ? after : null;
}
