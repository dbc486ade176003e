/**
 * Keys for matching citations to notices: a cited 发文字号 or 《title》 and the one a notice carries are often
 * written differently (full-width digits, 〔〕 vs [] vs （）, Traditional 號/條例, stray spaces). Only the keys are
 * folded; pages always show the text as printed.
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 'tw', to: 'cn' });

function fold(text: string): string {
  return toSimplified(text)
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
}

export function docNumberKey(documentNumber: string): string {
  return fold(documentNumber).replace(/[[［【(（]((?:19|20)\d{2})[\]］】)）]/g, '〔$1〕');
}

/** Titles also wrap over lines in the source and lose or keep their 《》. */
export function titleKey(title: string): string {
  return fold(title).replace(/[《》<>〈〉]/g, '');
}
