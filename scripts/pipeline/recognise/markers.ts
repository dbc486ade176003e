/**
 * Clause number markers of the genre (GB/T 9704 levels 一、 / （一） / 1. / （1）, plus ① in practice).
 * Works on the width-folded matching copy, so １． and 1. are the same marker.
 */
import type { Form } from '../../../src/model/forms.ts';
import { parseChineseNumeral } from './numerals.ts';

export interface Marker {
  form: Form;
  number: number;
  /** Length of the marker as printed (e.g. 3 for （一）, 2 for 一、). */
  length: number;
}

const HAN_NUMERAL = '[一二三四五六七八九十百〇零两廿卅]';
/** The value of a character numbered by its place in a Unicode block (①, ㈠, Ⅰ, A). */
const inBlock =
  (first: number, firstValue = 1) =>
  (digits: string) =>
    digits.codePointAt(0)! - first + firstValue;
const circled = (digits: string) => {
  const code = digits.codePointAt(0)!;
  return code >= 0x3251 ? code - 0x3251 + 21 : code - 0x2460 + 1;
};

/** Each printed form of a number: its form, its pattern (the number's digits in group 1) and how to read them. */
const PATTERNS: { form: Form; re: RegExp; value: (digits: string) => number | null }[] = [
  { form: 'part', re: new RegExp(`^第(${HAN_NUMERAL}{1,4})部分`), value: parseChineseNumeral },
  { form: 'chp', re: new RegExp(`^第(${HAN_NUMERAL}{1,4})章`), value: parseChineseNumeral },
  { form: 'subchp', re: new RegExp(`^第(${HAN_NUMERAL}{1,4})节`), value: parseChineseNumeral },
  { form: 'art', re: new RegExp(`^第(${HAN_NUMERAL}{1,5})条`), value: parseChineseNumeral },
  // 一、 (also 一． / 一. in sloppy text, 一 、 with a stray space, 一,、 with a stray comma); not 一、二季度 (a list of
  // numerals, checked below)
  { form: 'sec', re: new RegExp(`^(${HAN_NUMERAL}{1,4})[ \u3000]?[,，]?[、．.](?![.．])`), value: parseChineseNumeral },
  { form: 'para', re: new RegExp(`^[（(][ \u3000]?(${HAN_NUMERAL}{1,4})[ \u3000]?[）)]`), value: parseChineseNumeral },
  { form: 'para', re: /^([\u3220-\u3229])/, value: inBlock(0x3220) }, // ㈠–㈩, parenthesized ideographs
  { form: 'item', re: /^[（(][ \u3000]?(\d{1,3})[ \u3000]?[）)]/, value: parseChineseNumeral },
  // 1. 1． 1、 1 . — but not a decimal (1.5亿), a list of numbers (1、2月) or a year (2020年); 2.2021年底前… is item 2
  { form: 'point', re: /^(\d{1,3})[ \u3000]?[.．、](?!(?!(?:19|20)\d{2}年)[\d.．])/, value: parseChineseNumeral },
  { form: 'item', re: /^(\d{1,3})[）)]/, value: parseChineseNumeral },
  { form: 'subitem', re: /^([\u2460-\u2473\u3251-\u325f])/, value: circled }, // ①–⑳, ㉑–㉟
  // Ａ．Ｂ． (folded to A.) before Chinese text: a lettered list; "A. The …" in an English line is not one.
  { form: 'alpha', re: /^([A-Z])[.．、](?=\p{Script=Han})/u, value: inBlock(0x41) },
  // Ⅰ． Ⅱ． used for the top level in some attachments.
  { form: 'sec', re: /^([\u2160-\u216b])[ \u3000]?[、．.]/, value: inBlock(0x2160) },
];

const NUMERAL_CHAR = new RegExp(HAN_NUMERAL);
// The characters a number can start with: a numeral, a bracket, 第, a digit, Ⅰ–Ⅻ, ①–⑳/㉑–㉟ or a (folded) letter.
const MARKER_START = /[一二三四五六七八九十百〇零两廿卅（(第\dA-Z\u2160-\u216b\u2460-\u2473\u3251-\u325f\u3220-\u3229]/;
const HAN = /\p{Script=Han}/u;

export function matchMarker(match: string, at = 0): Marker | null {
  if (!MARKER_START.test(match.charAt(at))) return null; // most positions: no slicing, no pattern
  const rest = match.slice(at, at + 200); // numbers are short; the checks below look a line's worth ahead
  if (!HAN.test(rest)) return null; // "1. Online application…" in a bilingual notice is no clause
  for (const { form, re, value } of PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    const length = m[0].length;
    const next = rest.charAt(length);
    // A row of a table flattened with tabs (一、主动公开情况\t—\t—) is no clause; a tab right after the number is.
    if (rest.slice(length).trimStart().includes('\t')) return null;
    if (form === 'sec' && NUMERAL_CHAR.test(next)) return null; // 一、二季度
    // A bare "1." line is not a clause.
    if (next === '' && (form === 'point' || form === 'item' || form === 'subitem' || form === 'alpha')) return null;
    if (
      (form === 'part' || form === 'chp' || form === 'subchp' || form === 'art') &&
      !/[\s\u3000]/.test(next) &&
      next !== ''
    )
      return null; // 第三条规定… is prose
    const number = value(m[1]!);
    if (number === null || number < 1) return null;
    return { form, number, length };
  }
  return null;
}

/** Index of the first non-whitespace character at or after `at`. */
export function skipSpace(text: string, at = 0): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/**
 * A top-level number whose 、 the typist left out (三加强监督检查): a Han numeral run straight into a short heading
 * with no punctuation. Only the clause tree can tell it from prose (三年来…, 一是…), by the number continuing the
 * 一、 sequence; this says what the number would be.
 */
export function bareSectionNumber(match: string): Marker | null {
  const m = new RegExp(
    `^(${HAN_NUMERAL}{1,3})(?![是要个項项年月日季大级類类方条部批次位名期点種种])\\p{Script=Han}`,
    'u',
  ).exec(match);
  if (!m || match.length > 24 || /[\s。；;，,：:！!？?、]/.test(match.trimEnd())) return null;
  const number = parseChineseNumeral(m[1]!);
  return number === null || number < 2 ? null : { form: 'sec', number, length: m[1]!.length };
}
