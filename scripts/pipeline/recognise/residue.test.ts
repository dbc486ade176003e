import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankJammer, blankLostIndent, dropLostIndent } from './residue.ts';

describe('blankJammer', () => {
  it('reads a forum watermark glued to either end of a line as spaces, keeping offsets and the text', () => {
    // Lines as a forum repost of 国发〔2008〕14号 prints them.
    const number = '! ^: H) q# b: W6 W! ]2 g% z" y国发〔2008〕14号 & }# j/ u% U* a';
    expect(blankJammer(number).trim()).toBe('国发〔2008〕14号');
    expect(blankJammer(number)).toHaveLength(number.length);
    expect(blankJammer('1 k! w2 m1 `9 b/ Z4 P+ ?, }+ M各直属机构:$ Q( d0 J+ h3 S1 p').trim()).toBe('各直属机构:');
    expect(blankJammer(': A* o; y* i/ \\+ C7 q 国务院* d) `$ ]7 [6 t1 ?0 ]* g').trim()).toBe('国务院');
    expect(blankJammer('% p; T+ I& |: m& ]3 c').trim()).toBe('');
  });

  it('leaves lists, numbers and addresses that only look like scraps', () => {
    for (const line of [
      '按 A B C D 执行',
      '见附件 1 2 3 4',
      '1. 2. 3. 4.',
      'Email: a@b.cn http://x.y/z',
      '（一）、（二）',
    ])
      expect(blankJammer(line)).toBe(line);
  });

  it('never changes a line without ASCII, and always keeps the length', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4fff }).map((c) => String.fromCharCode(c)) }),
        (text) => blankJammer(text) === text,
      ),
    );
    fc.assert(fc.property(fc.string(), (text) => blankJammer(text).length === text.length));
  });
});

describe('spaces lost to ?', () => {
  it('reads an indent or trailing spaces turned into ? as spaces, and leaves a question mark in the text', () => {
    expect(dropLostIndent('??2025年3月31日')).toBe('2025年3月31日');
    expect(dropLostIndent('2023年3月31日? ?')).toBe('2023年3月31日');
    expect(blankLostIndent('2023年3月31日??')).toBe('2023年3月31日  ');
    expect(dropLostIndent('是否公开？')).toBe('是否公开？');
    expect(dropLostIndent('申请?zhí)峤缓徒邮招袨椋鶕?jù)')).toBe('申请?zhí)峤缓徒邮招袨椋鶕?jù)');
  });
});
