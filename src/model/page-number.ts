/**
 * A page number a PDF dump leaves on a line of its own (— 3 —, - 12 -, 第3页 共5页). The converter keeps it as source
 * noise, or — when a paragraph runs on across the page break — inside that paragraph's text, which the display skips.
 * Full-width digits (－３－) count too.
 */
import { foldWidth } from './width.ts';

const DASH = '[-—–―─－~～]';
const PAGE_NUMBER = [
  new RegExp(`^${DASH}+\\s*\\d{1,4}\\s*${DASH}+$`),
  /^第\s*\d{1,4}\s*[页頁][\s,，/／]*(?:共\s*\d{1,4}\s*[页頁])?$/,
  /^共\s*\d{1,4}\s*[页頁][\s,，/／]*第\s*\d{1,4}\s*[页頁]$/,
];

export function isPageNumberLine(line: string): boolean {
  const trimmed = foldWidth(line.trim());
  return PAGE_NUMBER.some((pattern) => pattern.test(trimmed));
}
