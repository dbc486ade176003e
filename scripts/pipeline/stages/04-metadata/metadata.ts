/**
 * Stage 4: GB/T 9704-2012 metadata of a component, read from its parts: 标题, 发文字号, 发文机关 (署名, else the title's
 * "X关于…" prefix, else the 版头 "X文件"), 主送机关, 成文日期, 附注, 抄送, 印发日期, and the 文种 the title ends with.
 */
import { type Part, type Status, UNKNOWN_STATUS } from '../../../../src/model/notice.ts';
import { toSimplified } from '../../../../src/model/script.ts';
import { foldWidth } from '../../../../src/model/width.ts';
import { findDates, parseCompactDate, parseDate } from '../../recognise/dates.ts';
import { findDocumentNumbers, looseDocumentNumber } from '../../recognise/document-number.ts';
import { endsLikeTitle, genreOf } from '../../recognise/genres.ts';
import { blankJammer, dropLostIndent, dropResidue } from '../../recognise/residue.ts';
import { titleText } from '../../recognise/title-text.ts';
import { printedStatus } from '../../recognise/validity.ts';
import type { DraftComponent } from '../03-split/split-documents.ts';

const texts = (parts: Part[], role: Part['role']) =>
  parts.filter((p) => p.role === role).map((p) => blankJammer(dropLostIndent(p.text.trim())).trim());

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
  const title = titleText(texts(front, 'title')) || null;
  const documentNumber = number?.documentNumber ?? null;
  // A report signs under its title (泗阳县政务公开办 / （2016年3月2日）), a letter at its end.
  const signature = texts(back, 'signature').join('') || texts(front, 'signature').join('') || null;
  const titleIssuer = title ? (/^(.{2,40}?)(关于|關於)/.exec(title)?.[1] ?? null) : null;
  const markIssuer = texts(front, 'issuerMark')[0]?.replace(/\s*文\s*件$/, '') || null;
  // Under the title in brackets when nobody signs.
  const dateLine = texts(back, 'date')[0] ?? texts(front, 'date')[0]?.replace(/^[（(]\s*|\s*[）)]$/g, '');
  return {
    title,
    documentNumber,
    issuer: signature ?? titleIssuer ?? markIssuer,
    signedDate: dateLine ? (parseDate(foldWidth(dateLine)) ?? parseCompactDate(dateLine)) : null,
    addressees: texts(parts, 'addressees').join('') || null,
    notes: texts(back, 'note').map((n) => n.replace(/^[（(]|[）)]$/g, '')),
    genre: genreOf(title),
  };
}

/** What a page's metadata fields (its portal table, a crawler's header) say of the notice. */
export interface PortalFields {
  title: string | null;
  documentNumber: string | null;
  issuer: string | null;
  signedDate: string | null;
  publishedDate: string | null;
  /** 有效性 / 时效性 as printed (有效, 失效, 废止…). */
  validity: string | null;
}

/** A label whose characters a table may space out (索 引 号) and a Traditional page prints in its script. */
const spaced = (...labels: string[]) => labels.map((label) => [...label].join('[ \u3000]*')).join('|');

/** The fields read, each with its labels and how its value is read (undefined: nothing usable there). */
const FIELDS: { [K in keyof PortalFields]: { label: string; read: (value: string) => PortalFields[K] | undefined } } = {
  title: {
    label: spaced('标题', '信息名称', '文件名称', '名称'),
    read: (value) => (value.length >= 4 && /\p{Script=Han}/u.test(value) ? dropResidue(value) : undefined),
  },
  documentNumber: {
    label: spaced('发文字号', '文号'),
    read: (value) =>
      findDocumentNumbers(value)[0]?.documentNumber ?? looseDocumentNumber(value.split(/\s+/)[0] ?? '')?.documentNumber,
  },
  issuer: {
    label: spaced('发布机构', '发文机关', '发文机构', '发布单位', '发布机关'),
    read: (value) => (/\p{Script=Han}{2}/u.test(value) && value.length <= 40 ? dropResidue(value) : undefined),
  },
  // 成文日期 is the signed date; a page's 发布日期 or 公开日期 is when it was put online, which is later. Fujian's
  // portals print it as 公文生成日期; a bare 生成日期 is the catalogue entry's and often the day it went online.
  signedDate: { label: spaced('成文日期', '发文日期', '公文生成日期'), read: (value) => findDates(value)[0]?.iso },
  publishedDate: {
    label: `(?:${spaced('发布', '公开')})[ \u3000]*(?:日期|时间)`,
    read: (value) => findDates(value)[0]?.iso,
  },
  validity: {
    label: spaced('有效性', '时效性'),
    read: (value) => (/^[\p{Script=Han}]{2,6}$/u.test(value) ? value : undefined),
  },
};

const ANY_LABEL = new RegExp(
  `(?<=^|[\\s|｜•·●/])((?:${Object.values(FIELDS)
    .map((f) => f.label)
    .join(
      '|',
    )}|${spaced('索引号', '主题分类', '信息分类', '来源', '栏目', '原文链接', '本地目录', '浏览次数', '内容概述', '关键词')}))[ \u3000]*(?:[:：|｜][ \u3000]*|(?=[ \u3000])|$)`,
  'g',
);

/**
 * The fields a page's chrome parts carry: label and value on one line (发布机构：X　　成文日期：2021-06-23), in a table
 * row (文 号 | 江政办〔2022〕1号 | 发文日期 | …), or the value on a line of its own below a lone label (标题 / … / 冠县…
 * 的通知). Labels are matched on the Simplified, width-folded text.
 */
export function portalFields(parts: Part[]): PortalFields {
  const noise = parts.filter((part) => part.role === 'noise');
  const fields: PortalFields = {
    title: null,
    documentNumber: null,
    issuer: null,
    signedDate: null,
    publishedDate: null,
    validity: null,
  };
  const keys = Object.keys(FIELDS) as (keyof PortalFields)[];
  const matchers = keys.map((key) => [key, new RegExp(`^(?:${FIELDS[key].label})$`)] as const);
  for (const [i, part] of noise.entries()) {
    // Labels are found in the Simplified fold; values are read as printed (the fold keeps every offset).
    const printed = foldWidth(dropResidue(part.text));
    const folded = toSimplified(printed);
    const labels = [...folded.matchAll(ANY_LABEL)];
    for (const [k, m] of labels.entries()) {
      const key = matchers.find(([, re]) => re.test(m[1]!.replace(/[ \u3000]/g, '')))?.[0];
      if (!key || fields[key] !== null) continue;
      const from = m.index + m[0].length;
      const to = labels[k + 1]?.index ?? folded.length;
      let value = printed
        .slice(from, to)
        .replace(/[\s|｜]+$/, '')
        .trim();
      // A lone label: its value is the next chrome line.
      if (!value && labels.length === 1) value = foldWidth(dropResidue(noise[i + 1]?.text ?? '')).trim();
      const read = FIELDS[key].read(value) ?? null;
      if (read !== null) (fields as Record<keyof PortalFields, string | null>)[key] = read;
    }
  }
  // A document-sharing page names the file it offers (邹政办字〔2019〕33号:关于印发…的通知.pdf): its 发文字号 and title.
  for (const part of noise) {
    const file = /^(?<name>[^/\\]{6,120})\.(?:pdf|docx?|wps|ofd)$/i.exec(part.text.trim())?.groups?.name;
    if (!file) continue;
    const number = findDocumentNumbers(file)[0];
    const title = (number?.start === 0 ? file.slice(number.end) : file).replace(/^[\s:：_-]+/, '');
    fields.documentNumber ??= number?.start === 0 ? number.documentNumber : null;
    if (endsLikeTitle(title)) fields.title ??= title;
  }
  return fields;
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

/** The status a portal's 有效性 field gives, its printed words kept; an unreadable value says nothing (未知). */
export function portalStatus(validity: string | null): Status {
  const read = validity === null ? null : printedStatus(validity);
  return read ? { ...read, source: 'portal', printed: validity, by: null } : UNKNOWN_STATUS;
}
