/**
 * The search index is cut into shards of about SHARD_RECORDS records, each its own Pagefind index
 * (pagefind/s/<k>/), because Pagefind's cost grows with the records of one index: its metadata (every page id) is
 * loaded whole on first use, and a phrase scans every posting of its words, once per result page. A few thousand
 * records keep both small whatever the corpus (measured in /work/searchproto/REPORT.md).
 *
 * Notices are ordered newest first and cut from the oldest end, a notice never split: shard 0 holds the oldest,
 * and adding newer notices changes only the newest shards. Within a shard records are added newest first, and
 * exact hits come back in that order, so searching the shards newest first streams results newest first.
 */

export const SHARD_RECORDS = 3000;

/** Where the filter choices (filter-options.ts) are written, under the index folder. */
export const FILTER_CHOICES_FILE = 'filters.json';

/** pagefind/manifest.json: what the browser needs to know before it searches. */
export interface IndexManifest {
  /** Changes with every build: Pagefind's entry files are fetched with it, not with the time (cacheable). */
  buildId: string;
  /** The index's language, given to every merged shard (Pagefind segments queries by it). */
  language: string;
  /** Newest first. */
  shards: { k: number; records: number }[];
  router: { buckets: number; shards: number };
  /** The lookup's buckets (src/search/lookup.ts). */
  lookup: { buckets: number };
}

/**
 * Shards as [from, to) ranges of the notices (which are newest first), from the records each notice has: cut from
 * the oldest end, each at least `size` records except the newest. Returned oldest shard first.
 */
export function cutShards(recordsPerNotice: number[], size = SHARD_RECORDS): [from: number, to: number][] {
  if (!(size > 0)) throw new Error(`shard size must be positive: ${size}`);
  const ranges: [number, number][] = [];
  let to = recordsPerNotice.length;
  let count = 0;
  for (let i = recordsPerNotice.length - 1; i >= 0; i--) {
    count += recordsPerNotice[i]!;
    if (count >= size || i === 0) {
      ranges.push([i, to]);
      to = i;
      count = 0;
    }
  }
  return ranges;
}
