/**
 * The excerpt under a search result: a window of the record's ORIGINAL text around the first match, every match in
 * it marked. Matching runs on the aligned fold (src/search/fold.ts), so 营商环境 marks 營商環境 in Leshan's text and
 * 优化营商环境 marks 最佳化營商環境, while the text shown stays exactly as printed (whitespace runs collapsed).
 */
import { foldAligned, type Variant } from './fold.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

export interface ExcerptOptions {
  /** Characters (code units) of context before the first match. */
  before?: number;
  /** Length of the whole window. */
  length?: number;
}

type Span = [start: number, end: number];

/**
 * Source spans of every occurrence of the query (its folded reading) in the text's readings — the same variants
 * the index read the text in (fold.ts variantsFor) — merged where they touch.
 */
export function matchSpans(text: string, query: string, variants: readonly Variant[]): Span[] {
  const spans: Span[] = [];
  if (!query) return spans;
  for (const variant of variants) {
    const aligned = foldAligned(text, variant);
    for (let at = aligned.text.indexOf(query); at !== -1; at = aligned.text.indexOf(query, at + 1)) {
      // Spans only grow along the folded text (fold.test.ts), so the first and last units bound the match.
      spans.push([aligned.starts[at]!, aligned.ends[at + query.length - 1]!]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** Moves an index off the second half of a surrogate pair, so a window never splits a character. */
function boundary(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff ? i - 1 : i;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

export function excerpt(
  text: string,
  query: string,
  variants: readonly Variant[],
  options: ExcerptOptions = {},
): Segment[] {
  const { before = 24, length = 96 } = options;
  const spans = matchSpans(text, query, variants);
  const first = spans[0]?.[0] ?? 0;
  const start = boundary(text, Math.max(0, Math.min(first - before, text.length - length)));
  const end = boundary(text, Math.min(text.length, start + length));

  const segments: Segment[] = [];
  const push = (from: number, to: number, mark: boolean) => {
    if (to > from) segments.push({ text: collapse(text.slice(from, to)), mark });
  };
  let at = start;
  for (const [s, e] of spans) {
    if (e <= start || s >= end) continue;
    push(at, Math.max(at, s), false);
    push(Math.max(at, s), Math.min(e, end), true);
    at = Math.min(e, end);
  }
  push(at, end, false);
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}
