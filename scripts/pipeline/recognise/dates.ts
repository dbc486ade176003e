/**
 * Dates as notices print them (成文日期, 印发日期, portal 发布日期) and 完成时限 as task tables print them.
 * Matching runs on a width-folded copy of the same length, so offsets found there are offsets in the source.
 */
import { toSimplified } from '../../../src/model/script.ts';
import { foldWidth } from '../../../src/model/width.ts';
import { parseChineseDigits, parseChineseNumeral } from './numerals.ts';

// 〇 is also typed as ○ (WHITE CIRCLE), the digit 0 or the letter O (二0一0年, 二O一一年): a year written in Han digits
// still has a Han digit besides them, so 2O2O is no year.
const HAN_DIGIT = '[〇○零0OoＯ一二三四五六七八九]';
const HAN_YEAR = `(?=[0OoＯ]*[〇○零一二三四五六七八九])${HAN_DIGIT}{4}`;
const HAN_NUMBER = '[〇零一二三四五六七八九十廿卅]{1,3}';
const YEAR = `(?<year>\\d{4}|${HAN_YEAR})`;
const WRITTEN = `${YEAR}\\s*年\\s*(?<month>\\d{1,2}|${HAN_NUMBER})\\s*月\\s*(?<day>\\d{1,2}|${HAN_NUMBER})\\s*日`;
const NUMERIC = '(?<nyear>\\d{4})(?<sep>[-./－．／])(?<nmonth>\\d{1,2})\\k<sep>(?<nday>\\d{1,2})(?!\\d)';
const DATE = `(?:${WRITTEN}|${NUMERIC})`;
const WHOLE_DATE = new RegExp(`^\\s*${DATE}\\s*$`);
const DATES = new RegExp(`(?<![\\d〇○零一二三四五六七八九])${DATE}`, 'g');

function parseYear(s: string): number | null {
  return /^\d{4}$/.test(s) ? Number(s) : parseChineseDigits(s);
}

/** 'YYYY-MM-DD' when year/month/day make a real calendar day. */
function isoDate(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null;
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromGroups(groups: Record<string, string | undefined>): string | null {
  if (groups.year !== undefined)
    return isoDate(parseYear(groups.year), parseChineseNumeral(groups.month!), parseChineseNumeral(groups.day!));
  return isoDate(Number(groups.nyear), Number(groups.nmonth), Number(groups.nday));
}

/** A whole date expression → 'YYYY-MM-DD': 2020年8月12日, ２０１４年４月２５日, 二〇二〇年八月十二日, 2020-07-26, 2020.7.26. */
export function parseDate(s: string): string | null {
  const m = WHOLE_DATE.exec(foldWidth(s));
  return m ? fromGroups(m.groups!) : null;
}

export interface DateMatch {
  start: number;
  end: number;
  raw: string;
  iso: string;
}

/** Every real calendar date in the text, with its span in the source. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of foldWidth(text).matchAll(DATES)) {
    const iso = fromGroups(m.groups!);
    if (iso === null) continue;
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, raw: text.slice(m.index, end), iso });
  }
  return found;
}

// Standing tasks, and recurring ones (每季度末, 每月): no last day, due again and again.
const ONGOING =
  /^(?:(?:长期|持续|常态化|常年)(?:坚持|推进|开展|实施|执行|落实|推动)?|每(?:年|半年|季|季度|月|周)(?:末|底|初)?(?:前)?(?:完成|更新|公开)?)$/;
const PRINTED_YEAR = new RegExp(`^(?:\\d{4}|${HAN_YEAR})年`);
const RANGE = /^(?<from>.+?)(?:至|到|—+|～|~)(?<to>.+)$/;
const DEADLINE = new RegExp(
  `^(?:(?<year>\\d{4}|${HAN_YEAR})年)?(?:` +
    [
      '(?<yearEnd>年?[底末内终])',
      '(?<half>[上下])半年(?:末|底)?',
      '第?(?<quarter>[一二三四1-4])季度(?:末|底)?',
      `(?<month>\\d{1,2}|${HAN_NUMBER})月份?(?:(?<day>\\d{1,2}|${HAN_NUMBER})[日号]|(?<part>底|末|上旬|中旬|下旬))?`,
    ].join('|') +
    ')?(?:之前|以前|前)?(?:完成)?$',
);
const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };
const TEN_DAYS_END: Record<string, number> = { 上旬: 10, 中旬: 20 };

/**
 * 完成时限 as printed → 'YYYY-MM-DD' (the last day it allows), 'ongoing' for standing tasks, or null when it
 * names no date (按要求). Recurring deadlines (每季度末) are 'ongoing' too. `year` stands in when the deadline prints none (年底前, 三季度).
 */
export function parseDeadline(s: string, year: number | null = null): string | 'ongoing' | null {
  let deadline = toSimplified(foldWidth(s))
    .replace(/\s+/g, '')
    .replace(/[。；;，,、.]+$/, '');
  if (ONGOING.test(deadline)) return 'ongoing';
  // A period made precise in brackets (一季度（3月31日前）, 2020年底前（12月20日前）): the bracket's day, in the period's year.
  const refined = /^(?<period>.+?)[（(](?<day>[^（）()]+)[）)]$/.exec(deadline);
  if (refined) {
    const { period, day } = refined.groups!;
    const printedYear = PRINTED_YEAR.exec(period!)?.[0];
    return (
      parseDeadline(PRINTED_YEAR.test(day!) || !printedYear ? day! : printedYear + day, year) ??
      parseDeadline(period!, year)
    );
  }
  // A range (2020年6月至12月) is due at its end, which inherits the start's year.
  const range = RANGE.exec(deadline);
  if (range) {
    const { from, to } = range.groups!;
    deadline = PRINTED_YEAR.test(to!) ? to! : (PRINTED_YEAR.exec(from!)?.[0] ?? '') + to;
  }
  const m = DEADLINE.exec(deadline);
  if (!m || m[0] === '') return null;
  const g = m.groups!;
  const y = g.year !== undefined ? parseYear(g.year) : year;
  if (y === null) return null;
  if (g.half) return g.half === '上' ? isoDate(y, 6, 30) : isoDate(y, 12, 31);
  if (g.quarter) {
    const month = QUARTER_END[g.quarter]!;
    return isoDate(y, month, lastDay(y, month));
  }
  if (g.month !== undefined) {
    const month = parseChineseNumeral(g.month);
    if (month === null || month < 1 || month > 12) return null;
    if (g.day !== undefined) return isoDate(y, month, parseChineseNumeral(g.day));
    return isoDate(y, month, TEN_DAYS_END[g.part ?? ''] ?? lastDay(y, month));
  }
  // 年底前, 年内, or a bare "2020年" (前 alone is no deadline).
  if (g.yearEnd === undefined && g.year === undefined) return null;
  return isoDate(y, 12, 31);
}

/**
 * A date whose 年/月/日 a page stripped (2020610 for 2020年6月10日): 'YYYY-MM-DD' when the digits split into exactly
 * one calendar day, else null (2020111 could be 1月11日 or 11月1日).
 */
export function parseCompactDate(s: string): string | null {
  const m = /^\s*((?:19|20)\d{2})(\d{3,4})\s*$/.exec(foldWidth(s));
  if (!m) return null;
  const [year, rest] = [Number(m[1]), m[2]!];
  const splits = rest.length === 4 ? [2] : [1, 2];
  const days = splits
    .map((at) => isoDate(year, Number(rest.slice(0, at)), Number(rest.slice(at))))
    .filter((d) => d !== null);
  return days.length === 1 ? days[0]! : null;
}
