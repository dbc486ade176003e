/**
 * What a record shows, stored in its Pagefind meta so that it costs little and can never be found. Pagefind indexes
 * every meta value word by word (and a short query prefix-matches such words: a false hit through a notice's title),
 * but it keeps no word made only of punctuation, U+200B or Supplementary Private Use characters (measured). So:
 *   - every letter and digit of a meta value is hidden: moved to plane 15 (U+F0000 + code point; a character
 *     beyond the BMP takes a plane-16 high half first);
 *   - the record's text is stored as a template of its standard reading where it can be: U+200B stands for the
 *     reading's next character (the indexed content already holds the reading), a hidden character for itself
 *     where its own fold is the reading's next character (Traditional, full-width, upper case); punctuation and
 *     spaces as they are. Otherwise (a phrase conversion changed the length) the text is stored hidden in full.
 */
import { fold } from './fold.ts';
import { standardReading } from './ngram.ts';

const SLOT = '\u200b';
const PLANE_15 = 0xf0000;
const PLANE_16 = 0x100000;
const isWordChar = (char: string) => /[\p{L}\p{N}]/u.test(char);

export function hide(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (!isWordChar(char)) out += char;
    else if (code <= 0xffff) out += String.fromCodePoint(PLANE_15 + code);
    else out += String.fromCodePoint(PLANE_16 + (code >> 16), PLANE_15 + (code & 0xffff));
  }
  return out;
}

export function unhide(value: string): string {
  let out = '';
  let high = 0;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= PLANE_16) high = code - PLANE_16;
    else if (code >= PLANE_15) {
      out += String.fromCodePoint((high << 16) + code - PLANE_15);
      high = 0;
    } else out += char;
  }
  return out;
}

/** The template of `text` against its standard reading, or null when the text cannot be written as one. */
export function template(text: string, reading: string): string | null {
  const letters = [...reading];
  let next = 0;
  let out = '';
  for (const char of text) {
    if (char === letters[next]) {
      out += SLOT;
      next++;
    } else if (char === SLOT) {
      return null; // a literal U+200B would read as a slot
    } else if (isWordChar(char)) {
      if (next >= letters.length || fold(char, 'standard') !== letters[next]) return null;
      out += hide(char);
      next++;
    } else out += char;
  }
  return next === letters.length ? out : null;
}

/** The text back from its template and the standard reading. */
export function expand(templateText: string, reading: string): string {
  const letters = [...reading];
  let next = 0;
  let out = '';
  for (const char of templateText) {
    const code = char.codePointAt(0)!;
    if (char === SLOT) out += letters[next++] ?? '';
    else if (code >= PLANE_16)
      out += char; // the high half of a hidden character: its low half follows
    else if (code >= PLANE_15) {
      out += char;
      next++;
    } else out += char;
  }
  return unhide(out);
}

/** Meta fields, hidden; the text as a template (t) when it can be, else hidden in full (x). */
export function storeMeta(text: string, reading: string, fields: Record<string, string>): Record<string, string> {
  const stored = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, hide(value)]));
  const compact = template(text, reading);
  return compact === null ? { ...stored, x: hide(text) } : { ...stored, t: compact };
}

/** What storeMeta stored, back from a fragment: the fields and the original text. */
export function restoreMeta(fragment: { meta: Record<string, string | undefined>; content: string }): {
  text: string;
  fields: Record<string, string>;
} {
  const { t, x, ...rest } = fragment.meta;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) fields[key] = unhide(value);
  const text = x !== undefined ? unhide(x) : expand(t ?? '', standardReading(fragment.content));
  return { text, fields };
}
