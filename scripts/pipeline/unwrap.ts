/**
 * Paragraphs hard-wrapped across lines — PDF and e-mail dumps cut prose every 30–40 characters — become one logical
 * line. Its text is the exact source span, line breaks included, so offsets and losslessness hold; only the display
 * (to-mdx) drops the breaks.
 *
 * A line continues on the next one when it stops mid-sentence (no closing punctuation), the next line is not indented
 * (an indent starts a paragraph), is not a clause number, and neither looks like a heading or a table row.
 */
import type { SourceLine } from './normalize.ts';
import { matchMarker } from './markers.ts';

const CLOSES_SENTENCE = /[。；;：:！!？?”’」』）)】〕\]]$/;
const SENTENCE_PUNCTUATION = /[。；;，,！!？?]/;

function continuesOnNext(logical: SourceLine, next: SourceLine | undefined): boolean {
  if (!next || next.noise || !next.match.trim()) return false;
  if (next.offset !== logical.offset + logical.text.length + logical.eol.length) return false; // not the next source line
  const first = logical.match.trim();
  const last = logical.match.split(/\r\n|[\n\r\u2028\u2029]/).at(-1)!.trim();
  if (!last || CLOSES_SENTENCE.test(last) || /\s/.test(last)) return false; // a finished sentence, or cells of a table row
  if (/^\s/.test(next.text) || matchMarker(next.match) !== null) return false;
  const marker = matchMarker(first);
  return !(marker && !SENTENCE_PUNCTUATION.test(first.slice(marker.length))); // 一、加强用权公开 is a heading
}

export function unwrapParagraphs(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let logical = lines[i];
    while (continuesOnNext(logical, lines[i + 1])) {
      const next = lines[++i];
      logical = { ...logical, text: logical.text + logical.eol + next.text, match: logical.match + logical.eol + next.match, eol: next.eol };
    }
    out.push(logical);
  }
  return out;
}
