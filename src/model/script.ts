/**
 * Simplified/Traditional conversion for matching, with OpenCC (opencc-js): set up once here for the converter and the
 * build (the browser's search fold, src/search/fold.ts, builds its own aligned converter from the same dictionaries).
 *
 * Texts are never rewritten for display: these folds are for comparing and recognising only.
 */
import { ConverterFactory } from 'opencc-js/core';
import CJKCompatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesGenerated from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

// OpenCC's t2s and s2t as opencc-js's Converter({from: 't', to: 'cn'}) and ({from: 'cn', to: 't'}) define them
// (script.test.ts checks), from the dictionaries themselves: the browser computes keys.ts's keys for the search too,
// and bundles only the few it uses (the full preset is 560 KB gzip); pure, so an unused converter is left out.
const convertToSimplified = /* @__PURE__ */ ConverterFactory([CJKCompatibilityIdeographs], [TSPhrases, TSCharacters]);

// Steps look at the same lines several times (发文字号, title, chrome checks); a bounded memo spares OpenCC.
const MEMO_SIZE = 20_000;
const MEMO_MAX_LENGTH = 2_000;
const memo = new Map<string, string>();

/**
 * Traditional → Simplified (OpenCC t→cn, no Taiwan phrase rewriting). The result keeps the input's length, so an
 * index found in it is an index in the input: where a mapping would change the length, that character stays as it is.
 */
export function toSimplified(text: string): string {
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  let folded = convertToSimplified(text);
  if (folded.length !== text.length)
    folded = Array.from(text, (ch) => {
      const c = convertToSimplified(ch);
      return c.length === ch.length ? c : ch;
    }).join('');
  if (memo.size >= MEMO_SIZE) memo.clear();
  if (text.length <= MEMO_MAX_LENGTH) memo.set(text, folded);
  return folded;
}

/** Simplified → Traditional (OpenCC cn→t), to tell the script of a text and to look up Traditional spellings. */
export const toTraditional: (text: string) => string = /* @__PURE__ */ ConverterFactory(
  [CJKCompatibilityIdeographs],
  [STPhrases, STPhrasesGenerated, STCharacters],
);
