import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decode } from './decode.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const utf8 = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

const guangdong = utf8('guangdong.utf8.txt');

describe('decode: committed fixtures', () => {
  it.each([
    ['guangdong.utf8.txt', 'UTF-8'],
    ['guangdong.utf8-bom.txt', 'UTF-8 (BOM)'],
    ['guangdong.utf16le-bom.txt', 'UTF-16LE'],
    ['guangdong.gbk.txt', 'GB18030'],
  ])('%s → %s, text identical to the seed', (name, encoding) => {
    expect(decode(fixture(name))).toEqual({ text: guangdong, encoding, damage: [] });
  });

  it('decodes the Traditional seed from Big5', () => {
    expect(decode(fixture('leshan.big5.txt'))).toEqual({
      text: utf8('leshan.big5.expected.txt'),
      encoding: 'Big5',
      damage: [],
    });
  });

  it('decodes a short GBK file of a few lines', () => {
    expect(decode(fixture('youyi-short.gbk.txt'))).toEqual({
      text:
        '\n友政办发〔2020〕17号\n友谊县人民政府办公室关于印发\n\n友谊县2020年政务公开工作实施方案的通知\n' +
        '各乡（镇）人民政府，县政府直属和在县中、省直各单位：\n' +
        '《友谊县2020年政务公开工作实施方案》经2020年第十八次县政府常务会议审议通过，现印发给你们，请结合本单位实际，认真贯彻落实。\n' +
        '友谊县人民政府办公室\n',
      encoding: 'GB18030',
      damage: [],
    });
  });

  it('refuses a binary file', () => {
    expect(() => decode(fixture('guangdong.txt.gz'))).toThrow(/not a text file.*gzip/);
  });

  it('keeps the Big5 fixture honest: the same bytes read as GB18030 are mojibake without any error character', () => {
    // This is why decode needs the detector's margin and cannot just try GB18030 first.
    const misread = iconv.decode(Buffer.from(fixture('leshan.big5.txt')), 'gb18030');
    expect(misread).not.toContain('\uFFFD');
    expect(misread).not.toContain('樂山市');
  });
});

describe('decode: byte-order marks', () => {
  it('reads UTF-16BE with BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xfe, 0xff, ...iconv.encode('政务公开\n', 'utf16be')]);
    expect(decode(bytes)).toEqual({ text: '政务公开\n', encoding: 'UTF-16BE', damage: [] });
  });

  it('reads BOM-less UTF-16 when the detector recognises it', () => {
    expect(decode(new Uint8Array(iconv.encode(guangdong, 'utf16le')))).toEqual({
      text: guangdong,
      encoding: 'UTF-16LE',
      damage: [],
    });
    expect(decode(new Uint8Array(iconv.encode(guangdong, 'utf16be')))).toEqual({
      text: guangdong,
      encoding: 'UTF-16BE',
      damage: [],
    });
  });

  it('keeps a second BOM as text: only the leading one is the byte-order mark', () => {
    expect(decode(new TextEncoder().encode('\uFEFF\uFEFF通知')).text).toBe('\uFEFF通知');
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8', () => {
    expect(() => decode(new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode(guangdong, 'gbk')]))).toThrow(DecodeError);
  });

  it('refuses UTF-32 (its BOM starts like UTF-16LE, then NULs follow)', () => {
    const utf32 = [
      0xff,
      0xfe,
      0,
      0,
      ...[...'通知'].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8, 0, 0]),
    ];
    expect(() => decode(new Uint8Array(utf32))).toThrow(/NUL/);
  });
});

describe('decode: refusals instead of mojibake', () => {
  it('refuses NUL-heavy bytes', () => {
    expect(() => decode(new Uint8Array(64))).toThrow(DecodeError);
    expect(() => decode(new Uint8Array([...iconv.encode(guangdong, 'gbk'), 0, 0, 0]))).toThrow(/NUL/);
  });

  it('refuses control-laden bytes even when they are valid UTF-8', () => {
    const controls = Uint8Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41 + (i % 26)));
    expect(() => decode(controls)).toThrow(/control characters/);
  });

  it('tolerates a stray control character, like a DOS end-of-file mark', () => {
    expect(decode(new Uint8Array([...new TextEncoder().encode(guangdong), 0x1a])).text).toBe(`${guangdong}\x1a`);
  });

  it('refuses a Big5 fragment too short to tell from GBK', () => {
    expect(() => decode(new Uint8Array(iconv.encode('樂山市2020年政務公開工作要點', 'big5')))).toThrow(DecodeError);
  });

  it('refuses when GB and Big5 score close (these GBK bytes score higher as Big5)', () => {
    expect(() => decode(new Uint8Array(iconv.encode('违法行为和可能酿', 'gbk')))).toThrow(/ambiguous legacy encoding/);
  });

  it('keeps a GBK file cut inside a character, the cut byte shown as U+FFFD and reported with its line', () => {
    const gbk = iconv.encode(guangdong, 'gbk');
    const { text, encoding, damage } = decode(new Uint8Array([...gbk, 0x81]));
    expect(encoding).toBe('GB18030');
    expect(text).toBe(`${guangdong}\uFFFD`);
    expect(damage).toEqual([{ byte: gbk.length, line: guangdong.split('\n').length }]);
  });

  it('refuses GBK bytes damaged throughout', () => {
    const gbk = [...iconv.encode(guangdong, 'gbk')];
    const damaged = gbk.map((b, i) => (i % 40 === 0 ? 0xff : b));
    expect(() => decode(new Uint8Array(damaged))).toThrow(DecodeError);
  });

  it('refuses non-Chinese legacy encodings', () => {
    const french = iconv.encode('Le café est une boisson très populaire en France et dans le monde entier.', 'latin1');
    expect(() => decode(new Uint8Array(french))).toThrow(/not an encoding Chinese notices come in|not identified/);
    const japanese = iconv.encode(
      '日本語の文字コード検出テストです。これは日本語の文章で、ひらがなとカタカナを含みます。',
      'shiftjis',
    );
    expect(() => decode(new Uint8Array(japanese))).toThrow(/not an encoding Chinese notices come in/);
  });

  it('keeps truncated UTF-8 as UTF-8, the cut character as U+FFFD, rather than guessing another encoding', () => {
    const bytes = new TextEncoder().encode(guangdong);
    const cut = bytes.subarray(0, bytes.length - 3); // the seed ends in 。\n\n: drop them and the last byte of 。
    const { text, encoding, damage } = decode(cut);
    expect(encoding).toBe('UTF-8');
    expect(text).toBe(`${guangdong.slice(0, -3)}\uFFFD`);
    expect(damage).toEqual([{ byte: bytes.length - 5, line: guangdong.split('\n').length - 2 }]);
  });

  it('keeps UTF-8 with a stray byte of another encoding, and says where it stands', () => {
    const bytes = new TextEncoder().encode(guangdong);
    const at = bytes.indexOf(0x0a, 200) + 1; // the start of a line
    const stray = new Uint8Array([...bytes.subarray(0, at), 0xb9, ...bytes.subarray(at)]);
    const { text, damage } = decode(stray);
    expect(damage).toEqual([
      { byte: at, line: guangdong.slice(0, new TextDecoder().decode(bytes.subarray(0, at)).length).split('\n').length },
    ]);
    expect(text.replace('\uFFFD', '')).toBe(guangdong);
  });
});

describe('decode: properties', () => {
  // Text as notices hold it: no control characters but tab and line breaks. A leading U+FEFF is by definition a
  // byte-order mark, so it cannot survive a round trip as text.
  const text = fc
    .string({ unit: 'binary' })
    .filter((s) => !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(s) && !s.startsWith('\uFEFF'));

  it('round-trips any NUL-free text through UTF-8, UTF-8 with BOM and UTF-16 with BOM', () => {
    fc.assert(
      fc.property(text, (s) => {
        const body = new TextEncoder().encode(s);
        expect(decode(body)).toEqual({ text: s, encoding: 'UTF-8', damage: [] });
        expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...body]))).toEqual({
          text: s,
          encoding: 'UTF-8 (BOM)',
          damage: [],
        });
        expect(decode(new Uint8Array([0xff, 0xfe, ...iconv.encode(s, 'utf16le')]))).toEqual({
          text: s,
          encoding: 'UTF-16LE',
          damage: [],
        });
        expect(decode(new Uint8Array([0xfe, 0xff, ...iconv.encode(s, 'utf16be')]))).toEqual({
          text: s,
          encoding: 'UTF-16BE',
          damage: [],
        });
      }),
    );
  });

  it('on arbitrary bytes either throws DecodeError or returns NUL-free text, a U+FFFD for each damaged sequence it reports', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          const { text, damage } = decode(bytes);
          expect(text).not.toContain('\0');
          expect(text.split('\uFFFD').length - 1).toBeGreaterThanOrEqual(damage.length);
          for (const { byte, line } of damage) {
            expect(byte).toBeLessThan(bytes.length);
            expect(line).toBeLessThanOrEqual(text.split('\n').length);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
