/**
 * How folded text is handed to Pagefind so that its phrase search becomes an exact substring test ("W1" in
 * /work/shared/notes/search.md, re-measured on pagefind 1.6.0):
 *   - index side: every character of a reading is its own word, split by U+200B (Pagefind's segmenter breaks on it,
 *     strips it from words, and it costs no word position). Nothing is left for Pagefind to segment, so it indexes
 *     no multi-character words and no bigrams — digit runs included: 2020 is 2·0·2·0, so 202 is found inside it.
 *   - query side: the reading as an exact phrase of single characters, "营 商 环 境".
 * A second reading is appended after a full stop between U+200B: punctuation costs a word position (measured:
 * 。, |, ·, （ all do; spaces, newlines and U+3000 do not), so no phrase can match across the join.
 */
const WORD_BREAK = '\u200b';
const READING_BREAK = `${WORD_BREAK}。${WORD_BREAK}`;

/** The text Pagefind indexes for a record: its readings, one character per word. */
export function indexCopy(readings: string[]): string {
  return readings.map((reading) => [...reading].join(WORD_BREAK)).join(READING_BREAK);
}

/** The exact-phrase query for one reading: every character must appear, in order, at consecutive positions. */
export function phraseQuery(reading: string): string {
  return `"${termsQuery(reading)}"`;
}

/** The same characters unquoted: Pagefind ranks records containing all of them (used to order exact hits). */
export function termsQuery(reading: string): string {
  return [...reading].join(' ');
}

/** The first (standard) reading back from an index copy. */
export function standardReading(copy: string): string {
  return copy.split(READING_BREAK)[0]!.replaceAll(WORD_BREAK, '');
}
