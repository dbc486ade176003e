/**
 * The search fold: what a query and a text are compared on. It runs at index time (scripts/index-search.ts), on
 * every query in the browser, and when the browser marks the match in a result's original text — one function, so
 * the three can never disagree.
 *
 * fold(text) keeps only letters and digits (punctuation and spaces never separate a match: 国办发〔2020〕17号 and
 * 国办发202017号 are the same query), folds width and compatibility forms (２０１４ → 2014, ① → 1), case, and
 * script with OpenCC, in one of two variants:
 *   - 'standard': Traditional → Simplified characters and phrases (規範性檔案 → 规范性档案): what Ctrl-F finds on the
 *     page converted to Simplified. Queries are read this way, and so is every text.
 *   - 'taiwan': Taiwan variants and Taiwan phrases → mainland words too (最佳化營商環境 → 优化营商环境, 規範性檔案 →
 *     规范性文件): a second reading of Traditional (zh-TW) text only, so 优化营商环境 finds Leshan's 最佳化營商環境.
 *     Never applied to Simplified text: its phrase table is Taiwan computing vocabulary that would rewrite
 *     ordinary mainland words (measured on the seeds: 建立 → 创建, 文件 → 文档, 程序 → 进程, 执行 → 运行).
 * A text matches a query when the query's reading is a substring of one of the text's readings.
 *
 * The fold is aligned: every output character knows the span of source text it came from, so a match in the
 * folded text can be marked in the original, which is never rewritten for display.
 */
import { Trie } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

export const VARIANTS = ['standard', 'taiwan'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * OpenCC's t2s (Traditional → Simplified) and tw2sp (Taiwan with phrases → Simplified), as opencc-js's t2cn preset
 * defines them: a segmentation dictionary, then stages of dictionaries applied in turn to each segment. The
 * dictionaries are imported one by one so the browser bundle carries only these five (the preset would add the
 * Hong Kong ones and CJK compatibility ideographs, which NFKD already folds); fold.test.ts checks the result
 * against opencc-js's own converters.
 */
const CONFIGS: Record<Variant, { segmentation: string[] | null; stages: string[][] }> = {
  standard: { segmentation: null, stages: [[TSPhrases, TSCharacters]] },
  taiwan: {
    segmentation: [TSPhrases],
    stages: [
      [TWPhrasesRev, TWVariantsRevPhrases, TWVariantsRev],
      [TSPhrases, TSCharacters],
    ],
  },
};

/** Folded text plus, for each of its UTF-16 units, the [start, end) span of source text it came from. */
export interface Aligned {
  text: string;
  starts: number[];
  ends: number[];
}

const KEEP = /[\p{L}\p{N}]/u;

/**
 * One source character → what it contributes to the folded text: NFKD (full-width and compatibility forms,
 * CJK compatibility ideographs, accents split off), lower case, then letters and digits only — so marks, spaces
 * and punctuation contribute nothing. Pagefind strips diacritics from words too; doing it here keeps the index
 * and the match test from ever disagreeing about them.
 */
export function foldChar(char: string): string {
  let out = '';
  for (const c of char.normalize('NFKD').toLowerCase()) if (KEEP.test(c)) out += c;
  return out;
}

interface Converter {
  segmentation: Trie | null;
  stages: Trie[];
}

const converters = new Map<Variant, Converter>();

/** Built on first use: the tries take a few milliseconds, and a page that never searches should not pay them. */
function converter(variant: Variant): Converter {
  let built = converters.get(variant);
  if (!built) {
    const trie = (group: string[]) => {
      const t = new Trie();
      t.loadDictGroup(group);
      return t;
    };
    const { segmentation, stages } = CONFIGS[variant];
    built = { segmentation: segmentation && trie(segmentation), stages: stages.map(trie) };
    converters.set(variant, built);
  }
  return built;
}

/** Letters and digits of `text`, width/case folded, each output unit carrying its source span. */
function foldChars(text: string): Aligned {
  const aligned: Aligned = { text: '', starts: [], ends: [] };
  let offset = 0;
  for (const char of text) {
    const out = foldChar(char);
    aligned.text += out;
    for (let i = 0; i < out.length; i++) {
      aligned.starts.push(offset);
      aligned.ends.push(offset + char.length);
    }
    offset += char.length;
  }
  return aligned;
}

function slice(a: Aligned, from: number, to: number): Aligned {
  return { text: a.text.slice(from, to), starts: a.starts.slice(from, to), ends: a.ends.slice(from, to) };
}

function concat(parts: Aligned[]): Aligned {
  return {
    text: parts.map((p) => p.text).join(''),
    starts: parts.flatMap((p) => p.starts),
    ends: parts.flatMap((p) => p.ends),
  };
}

/**
 * Trie.convert with alignment: longest dictionary match at each position is replaced, every output unit of a
 * replacement spanning the whole source of the matched input; unmatched code points pass through.
 */
function convert(trie: Trie, input: Aligned): Aligned {
  const out: Aligned = { text: '', starts: [], ends: [] };
  const { text } = input;
  for (let i = 0; i < text.length;) {
    const match = trie.matchPrefix(text, i);
    const end = match ? match.end : i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
    const value = match ? match.value : text.slice(i, end);
    // Spans never go backwards along a folded text, so the first and last input units bound the match.
    const start = input.starts[i]!;
    const stop = input.ends[end - 1]!;
    out.text += value;
    for (let k = 0; k < value.length; k++) {
      out.starts.push(start);
      out.ends.push(stop);
    }
    i = end;
  }
  return out;
}

/** OpenCC's conversion (segment, then each stage on each segment) over the letters and digits of `text`, aligned. */
export function foldAligned(text: string, variant: Variant): Aligned {
  const chars = foldChars(text);
  const { segmentation, stages } = converter(variant);
  let segments = [chars];
  if (segmentation) {
    let at = 0;
    segments = segmentation.segment(chars.text).map((segment) => slice(chars, at, (at += segment.length)));
  }
  return concat(segments.map((segment) => stages.reduce((s, stage) => convert(stage, s), segment)));
}

export function fold(text: string, variant: Variant): string {
  return foldAligned(text, variant).text;
}

/** The readings a text is searched by: the standard one, and for Traditional (zh-TW) text the Taiwan one too. */
export function variantsFor(lang: string | undefined): readonly Variant[] {
  return lang === 'zh-TW' ? VARIANTS : ['standard'];
}

/** The distinct non-empty readings of `text` in the given variants, in that order. */
export function readings(text: string, variants: readonly Variant[]): string[] {
  return [...new Set(variants.map((variant) => fold(text, variant)))].filter((r) => r.length > 0);
}

/** What a query is searched as: its standard reading. */
export function queryReading(query: string): string {
  return fold(query, 'standard');
}

/** Search semantics in one line: the query's reading occurs in some reading of the text. */
export function matches(textReadings: string[], query: string): boolean {
  return query.length > 0 && textReadings.some((t) => t.includes(query));
}
