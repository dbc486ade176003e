/**
 * Stage 4: GB/T 9704-2012 metadata of a component, read from its parts: 标题, 发文字号, 发文机关 (署名, else the title's
 * "X关于…" prefix, else the 版头 "X文件"), 主送机关, 成文日期, 附注, 抄送, 印发日期, and the 文种 the title ends with.
 */
import type { Part } from '../../../../src/model/notice.ts';
import { foldWidth } from '../../../../src/model/width.ts';
import { findDates, parseDate } from '../../recognise/dates.ts';
import { findDocumentNumbers } from '../../recognise/document-number.ts';
import { genreOf } from '../../recognise/genres.ts';
import type { DraftComponent } from '../03-split/split-documents.ts';

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

export function componentMetadata({ front, back, documentNumber: number }: DraftComponent): ComponentMetadata {
  const parts = [...front, ...back];
  const title = texts(front, 'title').join('') || null;
  const documentNumber = number?.documentNumber ?? null;
  const signature = texts(back, 'signature').join('') || null;
  const titleIssuer = title ? (/^(.{2,40}?)(关于|關於)/.exec(title)?.[1] ?? null) : null;
  const markIssuer = texts(front, 'issuerMark')[0]?.replace(/\s*文\s*件$/, '') || null;
  const dateLine = texts(back, 'date')[0];
  return {
    title,
    documentNumber,
    issuer: signature ?? titleIssuer ?? markIssuer,
    signedDate: dateLine ? parseDate(foldWidth(dateLine)) : null,
    addressees: texts(parts, 'addressees').join('') || null,
    notes: texts(back, 'note').map((n) => n.replace(/^[（(]|[）)]$/g, '')),
    genre: genreOf(title),
  };
}

/** The value of a portal field ("发布日期:2020-07-26"), read from the line after a bare "发布日期：" label too. */
function portalField<T>(parts: Part[], label: RegExp, read: (value: string) => T | undefined): T | null {
  const noise = parts.filter((part) => part.role === 'noise');
  for (const [i, part] of noise.entries()) {
    const found = label.exec(part.text);
    if (!found) continue;
    const value =
      read(foldWidth(part.text.slice(found.index + found[0].length))) ??
      (/[:：]\s*$/.test(part.text) ? read(foldWidth(noise[i + 1]?.text ?? '')) : undefined);
    if (value !== undefined) return value;
  }
  return null;
}

/** 发布日期 from the page's portal fields. */
export function publishedDateOf(parts: Part[]): string | null {
  return portalField(parts, /(发布|發布|發佈)(日期|时间|時間)/, (value) => findDates(value)[0]?.iso);
}

/** 发文字号 from the page's portal fields, for a page that prints it nowhere else ("发文字号：绵府办发〔2022〕9号"). */
export function portalDocumentNumberOf(parts: Part[]): string | null {
  return portalField(
    parts,
    /(发文字号|發文字號|文号|文號)\s*[:：]/,
    (value) => findDocumentNumbers(value)[0]?.documentNumber,
  );
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
