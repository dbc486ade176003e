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

/** Two full-width indent spaces that an encoding conversion turned into ?? (??2025年3月31日): still an indent. */
const LOST_INDENT = /^[?？]{2,4}(?=\S)/;
/** The same text with a lost indent read as spaces (same length). */
export const blankLostIndent = (text: string): string => text.replace(LOST_INDENT, (marks) => ' '.repeat(marks.length));
/** The text without its lost indent, for reading values (dates, titles) out of a part. */
export const dropLostIndent = (text: string): string => text.replace(LOST_INDENT, '');
