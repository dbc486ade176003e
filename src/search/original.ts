/**
 * A record's original text, stored beside its index copy as cheaply as possible. Pagefind indexes every meta value
 * as words (measured: the clause texts as meta grew the index by two thirds) but keeps no word from a value made
 * only of punctuation and U+200B. Most clauses are Simplified text whose letters and digits are exactly their
 * standard reading, which the fragment already holds as the index copy; for those only a template is stored:
 * the text with each such character replaced by U+200B. Anything else (Traditional, full-width, upper case) is
 * stored in full.
 */
import { standardReading } from './unigram.ts';

const SLOT = '\u200b';

/** The template of `text` against its standard reading, or null when the text cannot be written as one. */
export function compactText(text: string, reading: string): string | null {
  const letters = [...reading];
  let next = 0;
  let template = '';
  for (const char of text) {
    if (char === letters[next]) {
      template += SLOT;
      next++;
    } else if (char === SLOT || /[\p{L}\p{N}]/u.test(char)) {
      return null; // a letter that is not simply its own fold, or a literal U+200B the template could not tell apart
    } else {
      template += char;
    }
  }
  return next === letters.length ? template : null;
}

export function expandText(template: string, reading: string): string {
  const letters = [...reading];
  let next = 0;
  let text = '';
  for (const char of template) text += char === SLOT ? (letters[next++] ?? '') : char;
  return text;
}

/** The meta fields a record stores its text in: a template (tpl) when it can, else the text itself. */
export function storeText(text: string, reading: string): { tpl: string } | { text: string } {
  const template = compactText(text, reading);
  return template === null ? { text } : { tpl: template };
}

/** The record's original text back from its fragment: meta written by storeText, content by indexCopy. */
export function restoreText(fragment: { meta: Record<string, string | undefined>; content: string }): string {
  const { text, tpl } = fragment.meta;
  return text ?? expandText(tpl ?? '', standardReading(fragment.content));
}
