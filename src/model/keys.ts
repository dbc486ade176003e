/**
 * Keys that say two printings are the same document: a cited 发文字号 or 《title》 and the one a notice carries are
 * often written differently (full-width digits, 〔〕 vs [] vs （）, Traditional 號/條例, stray spaces, the spoken order
 * of a decree). The converter keys the id manifest with them and the site resolves citations with them; only the keys
 * are folded, pages always show the text as printed.
 */
import { toSimplified } from './script.ts';
import { foldWidth } from './width.ts';

const fold = (text: string) => toSimplified(foldWidth(text)).replace(/\s+/g, '');

/**
 * One key per document however its number is printed: 國辦發［２０２０］17號, 国办发2020年17号 and 国办发〔2020〕17号 →
 * 国办发〔2020〕17号.
 */
export function documentNumberKey(documentNumber: string): string {
  const key = fold(documentNumber)
    .replace(/[〔[［【﹝(（]((?:19|20)\d{2})[〕\]］】﹞)）]第?/, '〔$1〕')
    // The year spelled out without brackets, as a reader types it: 国办发2020年17号.
    .replace(/^([^\d〔]+?)((?:19|20)\d{2})年第?(\d+号)$/, '$1〔$2〕$3');
  // Decrees: 中华人民共和国国务院令第711号 = 国务院令第711号 = 国务院第711号令.
  return key.replace(/^中华人民共和国/, '').replace(/^(.+?)第(\d+)号令$/, '$1令第$2号');
}

/** One key per issuing body however it is printed: 國務院辦公廳 = 中华人民共和国国务院办公厅 = 国务院办公厅. */
export function issuerKey(issuer: string): string {
  return fold(issuer).replace(/^中华人民共和国/, '');
}

/** Titles also wrap over lines in the source and lose or keep their 《》. */
export function titleKey(title: string): string {
  return fold(title).replace(/[《》<>〈〉]/g, '');
}

const YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * A title as it is also cited: without the 印发 wrapper of the letter that issued it (《国务院办公厅关于印发2020年政务
 * 公开工作要点的通知》 = 《2020年政务公开工作要点》), the year in digits (二〇二〇年 = 2020年). A 转发 title keeps its
 * wrapper: it names the forwarding notice, not the forwarded one.
 */
export function titleCoreKey(title: string): string {
  return titleKey(title)
    .replace(/^[^关]*关于印发(.+?)的通知$/, '$1')
    .replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (year) => [...year].map((d) => YEAR_DIGITS[d]).join(''));
}
