import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text } from '../../tests/arbitraries/search-text.ts';
import { matches, queryReading, readings, variantsFor } from './fold.ts';
import { indexContent } from './ngram.ts';
import {
  type FilterValue,
  ORDER_KEY,
  orderValue,
  type Query,
  type Search,
  type ShardedIndex,
  type ShardSearch,
  type Steer,
  streamHits,
} from './query.ts';
import { RouterBuilder, decodeBucket } from './router.ts';

interface FakeRecord {
  url: string;
  text: string;
  lang?: string;
  filters?: Record<string, string[]>;
}

/**
 * A stand-in for one Pagefind shard over gram content, as measured: a quoted phrase = consecutive words (score 1,
 * page order); one unquoted word = every word it prefixes — but only within the chunk holding the word itself unless
 * the later chunks were preloaded; several unquoted words = all present, scored by occurrences; the order sort key;
 * filters must all hold.
 */
function fakeShard(records: FakeRecord[], chunkStarts: string[], log: string[]): ShardSearch {
  const content = records.map((r) => indexContent(readings(r.text, variantsFor(r.lang))).split(' '));
  const preloaded = new Set<string>();
  const chunkOf = (word: string) => chunkStarts.filter((s) => s <= word).length;
  return {
    async preload(term) {
      for (const w of term.split(' ')) preloaded.add(String(chunkOf(w)));
    },
    async search(term, options = {}) {
      log.push(term ?? '(filters)');
      const phrase = term === null ? null : /^"(.*)"$/.exec(term);
      const words = (phrase ? phrase[1]! : (term ?? '')).split(' ');
      const loaded = (w: string) => chunkOf(w) === chunkOf(words[0]!) || preloaded.has(String(chunkOf(w)));
      const holds = (values: string[] | undefined, v: FilterValue) =>
        typeof v === 'string' ? values?.includes(v) : v.any.some((one) => values?.includes(one));
      const scored = records.flatMap((r, i) => {
        if (!Object.entries(options.filters ?? {}).every(([n, v]) => holds(r.filters?.[n], v))) return [];
        const ws = content[i]!;
        const count = (w: string) => ws.filter((x) => x === w).length;
        const score =
          term === null
            ? 1
            : phrase
              ? Number(ws.some((_, p) => words.every((w, j) => ws[p + j] === w)))
              : words.length === 1
                ? ws.filter((w) => w.startsWith(words[0]!) && loaded(w)).length
                : words.every((w) => ws.includes(w))
                  ? words.reduce((n, w) => n + count(w), 0)
                  : 0;
        return score ? [{ r, i, score }] : [];
      });
      if (options.sort?.[ORDER_KEY]) scored.sort((a, b) => a.i - b.i);
      else scored.sort((a, b) => b.score - a.score);
      return {
        results: scored.map(({ r, score }) => ({
          id: r.url,
          score,
          data: async () => ({ url: r.url, content: '', meta: {} }),
        })),
      };
    },
  };
}

/** A sharded index over records given newest first, `size` records a shard, chunks of `chunk` words. */
function fakeIndex(records: FakeRecord[], size: number, chunk = 5) {
  // Cut like the index from the oldest end, but every `size` records: the query side does not care where cuts fall.
  const ranges = Array.from({ length: Math.ceil(records.length / size) }, (_, k): [number, number] => [
    Math.max(0, records.length - (k + 1) * size),
    records.length - k * size,
  ]);
  const builder = new RouterBuilder(ranges.length);
  const log: string[] = [];
  const opened: number[] = [];
  const shards = ranges.map(([from, to], k) => {
    const mine = records.slice(from, to);
    builder.addShard(
      k,
      mine.flatMap((r) => readings(r.text, variantsFor(r.lang))),
    );
    const words = [
      ...new Set(mine.flatMap((r) => indexContent(readings(r.text, variantsFor(r.lang))).split(' '))),
    ].sort();
    const starts = words.filter((_, i) => i % chunk === 0);
    return { shard: fakeShard(mine, starts, log), starts };
  });
  const buckets = builder.buckets(4).map((b) => decodeBucket(b, ranges.length));
  const index: ShardedIndex = {
    manifest: {
      buildId: 'test',
      language: 'x',
      shards: ranges.map(([from, to], k) => ({ k, records: to - from })).reverse(),
      router: { buckets: 4, shards: ranges.length },
      lookup: { buckets: 16 },
    },
    async shard(k) {
      opened.push(k);
      return shards[k]!.shard;
    },
    bucket: async (b) => buckets[b]!,
    chunkStarts: async (k) => shards[k]!.starts,
  };
  return { index, log, opened };
}

async function all(index: ShardedIndex, query: Search, steer: (hits: number) => Steer = () => undefined) {
  const urls: string[] = [];
  const shards: number[] = [];
  const stream = streamHits(index, query);
  for (let next = await stream.next(); !next.done; next = await stream.next(steer(urls.length))) {
    shards.push(next.value.shard);
    urls.push(...next.value.hits.map((h) => h.result.id));
  }
  return { urls, shards };
}

const RECORDS: FakeRecord[] = [
  { url: 'scattered', text: '营造商业环境', filters: { year: ['2021'] } },
  { url: 'youyi', text: '建立健全政务公开制度', filters: { year: ['2020'] } },
  { url: 'jilin', text: '围绕“放管服”改革和优化营商环境新任务', filters: { year: ['2020'] } },
  { url: 'leshan', text: '助力深化“放管服”改革、最佳化營商環境，營商環境', lang: 'zh-TW', filters: { year: ['2020'] } },
  { url: 'jilin-2014', text: '２０１４年全省政务公开工作要点', filters: { year: ['2014'] } },
  { url: 'undated', text: '营造良好营商环境' },
];
const query = (q: string, more: Partial<Query> = {}): Query => ({ q, filters: {}, sort: 'date', ...more });

describe('streamHits', () => {
  const { index } = fakeIndex(RECORDS, 2);

  it('finds exact substrings only, across scripts, newest first', async () => {
    expect((await all(index, query('营商环境'))).urls).toEqual(['jilin', 'leshan', 'undated']);
    expect((await all(index, query('２０１４年全省'))).urls).toEqual(['jilin-2014']);
    expect((await all(index, query('优化营商环境'))).urls).toEqual(['jilin', 'leshan']);
    expect((await all(index, query('最佳化營商環境'))).urls).toEqual(['leshan']);
    expect((await all(index, query('创建健全'))).urls).toEqual([]);
  });

  it('searches only the shards the router allows, newest first, and none for an absent word', async () => {
    const { index: fresh, opened } = fakeIndex(RECORDS, 2);
    expect(await all(fresh, query('政务公开'))).toEqual({ urls: ['youyi', 'jilin-2014'], shards: [2, 0] });
    expect(await all(fresh, query('人工智能'))).toEqual({ urls: [], shards: [] });
    expect(await all(fresh, query('〔 〕，'))).toEqual({ urls: [], shards: [] });
    expect(opened).toEqual([2, 0]);
  });

  it('orders by relevance within a shard: more occurrences first', async () => {
    const { index: one } = fakeIndex(RECORDS, 100);
    expect((await all(one, query('营商环境', { sort: 'relevance' }))).urls[0]).toBe('leshan');
    expect((await all(one, query('营商环境', { sort: 'date' }))).urls).toEqual(['jilin', 'leshan', 'undated']);
  });

  it('applies filters and ignores empty ones', async () => {
    expect((await all(index, query('公开', { filters: { year: '2014', region: '' } }))).urls).toEqual(['jilin-2014']);
    expect((await all(index, query('营商环境', { filters: { year: '2014' } }))).urls).toEqual([]);
  });

  it('by filters alone: every record they let through in the given shards only, newest first', async () => {
    const { index: fresh, opened } = fakeIndex(RECORDS, 2);
    const search = (filters: Search['filters'], shards?: number[]) =>
      all(fresh, { ...query(''), filters, ...(shards ? { shards } : {}) });
    expect(await search({ year: '2020' })).toEqual({ urls: [], shards: [] });
    expect(opened).toEqual([]);
    expect((await search({ year: '2020' }, [2, 1])).urls).toEqual(['youyi', 'jilin', 'leshan']);
    expect((await search({ year: '2020' }, [1])).urls).toEqual(['jilin', 'leshan']);
    expect((await search({ year: { any: ['2014', '2021'] } }, [0, 1, 2])).urls).toEqual(['scattered', 'jilin-2014']);
  });

  it('widens to the steered number of shards in flight, still yielding newest first', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ url: `r${i}`, text: `第${i}条政务公开` }));
    const { index: wide, opened } = fakeIndex(many, 3);
    const { urls } = await all(wide, query('政务公开'), (n) => (n >= 6 ? 'widen' : { need: 6 - n }));
    expect(urls).toEqual(many.map((r) => r.url));
    expect(opened).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  it('equals brute-force substring search on random text, any shard and chunk size, either sort', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(text(12), { minLength: 1, maxLength: 12 }),
        text(4),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('date', 'relevance' as const),
        async (texts, q, size, chunk, sort) => {
          const records = texts.map((t, i) => ({ url: `r${i}`, text: t, lang: i % 3 ? 'zh-CN' : 'zh-TW' }));
          const { index: random } = fakeIndex(records, size, chunk);
          const truth = records.filter((r) => matches(readings(r.text, variantsFor(r.lang)), queryReading(q)));
          const { urls } = await all(random, query(q, { sort }));
          if (sort === 'date') expect(urls).toEqual(truth.map((r) => r.url));
          else expect(new Set(urls)).toEqual(new Set(truth.map((r) => r.url)));
          expect(urls).toHaveLength(new Set(urls).size);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('asks Pagefind for grams: the phrase with its ranking search, or the prefix in record order', async () => {
    const { index: one, log } = fakeIndex(RECORDS, 100);
    await all(one, query('最佳化營商', { sort: 'relevance' }));
    expect(log).toEqual(['"最佳化 佳化营 化营商"', '最佳化 佳化营 化营商']);
    log.length = 0;
    await all(one, query('营商'));
    expect(log).toEqual(['营商']);
    expect(orderValue(12)).toBe('000012');
  });
});
