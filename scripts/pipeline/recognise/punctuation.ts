/** Punctuation classes the recognisers test for, named once (a comma ends a phrase, not a sentence). */

/** Ends a sentence or a clause of one: a line holding one is prose, never a title, a signature or a field label. */
export const SENTENCE_PUNCTUATION = /[。；;！!？?]/;

/** Any phrase punctuation, commas included: a numbered line without any is a heading (一、加强用权公开). */
export const PHRASE_PUNCTUATION = /[。；;，,！!？?]/;

/** Where an inline clause number may start after lost line breaks: after a sentence end or a closing quote/bracket. */
export const SENTENCE_END = /[。；;！!？?”」』）)]/;
