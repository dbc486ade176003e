/**
 * Shared wording of two clauses, for the comparison pages: a character diff (jsdiff's diffChars: Chinese needs no
 * word boundaries) of the printed texts. A single common character (的, 和) is not shared wording; only runs of two
 * or more count, so a highlight means a phrase taken over.
 */
import { diffChars } from 'diff';

export type WordingOp = 'same' | 'added' | 'removed';

export interface WordingPiece {
  text: string;
  op: WordingOp;
}

const MIN_SHARED = 2;

/** The diff from the higher (earlier) text to the local (later) one, short common runs counted as changed. */
export function diffWording(higher: string, local: string): WordingPiece[] {
  const pieces: WordingPiece[] = [];
  for (const change of diffChars(higher, local)) {
    const value = change.value;
    if (change.added) pieces.push({ text: value, op: 'added' });
    else if (change.removed) pieces.push({ text: value, op: 'removed' });
    else if (value.length >= MIN_SHARED) pieces.push({ text: value, op: 'same' });
    else pieces.push({ text: value, op: 'removed' }, { text: value, op: 'added' });
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

/** Share of the local text that is wording shared with the higher one, 0–1. */
export function sharedShare(pieces: WordingPiece[]): number {
  const local = pieces.filter((p) => p.op !== 'removed');
  const total = local.reduce((n, p) => n + p.text.length, 0);
  return total ? local.filter((p) => p.op === 'same').reduce((n, p) => n + p.text.length, 0) / total : 0;
}
