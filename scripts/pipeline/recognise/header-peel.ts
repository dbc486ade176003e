/**
 * Lost line breaks in headers and closings: where one source line holds what GB/T 9704 lays out on several — 发文字号 and
 * title, title and 主送, 主送 and the first sentence, 署名 and 成文日期 after the last sentence, a 附注 before the next
 * document, an issued text's title before its first sentence — find where the first element ends, so the splitter can
 * take it as a part and look at the rest of the line again. Every function returns an index into the line, or null.
 */
import { findDates } from './dates.ts';
import { findDocumentNumbers } from './document-number.ts';
import { titleEndings } from './genres.ts';
import { matchMarker, skipSpace } from './markers.ts';
import { leadingChrome } from './chrome.ts';
import { SENTENCE_PUNCTUATION } from './punctuation.ts';
import { COLUMN_NAMES } from './table.ts';
/** How the body of an issued text usually starts (为深入贯彻…, 根据…, 做好今年…, 2020年，…). */
const BODY_START = /^(为|為|根据|根據|按照|深入|做好|近年来|近年來|当前|當前|全面|坚持|堅持|现|現|\d{4}年)/;
const OFFICE =
  /(办公室|辦公室|办公厅|辦公廳|人民政府|政府|领导小组|領導小組|委员会|委員會|管委会|管委會|局|厅|廳|委|办|辦|中心)$/;
/** A leader's signature on a decree (总理 李克强). */
const LEADER =
  /^(总理|總理|主席|省长|省長|市长|市長|县长|縣長|区长|區長|主任|局长|局長|厅长|廳長|部长|部長)[ \u3000]+\p{Script=Han}{2,4}$/u;

/**
 * 发文字号 at the start of the line with more after it — a decree's (中华人民共和国国务院令第711号…) too, or the number
 * in brackets left at the start once the title before it was taken ((池政〔2017〕101号)…): where it ends.
 */
export function leadingDocumentNumber(match: string): number | null {
  const first = findDocumentNumbers(match)[0];
  if (!first) return null;
  const bracketed = /^\s*[（(]\s*$/.test(match.slice(0, first.start));
  const close = bracketed ? /^\s*[）)]/.exec(match.slice(first.end)) : null;
  if (!close && first.start !== skipSpace(match)) return null;
  const end = first.end + (close?.[0].length ?? 0);
  return match.slice(end).trim() ? end : null;
}

/** A title directly followed by its 发文字号 (…的通知国办发〔2020〕17号…, …的实施意见(池政〔2017〕101号)): where the title ends. */
export function titleBeforeDocumentNumber(match: string, isTitleLike: (text: string) => boolean): number | null {
  const first = findDocumentNumbers(match)[0];
  if (!first || first.kind !== 'document' || first.start === skipSpace(match)) return null;
  const open = /[（(]\s*$/.exec(match.slice(0, first.start));
  const end = open && /^\s*[）)]/.test(match.slice(first.end)) ? open.index : first.start;
  return isTitleLike(match.slice(0, end).trim()) ? end : null;
}

/** A title followed by portal fields (…的通知 发布时间：2018-05-20 来源：…): where the title ends. */
export function titleBeforeChrome(match: string): number | null {
  const start = skipSpace(match);
  for (const end of titleEndings(match, start, start + 90)) {
    const title = match.slice(start, end);
    if (/^\s/.test(match.slice(end)) && !SENTENCE_PUNCTUATION.test(title) && leadingChrome(match.slice(end)) !== null)
      return end;
  }
  return null;
}

/** A letter's title run into its 主送 (…的通知各乡（镇）人民政府…：): where the title ends. */
export function titleBeforeAddressees(match: string, startsWithAddressees: (rest: string) => boolean): number | null {
  const start = skipSpace(match);
  let found: number | null = null;
  for (const end of titleEndings(match, start, start + 90)) {
    const title = match.slice(start, end);
    const rest = match.slice(end);
    if (
      /(关于|關於)/.test(title) &&
      !SENTENCE_PUNCTUATION.test(title) &&
      ADDRESSEE_LEAD.test(rest) &&
      startsWithAddressees(rest)
    )
      found = end;
  }
  return found;
}

/** 主送 lists open with 各…, or with a government or its departments. */
const ADDRESSEE_LEAD = /^\s*(各|省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉|国务院|國務院|中央|局|委|厅|廳|机关|機關|本)/;

/** 抄送 run in after the last sentence (…年度报告予以公开。抄送：县委办…): where 抄送 starts. */
export function inlineCc(match: string): number | null {
  const m = /[。；]\s*(抄\s*[送報报]\s*[：:])/.exec(match);
  return m ? m.index + m[0].length - m[1].length : null;
}

/** 印发机关和印发日期 at the end of a 抄送 line (…县检察院。友谊县人民政府办公室 2020年9月17日印发): where the imprint starts. */
export function trailingImprint(match: string): number | null {
  const m = /[。；]\s*([^。；，,]{2,30}?\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*印[发發])\s*$/.exec(match);
  return m && m.index + m[0].length - m[0].trimStart().length + 1 < match.length
    ? match.length - m[0].length + m[0].indexOf(m[1])
    : null;
}

/** A title, spaces, then the first clause (长春市2018年政务公开工作要点 一、推进…): where the clause starts. */
export function titleBeforeClause(match: string, isTitleLike: (text: string) => boolean): number | null {
  const gap = /\s+/g;
  for (let m = gap.exec(match); m; m = gap.exec(match)) {
    const after = m.index + m[0].length;
    if (m.index > 0 && matchMarker(match, after) !== null && isTitleLike(match.slice(0, m.index).trim())) return after;
  }
  return null;
}

/** An issued text's title run into its first sentence (…工作要点做好今年政务公开工作…): where the title ends. */
export function titleBeforeBody(match: string): number | null {
  const start = skipSpace(match);
  for (const end of titleEndings(match, start, start + 60)) {
    const title = match.slice(start, end);
    if (
      title.length >= 6 &&
      !/[。；;！!？?，,：:《》]/.test(title) &&
      BODY_START.test(match.slice(skipSpace(match, end)))
    )
      return end;
  }
  return null;
}

/**
 * 署名 and 成文日期 on one line — the whole line (吉林省人民政府办公厅　2014年4月25日), or right after the last sentence
 * (…遵照执行。吉林省人民政府办公厅2014年4月25日…): [signature start, date start, date end].
 */
export function signatureAndDate(match: string, issuers: string[] = []): [number, number, number] | null {
  for (const date of findDates(match)) {
    const before = match.slice(0, date.start).trimEnd();
    // The last sentence, or a responsibility note closing it (…完成时限：2017年12月底前）枫川镇人民政府2017年3月28日).
    const sentenceEnd = Math.max(
      before.lastIndexOf('。'),
      before.lastIndexOf('；'),
      before.lastIndexOf('）'),
      before.lastIndexOf(')'),
    );
    if (sentenceEnd < 0 && match.slice(date.end).trim() !== '') continue; // a line's own signature ends with its date
    const signature = before.slice(sentenceEnd + 1).trim();
    const signs = OFFICE.test(signature) || LEADER.test(signature);
    if (signature.length >= 2 && signature.length <= 30 && signs && !/[，,、：:（(《]/.test(signature))
      return [skipSpace(match, sentenceEnd + 1), date.start, date.end];
    // A known issuer glued to the date after an 附件说明 (…附件：1.…2.…工作流程平潭综合实验区管委会办公室2015年7月31日…).
    for (const issuer of issuers) {
      const at = before.length - issuer.length;
      if (issuer.length >= 4 && at > 0 && before.endsWith(issuer) && /附\s*件/.test(before.slice(sentenceEnd + 1)))
        return [at, date.start, date.end];
    }
    // A date alone after the last sentence, at the end of the line (…负责解释。 二0一0年三月十七日): no signature.
    if (sentenceEnd >= 0 && signature === '' && match.slice(date.end).trim() === '' && /[。；;]$/.test(before))
      return [date.start, date.start, date.end];
  }
  return null;
}

/** A 附注 such as （此件公开发布） followed by more text: where it ends. */
export function leadingNote(match: string): number | null {
  const m = /^\s*[（(](此件|本件|此文|本文)[^（）()]{1,20}[）)]/.exec(match);
  return m && match.slice(m[0].length).trim() ? m[0].length : null;
}

// A header row of column names, their characters maybe spaced out (工 作 任 务牵头单位责　任　单　位工　作　要　求).
const COLUMN_NAME = COLUMN_NAMES.map((name) => [...name].join('[ \\u3000]*')).join('|');
const TABLE_HEADER = new RegExp(`(?:${COLUMN_NAME})(?:[ \\u3000]*(?:${COLUMN_NAME})){2,}`);

/**
 * A table's title and its header row run together (…主要任务分解表工 作 任 务牵头单位责 任 单 位工 作 要 求一、…):
 * [where the title ends, where the header ends], or null.
 */
export function titleBeforeTableHeader(match: string): [number, number] | null {
  const m = TABLE_HEADER.exec(match);
  if (!m) return null;
  const title = match.slice(skipSpace(match), m.index).trim();
  return title.length >= 4 && title.length <= 90 && !SENTENCE_PUNCTUATION.test(title)
    ? [m.index, m.index + m[0].length]
    : null;
}

/**
 * An attachment that starts inside a line that lost its breaks, after the last sentence of what precedes it:
 * …责任人责任。附件：政府信息公开工作年度报告格式模板 一、总体情况… / 附件1应主动公开政府信息的单位名单一、区直单位… /
 * 附件2平潭综合实验区主动公开政府信息工作规程为贯彻落实… — [label start, label end] when a title follows the label, or
 * null. An 附件说明 that lists the attachments (附件：1.…2.…) or names one document (附件：《…》) is not an attachment's start.
 */
export function inlineAttachment(match: string, isTitleLike: (text: string) => boolean): [number, number] | null {
  for (const m of match.matchAll(/(?<=^|[。；;！!？?）)]\s*|\s)附\s*件\s*\d{0,2}\s*[：:]?\s*/g)) {
    const from = m.index + m[0].length;
    const rest = match.slice(from);
    if (/^\d\s*[.．、]|^[《<]/.test(rest)) continue;
    let end = titleBeforeClause(rest, isTitleLike);
    if (end !== null) end = from + rest.slice(0, end).trimEnd().length;
    else {
      const glued = titleBeforeGluedHeading(rest, isTitleLike);
      const body = titleBeforeBody(rest);
      end = glued !== null ? from + glued : body !== null ? from + body : null;
    }
    if (end !== null && end > from) return [m.index, from];
  }
  return null;
}

/** An attachment's title glued to its first heading (应主动公开政府信息的单位名单一、区直单位…): where the title ends. */
export function titleBeforeGluedHeading(match: string, isTitleLike: (text: string) => boolean): number | null {
  const glued = /^\s*[^。；;，,：:\s]{4,60}?(?=一[、．.])/.exec(match);
  return glued && isTitleLike(glued[0].trim()) ? glued[0].length : null;
}

/** 附件说明 run in after the last sentence (…后填报。 附件：1.…): where it starts. */
export function inlineAttachmentList(match: string): number | null {
  const m = /(?<=[。；;！!？?]\s*)附\s*件\s*[：:]\s*(?:1\s*[.．、]|《)/.exec(match);
  return m ? m.index : null;
}
