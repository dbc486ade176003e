/**
 * 文种 words, written once. genreOf reads the 文种 of a title; endsLikeTitle / titleEndings find where a GB/T 9704
 * title ends (its 文种, or 分工 as in …要点及重点任务分工, and a bracketed edition after it). Matching runs on the Simplified fold, which keeps offsets.
 */
import { toSimplified } from '../../../src/model/script.ts';

/** The 15 of the 党政机关公文处理工作条例 plus the issued-text genres of this domain; four-character phrases first. */
const GENRES = [
  '实施方案',
  '工作方案',
  '工作要点',
  '工作计划',
  '实施意见',
  '指导意见',
  '实施细则',
  '管理办法',
  '通知',
  '通报',
  '意见',
  '决定',
  '决议',
  '命令',
  '公报',
  '公告',
  '通告',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
  '要点',
  '方案',
  '计划',
  '规划',
  '办法',
  '规定',
  '细则',
  '规则',
  '指引',
  '指南',
  '清单',
  '目录',
  '制度',
  '规程',
];
/** What a title may print after its 文种: its standing or edition in brackets (…办法（试行）, …指南(2024年)). */
const QUALIFIER = `(?:[（(](?:试行|暂行|修订|修正|草案|征求意见稿|送审稿|(?:19|20)\\d{2}年?(?:版|修订版|修订|度)?)[）)])?`;
// Not 文种 of their own, but what the genre's neighbours end with: a 任务分工 table, a portal's 政策解读 of a notice.
const ENDING = `(?:${[...GENRES, '分工', '解读'].join('|')})${QUALIFIER}`;
const TITLE_END = new RegExp(`${ENDING}$`);
const TITLE_ENDING = new RegExp(ENDING, 'g');

export const endsLikeTitle = (text: string): boolean => TITLE_END.test(toSimplified(text));

/** Offsets in `text` just after each 文种 word found in text[from, to), in order. */
export function titleEndings(text: string, from: number, to: number): number[] {
  return [...toSimplified(text.slice(from, to)).matchAll(TITLE_ENDING)].map((m) => from + m.index + m[0].length);
}

/** The 文种 a title ends with (the last genre word in it: "要点及重点任务分工" is a 要点). */
export function genreOf(title: string | null): string | null {
  if (!title) return null;
  const simplified = toSimplified(title);
  let best: { genre: string; end: number } | null = null;
  for (const genre of GENRES) {
    const at = simplified.lastIndexOf(genre);
    if (at < 0) continue;
    const end = at + genre.length;
    if (!best || end > best.end || (end === best.end && genre.length > best.genre.length)) best = { genre, end };
  }
  if (!best) return null;
  // 实施方案 → 方案, 工作要点 → 要点: browse by the genre, not the phrase.
  return best.genre.length === 4 ? best.genre.slice(2) : best.genre;
}
