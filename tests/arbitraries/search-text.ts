/** fast-check generators shared by the search tests. */
import fc from 'fast-check';

/**
 * Text pieces from the seeds: Simplified and Traditional characters, Taiwan phrases, OpenCC phrase-dictionary words
 * (乾隆 keeps 乾, 乾燥 does not), pieces whose conversion depends on OpenCC's segmentation (不瞭 + 解析度: the Taiwan
 * phrase 解析度 must not be converted across the segment 不瞭解), CJK compatibility ideographs (U+F900 豈, U+FA11 﨑),
 * full-width digits and letters, punctuation and spaces of every width.
 */
const PIECES = [
  ...'政务公开营商环境优化规范性文件档案乐山市年底前县政府办公室省数局号发国办',
  ...'政務公開營商環境規範性檔案樂山市縣辦公室數局號發國辦於後裡著',
  '最佳化',
  '程式',
  '設定',
  '資料庫',
  '乾隆',
  '乾燥',
  '著力',
  '不瞭',
  '解析度',
  '元件',
  '計程車',
  '不可貲',
  '\uf900',
  '\ufa11',
  ...'２０１４ＡＺａｚ0123456789AZaz①Ⅱ',
  ...'，。、；：“”《》（）〔〕【】—…·／(),.- \u3000\n\t',
];
export const text = (maxLength = 40) =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((pieces) => pieces.join(''));
