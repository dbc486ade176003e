/**
 * Chinese clause and date numerals → numbers. The form is validated first because converters guess:
 * chinese-numbers-converter turns 一二零十 or 十十 into some number instead of refusing them.
 */
import ChineseNumber from 'chinese-numbers-converter';
import { foldWidth } from '../../../src/model/width.ts';

// 两/兩 multiply 百/千 or stand alone, but never count units or tens (两十, 十两 are not numerals).
const digit = '[一二三四五六七八九壹贰貳叁肆伍陆陸柒捌玖]';
const multiplier = `(?:[两兩]|${digit})`;
const zero = '[〇零]';
const ten = '[十拾]';
const tens = `(?:${digit}?${ten}${digit}?|[廿卅]${digit}?)`;
const afterHundred = `(?:${digit}${ten}${digit}?|${zero}${digit})?`;
const hundreds = `${multiplier}[百佰]${afterHundred}`;
const thousands = `${multiplier}[千仟](?:${hundreds}|${zero}${digit}${ten}${digit}?|${zero}${digit})?`;
const chineseNumeral = new RegExp(`^(?:${zero}|${multiplier}|${tens}|${hundreds}|${thousands})$`);
const arabicNumeral = /^[0-9０-９]+$/;
const digitString = /^[〇○零0OoＯ一二三四五六七八九]+$/;

/** 十一 → 11, 一百零五 → 105, 廿一 → 21, 壹拾贰 → 12, ３ → 3; null when the form is not a well-made numeral. */
export function parseChineseNumeral(s: string): number | null {
  if (arabicNumeral.test(s)) return Number(foldWidth(s));
  if (!chineseNumeral.test(s)) return null;
  return new ChineseNumber(s).toInteger();
}

/** Digit-by-digit numerals as years are written: 二〇二〇 / 二零二〇 / 二○二○ → 2020. */
export function parseChineseDigits(s: string): number | null {
  if (!digitString.test(s)) return null;
  // ○ (WHITE CIRCLE), the digit 0 and the letter O are typed for 〇, which is the only zero the converter knows.
  return new ChineseNumber(s.replace(/[○0OoＯ]/g, '〇')).toInteger();
}
