import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseDigits, parseChineseNumeral } from './numerals.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['两', 2],
    ['兩', 2],
    ['〇', 0],
    ['零', 0],
    ['十', 10],
    ['廿一', 21],
    ['卅', 30],
    ['二十', 20],
    ['十一', 11],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两百五十', 250],
    ['一千零一十', 1010],
    ['壹拾贰', 12],
    ['貳佰零伍', 205],
    ['17', 17],
    ['１７', 17],
  ])('%s → %d', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
  });

  it.each(['', '一二零十', '十十', '两十', '十两', '百', '一百十五', '二十二十', '1七', '一 十', '（一）', '参'])(
    'rejects %j',
    (malformed) => {
      expect(parseChineseNumeral(malformed)).toBeNull();
    },
  );

  // A reference formatter written independently of the parser: plain or financial (大写) digits.
  const plain = { digits: [...'〇一二三四五六七八九'], ten: '十', hundred: '百' };
  const financial = { digits: [...'零壹贰叁肆伍陆柒捌玖'], ten: '拾', hundred: '佰' };
  const format = (n: number, { digits, ten, hundred }: typeof plain): string => {
    const belowHundred = (m: number, leading: boolean): string => {
      if (m < 10) return digits[m]!;
      const [t, u] = [Math.floor(m / 10), m % 10];
      return (t === 1 && !leading ? '' : digits[t]) + ten + (u ? digits[u] : '');
    };
    if (n < 100) return belowHundred(n, false);
    const rest = n % 100;
    const head = digits[Math.floor(n / 100)] + hundred;
    if (rest === 0) return head;
    return head + (rest < 10 ? digits[0] + digits[rest] : belowHundred(rest, true));
  };

  it('round-trips every number 1..199 written out in Chinese', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 199 }), fc.constantFrom(plain, financial), (n, style) => {
        expect(parseChineseNumeral(format(n, style))).toBe(n);
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseChineseDigits', () => {
  it.each([
    ['二〇二〇', 2020],
    ['二零一一', 2011],
    ['二○二○', 2020],
    ['一九九九', 1999],
  ])('%s → %d', (digits, value) => {
    expect(parseChineseDigits(digits)).toBe(value);
  });

  it('rejects positional numerals', () => {
    expect(parseChineseDigits('二十')).toBeNull();
  });
});
