import { describe, expect, it } from 'vitest';
import { readings, variantsFor } from './fold.ts';
import { findHits, type PagefindApi, type PagefindResult, type Query } from './query.ts';
import { indexCopy } from './unigram.ts';

interface FakeRecord {
  url: string;
  text: string;
  lang?: string;
  date?: string;
  filters?: Record<string, string[]>;
}

/**
 * A stand-in for Pagefind over unigram index copies: a quoted query is a phrase over each reading of the copy
 * (not across the full stop between readings), an unquoted one needs every character and scores by occurrences,
 * results come best first, filters must all hold, a date sort drops undated records (as Pagefind does).
 */
function fakePagefind(records: FakeRecord[]) {
  const calls: string[] = [];
  const api: PagefindApi = {
    async search(term, options = {}) {
      calls.push(term ?? '<null>');
      const parts = (r: FakeRecord) =>
        indexCopy(readings(r.text, variantsFor(r.lang)))
          .replaceAll('\u200b', '')
          .split('。');
      let hits = records.filter((r) =>
        Object.entries(options.filters ?? {}).every(([name, value]) => r.filters?.[name]?.includes(value)),
      );
      const scores = new Map<FakeRecord, number>();
      if (term !== null) {
        const phrase = /^"(.*)"$/.exec(term);
        const chars = (phrase ? phrase[1]! : term).split(' ');
        hits = hits.filter((r) =>
          phrase ? parts(r).some((p) => p.includes(chars.join(''))) : chars.every((c) => parts(r).join('').includes(c)),
        );
        for (const r of hits)
          scores.set(r, phrase ? 1 : chars.reduce((n, c) => n + parts(r).join('').split(c).length - 1, 0));
      }
      // Pagefind returns results best first, or in the requested sort order.
      hits.sort((a, b) => (scores.get(b) ?? 1) - (scores.get(a) ?? 1));
      if (options.sort?.date) hits = hits.filter((r) => r.date).sort((a, b) => (a.date! < b.date! ? 1 : -1));
      const results: PagefindResult[] = hits.map((r) => ({
        id: r.url,
        score: scores.get(r) ?? 1,
        data: async () => ({ url: r.url, content: '', meta: { text: r.text } }),
      }));
      return { results };
    },
  };
  return { api, calls };
}

const RECORDS: FakeRecord[] = [
  { url: 'undated', text: '营造良好营商环境', filters: { year: ['2020'] } },
  { url: 'jilin', text: '围绕“放管服”改革和优化营商环境新任务', date: '2020-08-12', filters: { year: ['2020'] } },
  {
    url: 'leshan',
    text: '助力深化“放管服”改革、最佳化營商環境，營商環境',
    lang: 'zh-TW',
    date: '2020-05-28',
    filters: { year: ['2020'] },
  },
  { url: 'youyi', text: '建立健全政务公开制度', date: '2020-09-07', filters: { year: ['2020'] } },
  { url: 'jilin-2014', text: '２０１４年全省政务公开工作要点', date: '2014-04-25', filters: { year: ['2014'] } },
  { url: 'scattered', text: '营造商业环境', date: '2021-01-01', filters: { year: ['2021'] } },
];
const query = (q: string, more: Partial<Query> = {}): Query => ({ q, filters: {}, sort: 'relevance', ...more });
const urls = async (q: Query) => {
  const { api } = fakePagefind(RECORDS);
  return (await findHits(api, q)).results.map((r) => r.id);
};

describe('findHits', () => {
  it('finds exact substrings only, across scripts', async () => {
    expect(new Set(await urls(query('营商环境')))).toEqual(new Set(['jilin', 'leshan', 'undated']));
    expect(await urls(query('人工智能'))).toEqual([]);
    expect(await urls(query('２０１４年全省'))).toEqual(['jilin-2014']);
    expect(await urls(query('2014年全省'))).toEqual(['jilin-2014']);
  });

  it('finds a Taiwan phrase in zh-TW text for the mainland word, and nothing Taiwan-style in zh-CN text', async () => {
    expect(new Set(await urls(query('优化营商环境')))).toEqual(new Set(['jilin', 'leshan']));
    expect(await urls(query('最佳化營商環境'))).toEqual(['leshan']);
    expect(await urls(query('创建健全'))).toEqual([]);
  });

  it('orders by relevance: more occurrences first', async () => {
    expect((await urls(query('营商环境')))[0]).toBe('leshan');
  });

  it('orders by date, newest first, keeping undated hits at the end', async () => {
    expect(await urls(query('营商环境', { sort: 'date' }))).toEqual(['jilin', 'leshan', 'undated']);
  });

  it('applies filters and ignores empty ones', async () => {
    expect(await urls(query('公开', { filters: { year: '2014', region: '' } }))).toEqual(['jilin-2014']);
    expect(await urls(query('营商环境', { filters: { year: '2014' } }))).toEqual([]);
  });

  it('sends the exact phrase with the ranking search, and nothing for a query without letters or digits', async () => {
    const { api, calls } = fakePagefind(RECORDS);
    await findHits(api, query('最佳化營商', { sort: 'date' }));
    expect(calls).toEqual(['"最 佳 化 营 商"', '<null>']);
    calls.length = 0;
    await findHits(api, query('营商'));
    expect(calls).toEqual(['"营 商"', '营 商']);
    calls.length = 0;
    expect(await findHits(api, query('〔 〕，'))).toEqual({ reading: '', results: [] });
    expect(calls).toEqual([]);
  });
});
