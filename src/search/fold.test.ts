import fc from 'fast-check';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { text } from '../../tests/arbitraries/search-text.ts';
import { fold, foldAligned, foldChar, matches, queryReading, readings, VARIANTS, variantsFor } from './fold.ts';

// OpenCC's own converters, the reference the aligned fold must reproduce.
const reference = { standard: Converter({ from: 't', to: 'cn' }), taiwan: Converter({ from: 'twp', to: 'cn' }) };
const charsOnly = (s: string) => [...s].map(foldChar).join('');

describe('foldChar', () => {
  it.each([
    ['２', '2'],
    ['Ａ', 'a'],
    ['ｚ', 'z'],
    ['Q', 'q'],
    ['①', '1'],
    ['Ⅱ', 'ii'],
    ['é', 'e'],
    ['政', '政'],
    ['〔', ''],
    ['，', ''],
    ['\u3000', ''],
    ['·', ''],
  ])('%j → %j', (char, folded) => {
    expect(foldChar(char)).toBe(folded);
  });
});

describe('readings', () => {
  it.each([
    ['国办发〔2020〕17号', ['国办发202017号']],
    ['國辦發〔２０２０〕17號', ['国办发202017号']],
    ['优化营商环境', ['优化营商环境']],
    ['最佳化營商環境', ['最佳化营商环境', '优化营商环境']],
    ['規範性檔案', ['规范性档案', '规范性文件']],
    ['２０１４年全省政务公开', ['2014年全省政务公开']],
    ['（一）', ['一']],
    ['，。 ', []],
  ])('%s, read as zh-TW → %j', (input, expected) => {
    expect(readings(input, variantsFor('zh-TW'))).toEqual(expected);
  });

  it('reads Simplified text the standard way only: Taiwan computing words must not rewrite it', () => {
    expect(variantsFor('zh-CN')).toEqual(['standard']);
    expect(variantsFor(undefined)).toEqual(['standard']);
    expect(readings('建立健全文件管理程序，执行到位', variantsFor('zh-CN'))).toEqual(['建立健全文件管理程序执行到位']);
    expect(readings('建立健全文件管理程序，执行到位', variantsFor('zh-TW'))).toHaveLength(2);
  });
});

describe('matches', () => {
  const has = (t: string, q: string, lang = 'zh-TW') => matches(readings(t, variantsFor(lang)), queryReading(q));
  it('is Simplified/Traditional-insensitive, and reads Taiwan phrases in zh-TW text', () => {
    expect(has('助力深化“放管服”改革、最佳化營商環境', '营商环境')).toBe(true);
    expect(has('助力深化“放管服”改革、最佳化營商環境', '优化营商环境')).toBe(true);
    expect(has('助力深化“放管服”改革、最佳化營商環境', '最佳化营商环境')).toBe(true);
    expect(has('政务公开', '政務公開', 'zh-CN')).toBe(true);
    expect(has('建立健全', '创建', 'zh-CN')).toBe(false);
  });
  it('ignores punctuation and width on both sides, never inventing a match', () => {
    expect(has('国办发〔2020〕17号', '国办发202017号')).toBe(true);
    expect(has('（国办发〔２０２０〕１７号）', '2020〕17')).toBe(true);
    expect(has('2020年', '202')).toBe(true);
    expect(has('政务公开', '人工智能')).toBe(false);
    expect(has('政务公开', '，')).toBe(false);
  });
});

describe('foldAligned', () => {
  it('maps a Taiwan phrase to its whole source span', () => {
    const aligned = foldAligned('最佳化營商環境', 'taiwan');
    expect(aligned.text).toBe('优化营商环境');
    expect(aligned.starts).toEqual([0, 0, 3, 4, 5, 6]);
    expect(aligned.ends).toEqual([3, 3, 4, 5, 6, 7]);
  });

  it('skips punctuation and spans surrogate pairs', () => {
    const aligned = foldAligned('〔𠀀２〕', 'standard');
    expect(aligned.text).toBe('𠀀2');
    expect(aligned.starts).toEqual([1, 1, 3]);
    expect(aligned.ends).toEqual([3, 3, 4]);
  });

  it.each(VARIANTS)('%s: the text is exactly OpenCC’s conversion of the letters and digits', (variant) => {
    fc.assert(
      fc.property(text(), (s) => {
        expect(fold(s, variant)).toBe(reference[variant](charsOnly(s)));
      }),
    );
  });

  it.each(VARIANTS)('%s: spans never go backwards, and each holds a letter or digit', (variant) => {
    fc.assert(
      fc.property(text(), (s) => {
        const { text: folded, starts, ends } = foldAligned(s, variant);
        expect(starts).toHaveLength(folded.length);
        expect(ends).toHaveLength(folded.length);
        starts.forEach((start, i) => {
          expect(start).toBeGreaterThanOrEqual(i > 0 ? starts[i - 1]! : 0);
          expect(ends[i]).toBeGreaterThanOrEqual(i > 0 ? ends[i - 1]! : 0);
          expect(ends[i]).toBeLessThanOrEqual(s.length);
          expect(charsOnly(s.slice(start, ends[i])).length).toBeGreaterThan(0);
        });
      }),
    );
  });
});
