/**
 * The search index is cut into shards of about SHARD_RECORDS records, each its own Pagefind index
 * (pagefind/s/<k>/), because Pagefind's cost grows with the records of one index: its metadata (every page id) is
 * loaded whole on first use, and a phrase scans every posting of its words, once per result page. A few thousand
 * records keep both small whatever the corpus (measured in /work/searchproto/REPORT.md).
 *
 * Notices are ordered newest first and cut from the oldest end, a notice never split: shard 0 holds the oldest,
 * and adding newer notices changes only the newest shards. Within a shard records are added newest first, and
 * exact hits come back in that order, so searching the shards newest first streams results newest first.
 *
 * Where a shard ends is decided by the notices themselves (content-defined, as deduplicating backups cut files), not
 * by counting records from the oldest: a notice that gains or loses a clause, or an old notice added, moves at most
 * the cuts next to it, and the index build (scripts/index-search.ts) reuses every other shard from its cache.
 */
import { fnv1a } from './router.ts';

export const SHARD_RECORDS = 3000;

/** Where the filter choices (filter-options.ts) are written, under the index folder. */
export const FILTER_CHOICES_FILE = 'filters.json';
/** A filter with many choices has them in a file of its own: f/<name>.json, under the index folder. */
export const filterChoicesApart = (name: string) => `f/${name}.json`;

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

/** A notice as the cut sees it: its page id (what places the cuts) and its records. */
export interface ShardedNotice {
  id: string;
  records: number;
}

/** A notice's id as a number in [0, 1), the same in every build: FNV-1a, then murmur3's finaliser to spread its bits. */
function idFraction(id: string): number {
  let h = fnv1a(id);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

/**
 * Shards as [from, to) ranges of the notices (which are newest first), cut from the oldest end: a shard ends at a
 * notice once it holds at least size / 2 records, if that notice's id falls under its share of the next size / 2
 * records (records / (size / 2): a notice of many records ends a shard more often, so shards average about `size`
 * records whatever the notices' lengths), and at 2 × size records whatever the ids. Whether a notice ends a shard
 * thus depends on that notice and on where the shard began: after a change the cuts fall back into step at the first
 * notice that ends a shard in both. Returned oldest shard first; only the newest may hold less than size / 2.
 */
export function cutShards(notices: ShardedNotice[], size = SHARD_RECORDS): [from: number, to: number][] {
  if (!(size > 0)) throw new Error(`shard size must be positive: ${size}`);
  const half = size / 2;
  const ranges: [number, number][] = [];
  let to = notices.length;
  let count = 0;
  for (let i = notices.length - 1; i >= 0; i--) {
    const { id, records } = notices[i]!;
    count += records;
    const ends = count >= half && idFraction(id) < records / half;
    if (ends || count >= 2 * size || i === 0) {
      ranges.push([i, to]);
      to = i;
      count = 0;
    }
  }
  return ranges;
}
