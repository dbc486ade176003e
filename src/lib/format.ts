/** Display formats for dates and deadlines, as printed in Chinese official documents (2020年8月12日, no zero padding). */
import type { Notice, Responsibility } from '../model/notice.ts';

/** '2020-08-12' → '2020年8月12日'. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The date a notice is listed and sorted by: 成文日期, else the portal 发布日期, else 印发日期. */
export function noticeDate(notice: Pick<Notice, 'signedDate' | 'publishedDate' | 'printedDate'>): string | null {
  return notice.signedDate ?? notice.publishedDate ?? notice.printedDate;
}

/** Newest first; notices without any date last; ties by id so builds are reproducible. */
export function compareNewestFirst(
  a: Pick<Notice, 'id' | 'signedDate' | 'publishedDate' | 'printedDate'>,
  b: Pick<Notice, 'id' | 'signedDate' | 'publishedDate' | 'printedDate'>,
): number {
  const da = noticeDate(a) ?? '';
  const db = noticeDate(b) ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Deadlines ascending, 'ongoing' after every date, unknown last. */
export function compareDeadlines(a: Responsibility['deadlineDate'], b: Responsibility['deadlineDate']): number {
  const rank = (d: typeof a) => (d === null ? '~2' : d === 'ongoing' ? '~1' : d);
  const ra = rank(a);
  const rb = rank(b);
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/** A one-line preview of clause text: cut at `max` characters (code points, so no half surrogate pairs). */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
