/** Width folding, the one place it is written: matching reads full-width digits and letters as ASCII. */

const FULL_WIDTH_ALPHANUMERIC = /[０-９Ａ-Ｚａ-ｚ]/g;
// U+FF10–FF5A sit at a fixed distance from ASCII 0x30–0x7A.
const FULL_WIDTH_SHIFT = 0xff10 - 0x30;

/**
 * Full-width digits and Latin letters → ASCII, nothing else: NFKC would also turn （）：， into ASCII and break
 * （一） detection. One UTF-16 unit in, one out, so the result has the input's length and offsets.
 */
export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALPHANUMERIC, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_SHIFT));
}
