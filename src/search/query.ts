/**
 * Runs one search against Pagefind with exact-substring semantics and returns the hits in display order.
 *
 * The query's reading (src/search/fold.ts) is searched as an exact phrase of single characters. Pagefind scores
 * every exact hit 1, so:
 *   - 'relevance' reorders them by the score of the same characters searched unquoted (same index chunks, so no
 *     extra download), which rewards repeated and concentrated matches in short records;
 *   - 'date' orders them by the date sort of a filter-only search (newest first). Pagefind drops records without a
 *     sort key from sorted results (measured), so undated hits are appended, not lost.
 */
import { queryReading } from './fold.ts';
import type { FilterName } from './records.ts';
import { phraseQuery, termsQuery } from './unigram.ts';

export const SORTS = ['relevance', 'date'] as const;
export type Sort = (typeof SORTS)[number];

export interface Query {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort: Sort;
}

/** The slice of Pagefind's JS API this module uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export interface PagefindFragment {
  url: string;
  /** The indexed content: the record's index copy (src/search/unigram.ts). */
  content: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface Hits {
  /** The query's folded reading; empty when it has no letter or digit (then there are no hits). */
  reading: string;
  results: PagefindResult[];
}

async function results(pagefind: PagefindApi, ...args: Parameters<PagefindApi['search']>): Promise<PagefindResult[]> {
  return (await pagefind.search(...args))?.results ?? [];
}

export async function findHits(pagefind: PagefindApi, query: Query): Promise<Hits> {
  const reading = queryReading(query.q);
  if (!reading) return { reading, results: [] };
  const filters = Object.fromEntries(Object.entries(query.filters).filter(([, v]) => v)) as Record<string, string>;
  const [exact, ranked] = await Promise.all([
    results(pagefind, phraseQuery(reading), { filters }),
    query.sort === 'date'
      ? results(pagefind, null, { sort: { date: 'desc' } })
      : results(pagefind, termsQuery(reading), { filters }),
  ]);
  // Exact hits are a subset of the unquoted ones; the date list holds every dated record.
  const position = new Map(ranked.map((result, i) => [result.id, i]));
  const rank = (result: PagefindResult) => position.get(result.id) ?? ranked.length;
  // Array.prototype.sort is stable: equal ranks keep Pagefind's order.
  return { reading, results: exact.sort((a, b) => rank(a) - rank(b)) };
}
