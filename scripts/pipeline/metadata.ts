/**
 * GB/T 9704-2012 metadata of a component, read from its parts: 标题, 发文字号, 发文机关 (署名, else the title's
 * "X关于…" prefix), 主送机关, 成文日期, 附注, 抄送, 印发日期, and the 文种 the title ends with.
 */
import type { Part } from '../../src/schemas/notice.ts';
import { findDocumentNumbers } from './document-number.ts';
import { findDates, parseDate } from './dates.ts';
import { foldWidth } from './normalize.ts';

/** 文种: the 15 of the 党政机关公文处理工作条例 plus the issued-text genres of this domain; longest first. */
const GENRES = [
  '实施方案', '工作方案', '工作要点', '工作计划', '实施意见', '指导意见', '实施细则', '管理办法',
  '通知', '通报', '意见', '决定', '决议', '命令', '公报', '公告', '通告', '报告', '请示', '批复', '议案', '函', '纪要',
  '要点', '方案', '计划', '规划', '办法', '规定', '细则', '规则', '指引', '指南', '清单', '目录',
];
/** Traditional spellings of the genre words, so 要點 reads as 要点. */
const TRADITIONAL: Record<string, string> = { 點: '点', 劃: '划', 規: '规', 則: '则', 辦: '办', 決: '决', 議: '议', 報: '报', 請: '请', 綱: '纲', 單: '单', 錄: '录', 見: '见', 細: '细', 實: '实', 導: '导', 紀: '纪', 範: '范' };

/** The 文种 a title ends with (the last genre word in it: "要点及重点任务分工" is a 要点). */
export function genreOf(title: string | null): string | null {
  if (!title) return null;
  const simplified = [...title].map((c) => TRADITIONAL[c] ?? c).join('');
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

const texts = (parts: Part[], role: Part['role']) => parts.filter((p) => p.role === role).map((p) => p.text.trim());

export interface ComponentMetadata {
  title: string | null;
  documentNumber: string | null;
  issuer: string | null;
  signedDate: string | null;
  addressees: string | null;
  notes: string[];
  genre: string | null;
}

export function componentMetadata(front: Part[], back: Part[]): ComponentMetadata {
  const parts = [...front, ...back];
  const title = texts(front, 'title').join('') || null;
  const numberLine = texts(front, 'documentNumber')[0];
  const documentNumber = numberLine ? (findDocumentNumbers(numberLine)[0]?.documentNumber ?? null) : null;
  const signature = texts(back, 'signature').join('') || null;
  const titleIssuer = title ? /^(.{2,40}?)(关于|關於)/.exec(title)?.[1] ?? null : null;
  const dateLine = texts(back, 'date')[0];
  return {
    title,
    documentNumber,
    issuer: signature ?? titleIssuer,
    signedDate: dateLine ? parseDate(foldWidth(dateLine)) : null,
    addressees: texts(parts, 'addressees').join('') || null,
    notes: texts(back, 'note').map((n) => n.replace(/^[（(]|[）)]$/g, '')),
    genre: genreOf(title),
  };
}

/** 发布日期 from a portal line ("发布日期:2020-07-26"). */
export function publishedDateOf(parts: Part[]): string | null {
  for (const part of parts) {
    if (part.role !== 'noise' || !/(发布|發布|发文|成文)(日期|时间|時間)/.test(part.text)) continue;
    const date = findDates(foldWidth(part.text))[0];
    if (date) return date.iso;
  }
  return null;
}

/** 印发日期 from the imprint line ("…2020年9月17日印发"). */
export function printedDateOf(parts: Part[]): string | null {
  const imprint = texts(parts, 'imprint')[0];
  return imprint ? (findDates(foldWidth(imprint)).at(-1)?.iso ?? null) : null;
}

/** 抄送 as one string, without its label. */
export function ccOf(parts: Part[]): string | null {
  const cc = texts(parts, 'cc').join(' '); // a wrapped 抄送 list: the line break separated two units
  return cc ? cc.replace(/^抄\s*[送報报]\s*[：:]\s*/, '') : null;
}
