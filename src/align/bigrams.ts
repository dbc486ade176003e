/**
 * Character bigrams of folded clause text, as ids: Chinese needs no word segmentation to compare wording, and ids
 * (shared by every document of a build) let the aligner compare clauses by merging sorted arrays.
 */
export interface BigramCounts {
  /** Bigram ids, ascending. */
  ids: Int32Array;
  /** How often each occurs. */
  counts: Int32Array;
}

// Keyed by the two UTF-16 units as one number: no string is made per bigram.
const bigramIds = new Map<number, number>();

export function countBigrams(text: string): BigramCounts {
  const tf = new Map<number, number>();
  for (let i = 0; i + 2 <= text.length; i++) {
    const gram = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
    let id = bigramIds.get(gram);
    if (id === undefined) bigramIds.set(gram, (id = bigramIds.size));
    tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  const ids = Int32Array.from(tf.keys()).sort();
  return { ids, counts: Int32Array.from(ids, (id) => tf.get(id)!) };
}
