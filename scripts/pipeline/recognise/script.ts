/**
 * Which Chinese script a notice is written in, for `script` / `lang` (the page's lang attribute, search folding).
 * Input can be machine-converted Traditional (Leshan seed) or Simplified with a few Traditional leftovers, so we
 * weigh the evidence both ways instead of looking for a single tell-tale character.
 */
import { toSimplified, toTraditional } from '../../../src/model/script.ts';

export type Script = 'Hans' | 'Hant';

/**
 * 'Hant' when more characters are Traditional-only (changed by t→cn) than Simplified-only (changed by cn→t).
 * Characters are converted one at a time, so the counts are per character, never per phrase. A tie — no
 * convertible character at all, say — is 'Hans', the script of almost the whole corpus.
 */
export function detectScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  for (const [char, count] of characterCounts(text)) {
    if (toSimplified(char) !== char) traditional += count;
    if (toTraditional(char) !== char) simplified += count;
  }
  return traditional > simplified ? 'Hant' : 'Hans';
}

/** BCP 47 tag for a notice page: Simplified notices are mainland, Traditional ones are read as zh-TW. */
export function langOf(script: Script): 'zh-CN' | 'zh-TW' {
  return script === 'Hant' ? 'zh-TW' : 'zh-CN';
}

// A notice has thousands of characters but only a few hundred distinct ones: convert each of those once.
function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}
