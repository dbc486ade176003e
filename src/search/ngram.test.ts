import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text } from '../../tests/arbitraries/search-text.ts';
import { readings, VARIANTS } from './fold.ts';
import { FILLER, GRAM, gramQuery, grams, indexContent, standardReading } from './ngram.ts';

/** Pagefind over one record's content, as measured: a quoted phrase = consecutive words; one unquoted word = a prefix. */
function pagefindMatches(content: string, term: string): boolean {
  const words = content.split(' ');
  const phrase = /^"(.*)"$/.exec(term);
  if (!phrase) return words.some((w) => w.startsWith(term));
  const wanted = phrase[1]!.split(' ');
  return words.some((_, i) => wanted.every((w, j) => words[i + j] === w));
}

describe('grams', () => {
  it('has a padded word of exactly GRAM characters at every position', () => {
    expect(grams('营商环境')).toEqual(['营商环', '商环境', `环境${FILLER}`, `境${FILLER}${FILLER}`]);
    expect(indexContent(['最佳化', '优化'])).toBe(
      `最佳化 佳化${FILLER} 化${FILLER}${FILLER} 优化${FILLER} 化${FILLER}${FILLER}`,
    );
    expect(indexContent([])).toBe('');
    expect(() => indexContent([`a${FILLER}`])).toThrow(/filler/);
  });

  it('asks for a phrase of grams, or one prefix word below a gram', () => {
    expect(gramQuery('营商环境')).toEqual({ term: '"营商环 商环境"', ranking: '营商环 商环境', prefix: null });
    expect(gramQuery('公开')).toEqual({ term: '公开', ranking: null, prefix: '公开' });
    expect(gramQuery('哈哈哈哈')).toMatchObject({ term: '"哈哈哈 哈哈哈"', ranking: '哈哈哈' });
    expect(gramQuery(FILLER)).toBeNull();
    expect(gramQuery('')).toBeNull();
  });

  it('keeps the standard reading recoverable', () => {
    fc.assert(
      fc.property(text(), (t) => {
        const rs = readings(t, VARIANTS);
        const content = indexContent(rs);
        expect(standardReading(content)).toBe(rs[0] ?? '');
        for (const word of content ? content.split(' ') : []) expect([...word]).toHaveLength(GRAM);
      }),
    );
  });

  it('matches a record exactly when the query is a substring of one of its readings (brute force, random text)', () => {
    const alphabet = fc.constantFrom(...'政务公开营商环境2a𠀀');
    const reading = fc.array(alphabet, { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(reading, { minLength: 1, maxLength: 2 }), reading, (rs, q) => {
        const plan = gramQuery(q);
        if (!plan) return;
        const content = indexContent(rs.filter((r) => r.length > 0));
        expect(pagefindMatches(content, plan.term)).toBe(rs.some((r) => r.includes(q)));
      }),
      { numRuns: 2000 },
    );
  });
});
