/**
 * What a whole line of a notice's header or closing is, by GB/T 9704-2012 §7: 发文机关标志 (…文件), 发文字号, 标题,
 * 主送机关, 发文机关署名, 成文日期, 附注, 附件说明, 抄送, 印发机关和印发日期, 主题词. Each test takes the trimmed,
 * width-folded line; the splitter (stages/03-split) decides from them and from where it is in the notice.
 */
import { SENTENCE_PUNCTUATION } from './punctuation.ts';
import { findDates, parseDate } from './dates.ts';
import { findDocumentNumbers } from './document-number.ts';
import { matchMarker } from './markers.ts';

/** 发文字号 alone on its line (or with its 签发人, on an upward document), maybe in brackets ((黄政办〔2008〕17号)). */
export function isDocumentNumberLine(text: string): boolean {
  const bracketed = /^[（(]\s*(.+?)\s*[）)]$/.exec(text.trim());
  if (bracketed && isDocumentNumberLine(bracketed[1]!)) return true;
  const found = findDocumentNumbers(text);
  if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.kind !== 'document') return false;
  const rest = text.slice(found[0]!.end);
  return rest.trim() === '' || /^\s+签发人/.test(rest);
}

/** A 成文日期 line; redacted digits (2019年X月X日) still close a letter, though they give no date. */
export const isDateLine = (text: string): boolean =>
  parseDate(text) !== null || /^(19|20)\d{2}年[\dXx×Ｘ○〇]{1,2}月[\dXx×Ｘ○〇]{1,2}日$/.test(text);

/**
 * 成文日期 in brackets on a line of its own under the title — how GB/T 9704 prints it for a text with no signature
 * (a 决定, a 规定, a 年度报告): （2014年3月11日）.
 */
export function isBracketedDateLine(text: string): boolean {
  const inner = /^[（(]\s*(.+?)\s*[）)]$/.exec(text.trim())?.[1];
  return inner !== undefined && isDateLine(inner);
}

export const isCcLine = (text: string): boolean => /^抄\s*[送報报]\s*[：:]/.test(text);

export const isSubjectTermsLine = (text: string): boolean => /^主\s*[题題]\s*[词詞]\s*[：:]/.test(text);

/** 发文机关标志 (版头): "龙溪县人民政府办公室文件", the issuers of a joint notice, then 文件. */
export const isIssuerMark = (text: string): boolean =>
  /^\S.{1,60}?(?:政府|办公室|办公厅|辦公室|辦公廳|委员会|委員會|[厅廳局委办辦院部])\s*文\s*件$/.test(text) &&
  !/(关于|關於)/.test(text);

export const isAttachmentLabel = (text: string): boolean =>
  /^附\s*件\s*\d*\s*([：:].*)?$/.test(text) && text.length <= 80;

/** 附注, （此件公开发布）, or a contact note （联系人：…；联系电话：…）. */
export const isNoteLine = (text: string): boolean =>
  (/^[（(][^（）()]{2,40}[）)]$/.test(text) && matchMarker(text) === null && !SENTENCE_PUNCTUATION.test(text)) ||
  /^[（(](联系|聯繫|聯絡)[^（）()]{2,80}[）)]$/.test(text);

/** The next entry (2.…) of a numbered 附件说明 list, right after its label or the entry before. */
export const isListedAttachment = (text: string, afterAttachmentLabel: boolean): boolean =>
  afterAttachmentLabel && matchMarker(text)?.form === 'point' && text.length <= 90 && !SENTENCE_PUNCTUATION.test(text);

/** 附件说明 printed after the signature: 附件：1.… opens a numbered list of this letter's attachments. */
export const opensAttachmentList = (text: string): boolean => /^附\s*件\s*[：:]\s*1\s*[.．、]/.test(text);

/** 印发机关和印发日期: "友谊县人民政府办公室  2020年9月17日印发". */
export function isImprintLine(text: string): boolean {
  if (!/印[发發]$/.test(text) || text.length > 80 || SENTENCE_PUNCTUATION.test(text)) return false;
  const dates = findDates(text);
  return dates.length > 0 && text.slice(dates[dates.length - 1]!.end).trim() === text.slice(-2);
}

/** A line that may be (part of) a title: short, no sentence punctuation, and none of the other header elements. */
export function isTitleLike(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 90 &&
    !SENTENCE_PUNCTUATION.test(text) &&
    !/[：:，,]$/.test(text) &&
    matchMarker(text) === null &&
    !isDocumentNumberLine(text) &&
    !isDateLine(text) &&
    !isNoteLine(text) &&
    !isCcLine(text) &&
    !isImprintLine(text)
  );
}

/** 署名: a short line without punctuation, usually an office name, right before the 成文日期. */
export const isSignatureLike = (text: string): boolean =>
  isTitleLike(text) && text.length <= 40 && !/[，,、]/.test(text);

/** 主送机关: who a letter is addressed to (各…, a government, its departments), never a form's 填报单位（盖章）：. */
export const isAddressees = (text: string): boolean =>
  text.length <= 200 &&
  /(各|政府|部门|部門|单位|單位|机构|機構|委员会|厅|局|同志)/.test(text) &&
  !/(关于|關於|填报|填表|盖章|蓋章)/.test(text);

/** 主送 and the first sentence of the letter on one line (lost line break): the index after the colon, or null. */
export function addresseesThenBody(text: string): number | null {
  const colon = text.search(/[：:]/);
  return colon > 0 &&
    colon < text.length - 1 &&
    !SENTENCE_PUNCTUATION.test(text.slice(0, colon)) &&
    isAddressees(text.slice(0, colon + 1))
    ? colon + 1
    : null;
}

/** A field label (填报单位（盖章）：) or cells set apart by wide gaps: never part of a title. */
export const FIELD_OR_CELLS = /[：:]|\t|[ \u3000]{2}/;

/** A title line ending so that the title must go on (…关于 / …印发 / …的). */
export const TITLE_CONTINUES_BEFORE = /(关于|關於|印发|印發|转发|轉發|关于印发|的|及|和|与|暨)$/;
/** An issuing organ on its own line above the 关于… line of its title (GB/T 9704 titles break after the organ). */
export const organAboveSubject = (title: string, next: string): boolean =>
  /(办公厅|辦公廳|办公室|辦公室|人民政府|委员会|委員會|管委会|管委會|局|厅|廳)$/.test(title) &&
  /^(关于|關於|印发|印發|转发|轉發)/.test(next);
/** A line starting so that it continues the title above (及… / 和… / 的…). */
export const TITLE_CONTINUES_AFTER = /^(及|和|与|與|暨|的)/;
