/**
 * One search over the sharded index (shards.ts), as a stream of hits, newest shard first.
 *
 * The query's reading (fold.ts) is routed (router.ts) to the shards that can hold it — none for an absent word,
 * so Pagefind is never started — and searched with exact-substring semantics (ngram.ts) in each, one shard at a time
 * until the caller has its first page, then `inFlight` at a time. Within a shard:
 *   - 'date': newest first — the order records were added in, which exact hits keep (they all score 1); a short
 *     (prefix) query asks for it through the records' `order` sort key;
 *   - 'relevance': exact hits reordered by the score of their grams searched unquoted (same index chunks, so no
 *     extra download), which rewards repeated matches in short records; a prefix query is Pagefind's own ranking.
 * Shards stay newest first either way: the first page is the best of the newest notices, not of the whole corpus.
 */
import { queryReading } from './fold.ts';
import { gramQuery, type GramQuery } from './ngram.ts';
import type { FilterName } from './records.ts';
import { bucketOf, candidates, routeGrams, type ShardSet } from './router.ts';
import type { IndexManifest } from './shards.ts';

export const SORTS = ['relevance', 'date'] as const;
export type Sort = (typeof SORTS)[number];

/** The sort key every record carries: its position in its shard (newest first), zero-padded. */
export const ORDER_KEY = 'order';
export const orderValue = (position: number) => String(position).padStart(6, '0');

export interface Query {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort: Sort;
}

/** A filter as Pagefind takes it: one value, or any of several (a unit linked by a name several units print). */
export type FilterValue = string | { any: string[] };

/** A query as searched: its filters resolved (client.ts), and, for one without words, the shards it may reach. */
export interface Search extends Omit<Query, 'filters'> {
  filters: Partial<Record<FilterName, FilterValue>>;
  /** A search by filters alone (no word: nothing to route by) opens these shards only, newest first. */
  shards?: number[];
}

/** The slice of Pagefind's JS API this module uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export interface PagefindFragment {
  url: string;
  /** The indexed content (ngram.ts indexContent). */
  content: string;
  meta: Record<string, string | undefined>;
}
export interface ShardSearch {
  /** A null term: every record the filters let through. */
  search(
    term: string | null,
    options?: { filters?: Record<string, FilterValue>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
}

/** The index as the browser reaches it: client.ts fetches, tests fake. */
export interface ShardedIndex {
  manifest: IndexManifest;
  shard(k: number): Promise<ShardSearch>;
  bucket(b: number): Promise<Map<string, ShardSet | null>>;
  /** The first word of each of shard k's index chunks, in order (pagefind/s/<k>/chunks.json). */
  chunkStarts(k: number): Promise<string[]>;
}

export interface Hit {
  shard: number;
  result: PagefindResult;
}
export interface Batch {
  shard: number;
  hits: Hit[];
  /** How many shards the query was routed to. */
  candidates: number;
}
/**
 * What the caller sends back after each batch: how many hits it still needs for its first page (the stream then
 * searches as many shards at once as the hit rate so far says it takes, at most inFlight), or 'widen' once that page
 * is shown (inFlight at once from then on).
 */
export type Steer = { need: number } | 'widen' | undefined;

/** The candidate shards for a reading, newest first. */
export async function route(index: ShardedIndex, reading: string): Promise<number[]> {
  const { buckets, shards } = index.manifest.router;
  const grams = routeGrams(reading);
  const maps = new Map(
    await Promise.all(grams.map(async (gram) => [gram, await index.bucket(bucketOf(gram, buckets))] as const)),
  );
  const found = new Set(candidates(grams, (gram) => maps.get(gram)!.get(gram), shards));
  return index.manifest.shards.map((s) => s.k).filter((k) => found.has(k));
}

async function results(shard: ShardSearch, ...args: Parameters<ShardSearch['search']>): Promise<PagefindResult[]> {
  return (await shard.search(...args))?.results ?? [];
}

/** One shard's hits for a query (null: by its filters alone, in record order), in the query's order. */
export async function searchShard(
  index: ShardedIndex,
  k: number,
  plan: GramQuery | null,
  query: Pick<Search, 'filters' | 'sort'>,
): Promise<PagefindResult[]> {
  const shard = await index.shard(k);
  const filters = Object.fromEntries(Object.entries(query.filters).filter(([, v]) => v)) as Record<string, FilterValue>;
  if (plan === null) return results(shard, null, { filters, sort: { [ORDER_KEY]: 'asc' } });
  if (plan.prefix !== null) {
    // Pagefind loads, for a word, only the index chunk whose range holds it, so a prefix search would miss the
    // words that extend it in later chunks (measured: 公开 found 15,705 of 28,252 records): preload those chunks.
    // (A chunk's first word is stored as its shortest distinguishing prefix, so it may equal the query.)
    const later = (await index.chunkStarts(k)).filter((w) => w.startsWith(plan.prefix!));
    if (later.length) await shard.preload(later.join(' '));
    return results(shard, plan.term, query.sort === 'date' ? { filters, sort: { [ORDER_KEY]: 'asc' } } : { filters });
  }
  if (query.sort === 'date' || plan.ranking === null) return results(shard, plan.term, { filters });
  const [exact, ranked] = await Promise.all([
    results(shard, plan.term, { filters }),
    results(shard, plan.ranking, { filters }),
  ]);
  // Exact hits are a subset of the unquoted ones; Array.prototype.sort is stable, so ties keep the newest first.
  const position = new Map(ranked.map((result, i) => [result.id, i]));
  const rank = (result: PagefindResult) => position.get(result.id) ?? ranked.length;
  return exact.sort((a, b) => rank(a) - rank(b));
}

/**
 * The query's hits, shard by shard, newest first. Nothing for a query without letters or digits, unless it is a
 * search by filters alone over given shards.
 */
export async function* streamHits(
  index: ShardedIndex,
  query: Search,
  inFlight = 3,
): AsyncGenerator<Batch, void, Steer> {
  const plan = gramQuery(queryReading(query.q));
  if (!plan && !query.shards) return;
  const only = new Set(query.shards);
  const ks = plan
    ? await route(index, queryReading(query.q))
    : index.manifest.shards.map((s) => s.k).filter((k) => only.has(k));
  const records = new Map(index.manifest.shards.map((s) => [s.k, s.records]));
  const pending: Promise<PagefindResult[]>[] = [];
  let width = 1;
  let done = 0;
  const launch = () => {
    while (pending.length < ks.length && pending.length - done < width)
      pending.push(searchShard(index, ks[pending.length]!, plan, query));
  };
  launch();
  let hitsSoFar = 0;
  let recordsSoFar = 0;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i]!;
    const found = await pending[i]!;
    done++;
    const steer = yield { shard: k, hits: found.map((result) => ({ shard: k, result })), candidates: ks.length };
    hitsSoFar += found.length;
    recordsSoFar += records.get(k) ?? 0;
    if (steer === 'widen') width = inFlight;
    else if (steer?.need) {
      // As many of the next shards as should hold the missing hits at the rate so far; all of inFlight before a hit.
      let want = inFlight;
      if (hitsSoFar > 0) {
        let needed = (steer.need * recordsSoFar) / hitsSoFar;
        want = 0;
        for (let j = i + 1; j < ks.length && needed > 0; j++, want++) needed -= records.get(ks[j]!) ?? 0;
      }
      width = Math.max(1, Math.min(inFlight, want));
    }
    launch(); // only now: nothing is prefetched while the caller loads its first page's fragments
  }
}
