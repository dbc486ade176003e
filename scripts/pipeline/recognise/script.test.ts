import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../src/model/script.ts';
import { detectScript, langOf } from './script.ts';
import { readSeed } from '../../../tests/seeds.ts';

// The seeds live with the normalize fixtures; one copy serves both tests.
const seed = (name: string) => readSeed(name);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

describe('detectScript on the seeds', () => {
  it.each([
    ['000-jilin-2020.txt', 'Hans'],
    ['001-guangdong-2020.txt', 'Hans'],
    ['002-youyi-2020.txt', 'Hans'],
    ['003-leshan-2020-hant.txt', 'Hant'],
    ['004-jilin-2014.txt', 'Hans'],
  ])('%s is %s', (name, script) => {
    expect(detectScript(seed(name))).toBe(script);
  });

  // Every line that holds script-specific characters must flip when converted to the other script.
  const lines = (name: string) =>
    seed(name)
      .split('\n')
      .filter((line) => toTraditional(line) !== toSimplified(line));
  it('follows any seed line through OpenCC conversion both ways', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lines('000-jilin-2020.txt'), ...lines('004-jilin-2014.txt')), (line) => {
        expect(detectScript(line)).toBe('Hans');
        expect(detectScript(toTraditional(line))).toBe('Hant');
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...lines('003-leshan-2020-hant.txt')), (line) => {
        expect(detectScript(line)).toBe('Hant');
        expect(detectScript(toSimplified(line))).toBe('Hans');
      }),
    );
  });
});

describe('detectScript on short and mixed strings', () => {
  it.each([
    ['政务公开', 'Hans'],
    ['政務公開', 'Hant'],
    ['樂山市2020年政务公开工作要点', 'Hans'], // one Traditional leftover among Simplified
    ['樂山市2020年政務公開工作要点', 'Hant'], // one Simplified leftover among Traditional
    ['中華人民共和國政府資訊公開條例', 'Hant'],
    ['〔責任單位:市政府辦公室〕', 'Hant'],
    ['（牵头单位：县政府办公室）', 'Hans'],
    ['政務公开', 'Hans'], // a tie falls back to the corpus default
    ['国办发〔2020〕17号', 'Hans'],
    ['2020-07-26', 'Hans'],
    ['', 'Hans'],
  ])('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});

describe('langOf', () => {
  it('maps Hans to zh-CN and Hant to zh-TW', () => {
    expect(langOf('Hans')).toBe('zh-CN');
    expect(langOf('Hant')).toBe('zh-TW');
  });
});
