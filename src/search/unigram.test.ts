import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text } from '../../tests/arbitraries/search-text.ts';
import { readings, VARIANTS } from './fold.ts';
import { indexCopy, phraseQuery, standardReading, termsQuery } from './unigram.ts';

describe('indexCopy', () => {
  it('puts U+200B between characters and a full stop between readings', () => {
    expect(indexCopy(['最佳化营商', '优化营商'])).toBe(
      '最\u200b佳\u200b化\u200b营\u200b商\u200b。\u200b优\u200b化\u200b营\u200b商',
    );
    expect(indexCopy(['2020年'])).toBe('2\u200b0\u200b2\u200b0\u200b年');
    expect(indexCopy([])).toBe('');
  });

  it('keeps every reading recoverable, one character per word', () => {
    fc.assert(
      fc.property(text(), (t) => {
        const rs = readings(t, VARIANTS);
        const copy = indexCopy(rs);
        expect(copy.split('\u200b。\u200b').map((r) => r.replaceAll('\u200b', ''))).toEqual(rs.length ? rs : ['']);
        for (const word of copy ? copy.split('\u200b') : []) expect([...word]).toHaveLength(1);
        expect(standardReading(copy)).toBe(rs[0] ?? '');
      }),
    );
  });
});

describe('queries', () => {
  it('spell a reading as single-character words', () => {
    expect(phraseQuery('营商环境')).toBe('"营 商 环 境"');
    expect(phraseQuery('17号')).toBe('"1 7 号"');
    expect(termsQuery('𠀀a')).toBe('𠀀 a');
  });
});
