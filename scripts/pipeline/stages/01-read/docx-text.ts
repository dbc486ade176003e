/**
 * A Word notice (.docx) → the text its pages show: converted to HTML by mammoth (one <p> per paragraph, tables kept),
 * then read as any saved web page is (html-text.ts). Numbering Word applies by itself (a list style rather than
 * typed 一、) is not part of the text mammoth gives, so such numbers are not seen.
 */
import mammoth from 'mammoth';
import { htmlText } from './html-text.ts';

export async function docxText(bytes: Uint8Array): Promise<string> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlText(html);
}
