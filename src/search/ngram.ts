/**
 * How folded text is handed to Pagefind so that its phrase search is an exact substring test that touches short
 * posting lists (measured in /work/searchproto/REPORT.md, Pagefind 1.6.0):
 *   - index side: at every position of a reading, one word of the next GRAM characters, space-separated, padded with
 *     FILLER at the end so that every word has exactly GRAM characters. The index is written in a private,
 *     non-segmenting language (INDEX_LANGUAGE), so Pagefind keeps each word as it is: no ICU cut, no stemming.
 *   - query side: a reading of GRAM or more characters is the exact phrase of its overlapping grams (consecutive
 *     positions = consecutive characters); a shorter one is one unquoted word, which Pagefind prefix-matches — every
 *     position has a word starting there, so that is exactly "contains". No index word is shorter than GRAM, so
 *     Pagefind's fallback to the longest index word that is a prefix of the query never fires.
 * A record's readings are concatenated: the last words of each end in FILLER, which no query word contains, so no
 * phrase can match across two readings.
 */

export const GRAM = 3;
/** U+01C2, a letter to Pagefind (so it is kept in words) that the fold never outputs. */
export const FILLER = 'ǂ';
/** A private language tag: Pagefind splits its text on whitespace only. One letter, as it prefixes every page id. */
export const INDEX_LANGUAGE = 'x';

/** The words of one reading: the GRAM characters starting at each of its positions, padded with FILLER. */
export function grams(reading: string): string[] {
  const chars = [...reading];
  return chars.map((_, i) => {
    const gram = chars.slice(i, i + GRAM);
    return gram.join('') + FILLER.repeat(GRAM - gram.length);
  });
}

/** The text Pagefind indexes for a record. Throws if a reading holds the filler (the fold never makes one). */
export function indexContent(readings: string[]): string {
  for (const reading of readings)
    if (reading.includes(FILLER)) throw new Error(`a search reading contains the filler ${FILLER}: ${reading}`);
  return readings.map((reading) => grams(reading).join(' ')).join(' ');
}

/** The standard (first) reading back from a record's indexed content: the first character of each word. */
export function standardReading(content: string): string {
  let reading = '';
  for (const word of content.split(' ')) {
    const chars = [...word];
    if (chars.length === 0) break;
    if (chars.at(-1) === FILLER) return reading + chars.filter((c) => c !== FILLER).join(''); // the reading's end
    reading += chars[0];
  }
  return reading;
}

/**
 * What Pagefind is asked for a query's reading: an exact phrase of grams, or — shorter than a gram — one word
 * prefix-matched (`prefix` is then that word). Null for an empty reading.
 */
export interface GramQuery {
  term: string;
  /** The distinct grams unquoted: Pagefind scores records containing them (used to rank exact hits). */
  ranking: string | null;
  prefix: string | null;
}

export function gramQuery(reading: string): GramQuery | null {
  const chars = [...reading.replaceAll(FILLER, '')];
  if (chars.length === 0) return null;
  if (chars.length < GRAM) return { term: chars.join(''), ranking: null, prefix: chars.join('') };
  const words = chars.slice(0, chars.length - GRAM + 1).map((_, i) => chars.slice(i, i + GRAM).join(''));
  return { term: `"${words.join(' ')}"`, ranking: [...new Set(words)].join(' '), prefix: null };
}
