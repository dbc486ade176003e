import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { NoiseKind } from '../../../../src/model/notice.ts';
import { toSimplified } from '../../../../src/model/script.ts';
import { foldWidth } from '../../../../src/model/width.ts';
import { classifyNoise } from '../../recognise/chrome.ts';
import { splitLines } from './lines.ts';
import { readSeed } from '../../../../tests/seeds.ts';

const read = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const fixtureLines = (name: string) =>
  read(name)
    .split('\n')
    .filter((line) => line !== '');

const SEEDS = [
  '000-jilin-2020.txt',
  '001-guangdong-2020.txt',
  '002-youyi-2020.txt',
  '003-leshan-2020-hant.txt',
  '004-jilin-2014.txt',
];
const CHROME = fixtureLines('chrome.tsv').map((row) => {
  const [kind, line] = row.split('\t') as [NoiseKind, string];
  return { kind, line };
});
const PROSE = fixtureLines('prose.txt');

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

const FULL_WIDTH = [...'０１２３４５６７８９ＡＢＸＹＺａｂｘｙｚ'];
// Characters the clause parser relies on, which folding must leave alone.
const KEPT = [...'（）：，。；、〔〕【】［］　．－／一二三号'];
const char = fc.oneof(
  fc.constantFrom(...FULL_WIDTH),
  fc.constantFrom(...KEPT),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const mixedText = fc.string({ unit: char });

describe('foldWidth', () => {
  it('folds full-width digits and Latin letters only', () => {
    expect(foldWidth('国办发〔２０１４〕１２号（一）：，Ｗｅｂ。')).toBe('国办发〔2014〕12号（一）：，Web。');
  });

  it('keeps the length, is idempotent, and changes only ０-９Ａ-Ｚａ-ｚ, each to its ASCII twin', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const folded = foldWidth(text);
        expect(folded.length).toBe(text.length);
        expect(foldWidth(folded)).toBe(folded);
        for (let i = 0; i < text.length; i++) {
          if (folded[i] === text[i]) continue;
          expect(text[i]).toMatch(/[０-９Ａ-Ｚａ-ｚ]/);
          expect(folded[i]).toBe(text[i]!.normalize('NFKC'));
        }
      }),
    );
  });
});

describe('splitLines', () => {
  const terminators = ['\n', '\r\n', '\r', '\u2028', '\u2029'];
  const textWithBreaks = fc
    .array(fc.oneof(mixedText, fc.constantFrom(...terminators)), { maxLength: 30 })
    .map((pieces) => pieces.join(''));

  it('gives every line, empty ones included, with 1-based numbers', () => {
    expect(splitLines('甲\r\n\n乙\r丙\u2028').map(({ line, offset, text }) => [line, offset, text])).toEqual([
      [1, 0, '甲'],
      [2, 3, ''],
      [3, 4, '乙'],
      [4, 6, '丙'],
      [5, 8, ''],
    ]);
  });

  it('offsets point at the line in the source, and lines plus terminators cover the text', () => {
    fc.assert(
      fc.property(textWithBreaks, (text) => {
        const lines = splitLines(text);
        let expected = 0;
        lines.forEach((l, i) => {
          expect(l.line).toBe(i + 1);
          expect(l.offset).toBe(expected);
          expect(text.slice(l.offset, l.offset + l.text.length)).toBe(l.text);
          expect(l.text).not.toMatch(/[\n\r\u2028\u2029]/);
          expect(l.match).toBe(foldWidth(l.text));
          expect(l.noise).toBe(classifyNoise(l.text));
          const end = l.offset + l.text.length;
          const next = lines[i + 1];
          if (!next) return expect(end).toBe(text.length);
          const terminator = text.slice(end, next.offset);
          expect(terminators).toContain(terminator);
          // CR LF is one terminator, never a CR line break followed by an empty line.
          if (terminator === '\r') expect(text[next.offset]).not.toBe('\n');
          expected = next.offset;
        });
      }),
    );
  });
});

describe('classifyNoise on the seeds', () => {
  // Every chrome line of the five seeds; everything else there is notice text (or blank).
  const expected: Record<string, Record<number, NoiseKind>> = {
    '001-guangdong-2020.txt': { 2: 'portal' },
    '003-leshan-2020-hant.txt': {
      11: 'wiki',
      13: 'wiki',
      14: 'wiki',
      15: 'wiki',
      16: 'wiki',
      17: 'wiki',
      46: 'wiki',
      48: 'wiki',
      50: 'wiki',
    },
  };

  it.each(SEEDS)('%s: exactly the chrome lines are chrome', (seed) => {
    const found = Object.fromEntries(splitLines(readSeed(seed)).flatMap((l) => (l.noise ? [[l.line, l.noise]] : [])));
    expect(found).toEqual(expected[seed] ?? {});
  });
});

describe('classifyNoise', () => {
  it.each(CHROME)('$kind: $line', ({ kind, line }) => {
    expect(classifyNoise(line)).toBe(kind);
  });

  it.each(PROSE)('notice text stays text: %s', (line) => {
    expect(classifyNoise(line)).toBeNull();
  });

  it('reads chrome the same in Simplified and Traditional', () => {
    for (const { kind, line } of CHROME) {
      expect(classifyNoise(toTraditional(line)), toTraditional(line)).toBe(kind);
      expect(classifyNoise(toSimplified(line)), toSimplified(line)).toBe(kind);
    }
  });

  const whitespace = fc.string({ unit: fc.constantFrom(' ', '\u3000', '\t', '\u00a0') });
  const chromeOrProse = fc.oneof(fc.constantFrom(...CHROME.map((c) => c.line)), fc.constantFrom(...PROSE), mixedText);

  it('ignores indentation and width', () => {
    const widen = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(whitespace, chromeOrProse, whitespace, (before, line, after) => {
        expect(classifyNoise(before + line + after)).toBe(classifyNoise(line));
        expect(classifyNoise(widen(line))).toBe(classifyNoise(line));
      }),
    );
  });

  it('never calls a line with a full stop, or a numbered clause, chrome (but a repost note, or a numbered file name)', () => {
    const marker = fc.constantFrom('一、', '（一）', '(一)', '1.', '１．', '（1）', '①');
    const chromeOrProse = fc.oneof(
      fc.constantFrom(...CHROME.map((c) => c.line).filter((line) => !/^【转载】|\.doc$/.test(line))),
      fc.constantFrom(...PROSE),
      mixedText,
    );
    fc.assert(
      fc.property(chromeOrProse, mixedText, (line, rest) => {
        expect(classifyNoise(`${line}。${rest}`)).toBeNull();
        expect(classifyNoise(`${rest}。${line}`)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(marker, chromeOrProse, (number, line) => {
        expect(classifyNoise(number + line.trimStart())).toBeNull();
      }),
    );
  });
});

describe('an indent an encoding conversion turned into ??', () => {
  it('is read as an indent in the matching copy, kept as printed in the text', () => {
    const [line] = splitLines('??2025年3月31日');
    expect([line!.text, line!.match]).toEqual(['??2025年3月31日', '  2025年3月31日']);
    expect(splitLines('?是否公开')[0]!.match).toBe('?是否公开');
  });
});

describe('a forum watermark', () => {
  it('is read past on a line with text, and kept as a noise line of its own when it is the whole line', () => {
    const [number, scraps] = splitLines(
      '! ^: H) q# b: W6 W! ]2 g% z" y国发〔2008〕14号 & }# j/ u% U* a\n% p; T+ I& |: m& ]3 c',
    );
    expect(number!.match.trim()).toBe('国发〔2008〕14号');
    expect(number!.text).toContain('& }# j/');
    expect(scraps!.match).toBe(scraps!.text);
    expect(scraps!.noise).toBe('watermark');
  });
});
