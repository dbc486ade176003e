/**
 * Clause references: the printed path to a clause, 第三部分 / 第二条第三款 / 第（二）项 / （五）, after a cited document
 * (《要点》第三部分, 国办发〔2020〕17号文件第二条), after a word that points into the citing notice (本通知第三条,
 * 上述第（二）项, 本条第二款), or alone (第三部分). Works on the width- and script-folded text, so offsets are the
 * source's. Which clause a path names is decided later, against the cited text (scripts/corpus/link.ts).
 */
import type { ClausePointer } from '../../../src/model/notice.ts';
import { parseChineseNumeral } from './numerals.ts';

const NUMERAL = '[一二三四五六七八九十百零〇两0-9]+';
const UNIT = '(部分|章|节|条|款|项|点|目)';
/** 第三部分, 第2条 — a step that can stand alone. */
const COUNTED = new RegExp(`第(${NUMERAL})${UNIT}`, 'y');
/** （二）, 第（二）项 — a bracketed step: alone only with 第 before it or a unit after it. */
const BRACKETED = new RegExp(`(第)?[（(](${NUMERAL})[）)]${UNIT}?`, 'y');
/** Words that point into the citing notice: 本通知 the file's notice, 本条/上述 near the citing clause, the rest its document. */
const SELF =
  /(本(?:通知|实施方案|方案|要点|办法|规定|意见|文件|细则|制度|规则)|本(?:部分|章|节|条|款)|上述|前述|上文|前文)/y;
const NEAR = /^(本(?:部分|章|节|条|款)|上述|前述|上文|前文)$/;
/** Between a cited document and the clause path: 国办发〔2020〕17号文件第二条, 《要点》的第三部分. */
const AFTER_DOCUMENT = /\s*(?:文件|文)?(?:的)?/y;
/** Between two paths citing the same document: 第四十九条、第五十条. */
const CONTINUATION = /[、，,和及与或至到]\s*/y;

/**
 * A path without a pointing word must start with 第X部分, 第X条 or 第（X）项: 第二章 alone is a chapter heading run into
 * the text (lost line breaks), 第一项加第二项 rows of a statistics table.
 */
const STANDS_ALONE = (step: ClausePointer) => step.unit === '部分' || step.unit === '条' || step.bracketed;

export interface ClausePath {
  start: number;
  end: number;
  steps: ClausePointer[];
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * The clause path at `at`, or null. `loose`: a bare （五） counts (after a document or a pointing word); a path
 * that starts alone must start with 第.
 */
export function readClausePath(folded: string, at: number, loose: boolean): ClausePath | null {
  const steps: ClausePointer[] = [];
  let end = at;
  for (;;) {
    const counted = sticky(COUNTED, folded, end);
    const bracketed = counted ? null : sticky(BRACKETED, folded, end);
    const match = counted ?? bracketed;
    if (!match) break;
    if (bracketed && !bracketed[1] && !bracketed[3] && !loose && steps.length === 0) break;
    const ordinal = parseChineseNumeral(counted ? counted[1]! : bracketed![2]!);
    if (ordinal === null || ordinal === 0) break;
    const unit = (counted ? counted[2] : bracketed![3]) ?? null;
    steps.push({
      printed: match[0],
      unit: unit as ClausePointer['unit'],
      ordinal,
      bracketed: bracketed !== null,
    });
    end += match[0].length;
  }
  return steps.length ? { start: at, end, steps } : null;
}

/** A clause path right after a cited document ending at `end` (国办发〔2020〕17号|文件第二条). */
export function clausePathAfterDocument(folded: string, end: number): ClausePath | null {
  const gap = sticky(AFTER_DOCUMENT, folded, end)![0].length;
  const path = readClausePath(folded, end + gap, true);
  return path && { ...path, start: end };
}

/** A further path after one that ended at `end` (…第四十九条、|第五十条), citing the same document. */
export function continuedClausePath(folded: string, end: number): ClausePath | null {
  const gap = sticky(CONTINUATION, folded, end);
  if (!gap) return null;
  const path = readClausePath(folded, end + gap[0].length, false);
  return path && { ...path, start: end + gap[0].length };
}

/** A reference into the citing notice at `at`: 本通知第三条, 上述（二）, 第三部分. */
export function selfClausePath(
  folded: string,
  at: number,
): (ClausePath & { within: 'near' | 'document' | 'notice' }) | null {
  const word = sticky(SELF, folded, at);
  const path = readClausePath(folded, at + (word?.[0].length ?? 0), word !== null);
  if (!path || (word === null && !STANDS_ALONE(path.steps[0]!))) return null;
  const within =
    word === null ? 'document' : word[0] === '本通知' ? 'notice' : NEAR.test(word[0]) ? 'near' : 'document';
  return { ...path, start: at, within };
}
