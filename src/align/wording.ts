/**
 * Shared wording of two clauses, for the comparison pages: a character diff of the printed texts (fast-diff, the
 * diff-match-patch algorithm: Chinese needs no word boundaries, and at thousands of compared clauses it is about
 * three times faster than jsdiff's diffChars), with its semantic cleanup so a highlight is a phrase, not scattered
 * characters. A single common character (的, 和) is not shared wording: only runs of two or more count.
 */
import fastDiff from 'fast-diff';

export type WordingOp = 'same' | 'added' | 'removed';

export interface WordingPiece {
  text: string;
  op: WordingOp;
}

const MIN_SHARED = 2;
const OP = { [fastDiff.EQUAL]: 'same', [fastDiff.INSERT]: 'added', [fastDiff.DELETE]: 'removed' } as const;

/** The diff from the higher (earlier) text to the local (later) one, short common runs counted as changed. */
export function diffWording(higher: string, local: string): WordingPiece[] {
  const pieces: WordingPiece[] = [];
  for (const [op, text] of fastDiff(higher, local, undefined, true)) {
    if (OP[op] !== 'same' || text.length >= MIN_SHARED) pieces.push({ text, op: OP[op] });
    else pieces.push({ text, op: 'removed' }, { text, op: 'added' });
  }
  // Merge neighbours of the same kind so a page shows one <ins> per run.
  return pieces.reduce<WordingPiece[]>((merged, piece) => {
    const last = merged.at(-1);
    if (last?.op === piece.op) last.text += piece.text;
    else merged.push({ ...piece });
    return merged;
  }, []);
}

/** One side of the diff: the local text ('added' and 'same' pieces) or the higher one ('removed' and 'same'). */
export function side(pieces: WordingPiece[], which: 'local' | 'higher'): { text: string; shared: boolean }[] {
  const drop: WordingOp = which === 'local' ? 'removed' : 'added';
  return pieces.filter((p) => p.op !== drop).map((p) => ({ text: p.text, shared: p.op === 'same' }));
}
