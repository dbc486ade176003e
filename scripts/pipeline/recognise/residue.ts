/**
 * Pinyin that a website's annotation plugin printed after characters (國務(wù)院, 國辦發(fā)〔2012〕26號, 發(fa)布時間): not
 * part of what the notice says. The text keeps it as printed; recognisers and the metadata they read look through it.
 */
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)/g;
const PINYIN_AFTER_HAN = /(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)/gu;

/** The zero-width space recognisers read as nothing: a residue blanked to it keeps offsets. */
export const BLANK = '\u200b';

/** Each residue replaced by as many zero-width spaces (same length, so offsets found in it are offsets in `text`). */
export function blankResidue(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_AFTER_HAN, (m) => BLANK.repeat(m.length)) : text;
}

/** The text without its residue, for a value read from it (a title, a 发文字号). */
export function dropResidue(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_AFTER_HAN, '') : text;
}

/** Whether a text holds any residue. */
export const hasResidue = (text: string): boolean => text.includes('(') && new RegExp(PINYIN.source).test(text);

/**
 * Full-width spaces that an encoding conversion turned into ?: two or more as an indent (??2025年3月31日), or trailing
 * after the text (2023年3月31日? ?). Still spaces.
 */
const LOST_INDENT = /^[?？]{2,4}(?=\S)|(?<=\S)[ \t]*[?？](?:[ \t]*[?？]){1,3}[ \t]*$/g;
/** The same text with lost spaces read as spaces (same length). */
export const blankLostIndent = (text: string): string => text.replace(LOST_INDENT, (marks) => ' '.repeat(marks.length));
/** The text without its lost spaces, for reading values (dates, titles) out of a part. */
export const dropLostIndent = (text: string): string => text.replace(LOST_INDENT, '');

/**
 * A forum's anti-copy watermark (Discuz "jammer"): runs of one- or two-character ASCII scraps, space-separated, glued
 * to the start or end of a line when a notice is copied out of a forum post (国发〔2008〕14号 & }# j/ u% U* a). Four
 * scraps at least, a third of them with punctuation of three kinds or more, and letters among them: a list such as
 * "A B C D", "1 2 3 4" or "1. 2. 3. 4." is never one.
 */
const SCRAP_RUN = /[!-~]{1,2}(?: [!-~]{1,2}){3,}[ \t]*$|^[ \t]*(?:[!-~]{1,2} ){3,}[!-~]{0,2}(?=[^!-~ ]|$)/g;
function isJammer(run: string): boolean {
  const scraps = run.trim().split(' ');
  const marked = scraps.filter((s) => /[^0-9A-Za-z]/.test(s));
  const kinds = new Set(marked.join('').replace(/[0-9A-Za-z]/g, ''));
  return marked.length * 3 >= scraps.length && kinds.size >= 3 && /[A-Za-z]/.test(run);
}
/** Punctuation that ends the text a watermark is glued to (机构:$ Q( d0…): the text's, not the watermark's. */
const CLOSING = /^[:;,.!?)\]]/;
/** The same text with a forum watermark read as spaces (same length). */
export const blankJammer = (text: string): string =>
  text.replace(SCRAP_RUN, (run: string, at: number) => {
    if (!isJammer(run)) return run;
    const keep = at > 0 && text[at - 1] !== ' ' && CLOSING.test(run) ? 1 : 0;
    return run.slice(0, keep) + ' '.repeat(run.length - keep);
  });
