/**
 * Bracket depth, the one place it is scanned. Notices nest brackets of every kind inside each other (各乡（镇）政府,
 * 各市〔州〕, （…，以下简称《要点》）), so any opener counts against any closer; titles nest 《》 on their own.
 */

export interface Brackets {
  open: string;
  close: string;
}

/** Parentheses and square brackets of every width and style: they nest with one another. */
export const ROUND: Brackets = { open: '（(〔[【［﹝', close: '）)〕]】］﹞' };
/** Book-title marks: a title may quote another (《关于贯彻落实<…>的通知》 folds to nested 《》). */
export const TITLE: Brackets = { open: '《', close: '》' };

/** Index of the bracket closing the one at `open`, or -1 when it is never closed. */
export function closingBracket(s: string, open: number, brackets: Brackets = ROUND): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (brackets.open.includes(s[i]!)) depth++;
    else if (brackets.close.includes(s[i]!) && --depth === 0) return i;
  }
  return -1;
}

/**
 * Calls `visit(i, depth)` for each index of s[from, to) with the number of brackets open there; a stray closer never
 * drives the depth below zero. Stops early when `visit` returns true, and returns that index (or -1).
 */
export function scanDepth(
  s: string,
  visit: (i: number, depth: number) => boolean | void,
  { from = 0, to = s.length, brackets = ROUND }: { from?: number; to?: number; brackets?: Brackets } = {},
): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const char = s[i]!;
    if (brackets.open.includes(char)) depth++;
    else if (brackets.close.includes(char)) depth = Math.max(0, depth - 1);
    else if (visit(i, depth) === true) return i;
  }
  return -1;
}

/** How many brackets are open at `at`. */
export function depthAt(s: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (ROUND.open.includes(s[i]!)) depth++;
    else if (ROUND.close.includes(s[i]!)) depth = Math.max(0, depth - 1);
  }
  return depth;
}

export interface Span {
  start: number;
  end: number;
}

/** Pieces of s[start, end) between separators outside brackets (各乡（镇）政府 stays whole), trimmed, non-empty. */
export function splitTopLevel(s: string, { start, end }: Span, separators: string): Span[] {
  const pieces: Span[] = [];
  let from = start;
  const push = (to: number) => {
    const piece = s.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (to - trail > from + lead) pieces.push({ start: from + lead, end: to - trail });
  };
  scanDepth(
    s,
    (i, depth) => {
      if (depth === 0 && separators.includes(s[i]!)) {
        push(i);
        from = i + 1;
      }
    },
    { from: start, to: end },
  );
  push(end);
  return pieces;
}

/** A text that is one bracketed group, （…） or 〔…〕, from its first character to its last. */
export function isWhollyBracketed(text: string): boolean {
  const t = text.trim();
  return t.length > 1 && ROUND.open.includes(t[0]!) && closingBracket(t, 0) === t.length - 1;
}
