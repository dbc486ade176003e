/**
 * fast-check arbitraries for files an attacker or a careless export would feed the converter: notices of the genre
 * (notice-text.ts) mutated with markup, MDX/JSX syntax, control characters, huge lines, deep nesting, repeated numbers,
 * other line breaks, other encodings (GB18030, Big5, UTF-16, with and without BOM) and encodings mixed in one file,
 * flipped bytes — and plain random bytes.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { noticeText } from './notice-text.ts';

const payload = fc.constantFrom(
  '{',
  '}',
  '{alert(1)}',
  '{/* x */}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "import x from 'y'",
  'export const a = 1',
  '<Foo bar={1} />',
  '</div>',
  '<!--',
  '-->',
  '$$x$$',
  '```',
  '---',
  '[x](javascript:alert(1))',
  '&lt;&#x3C;',
  '\\',
  '{#sec_1}',
  '__proto__',
  '<Duty lead="x">',
  '`',
  '|a|b|\n|-|-|',
);
const control = fc
  .integer({ min: 0, max: 0x1f })
  .filter((c) => c !== 0x0a && c !== 0x0d)
  .map((c) => String.fromCharCode(c));
const unicode = fc.constantFrom('\u2028', '\u2029', '\u200b', '\ufeff', '\ud800', '\u0085', '𠀀', '😀', '\u202e');

/** A text mutation: what it does to the notice. */
const insertion = fc
  .tuple(fc.oneof(payload, control, unicode, fc.string({ unit: 'grapheme', maxLength: 20 })), fc.nat())
  .map(([piece, at]) => (text: string) => {
    const i = text.length ? at % text.length : 0;
    return text.slice(0, i) + piece + text.slice(i);
  });
const hugeLine = fc
  .tuple(fc.constantFrom('加强政务公开', '一、', 'a', '。', '{<'), fc.integer({ min: 1_000, max: 40_000 }), fc.nat())
  .map(([unit, times, at]) => (text: string) => {
    const lines = text.split('\n');
    lines.splice(at % (lines.length + 1), 0, unit.repeat(times));
    return lines.join('\n');
  });
const deepNesting = fc
  .tuple(fc.constantFrom('div', 'p', 'span', 'table', 'b'), fc.integer({ min: 10, max: 6_000 }))
  .map(
    ([tag, depth]) =>
      (text: string) =>
        `<html><body>${`<${tag}>`.repeat(depth)}${text}${`</${tag}>`.repeat(depth)}`,
  );
const repeatedNumber = fc
  .tuple(fc.constantFrom('一、', '（一）', '1.', '①', '第一条'), fc.integer({ min: 2, max: 80 }))
  .map(
    ([number, times]) =>
      (text: string) =>
        `${text}\n${Array.from({ length: times }, (_, i) => `${number}重复条款${i}。`).join('\n')}`,
  );
const lineBreaks = fc.constantFrom('\r\n', '\r', '\u2028').map((eol) => (text: string) => text.replace(/\n/g, eol));
const mutation = fc.oneof(
  { weight: 6, arbitrary: insertion },
  { weight: 1, arbitrary: hugeLine },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: repeatedNumber },
  { weight: 1, arbitrary: lineBreaks },
);

const ENCODINGS = ['utf8', 'utf8-bom', 'gb18030', 'big5', 'utf16le-bom', 'utf16be-bom', 'utf16le'] as const;
const encode = (text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array => {
  switch (encoding) {
    case 'utf8':
      return iconv.encode(text, 'utf8');
    case 'utf8-bom':
      return iconv.encode(text, 'utf8', { addBOM: true });
    case 'utf16le-bom':
      return iconv.encode(text, 'utf16le', { addBOM: true });
    case 'utf16be-bom':
      return iconv.encode(text, 'utf16be', { addBOM: true });
    default:
      return iconv.encode(text, encoding);
  }
};

export interface HostileFile {
  /** How it was made, to reproduce a failure. */
  recipe: string;
  bytes: Uint8Array;
}

const mutatedNotice = fc
  .tuple(noticeText, fc.array(mutation, { maxLength: 4 }), fc.constantFrom(...ENCODINGS))
  .map(([text, mutations, encoding]): HostileFile => {
    const mutated = mutations.reduce((t, mutate) => mutate(t), text);
    return { recipe: `${mutations.length} mutation(s), ${encoding}`, bytes: encode(mutated, encoding) };
  });
/** Two halves of a notice in two encodings, one file. */
const mixedEncodings = fc
  .tuple(noticeText, fc.constantFrom(...ENCODINGS), fc.constantFrom(...ENCODINGS))
  .map(([text, a, b]): HostileFile => {
    const half = Math.floor(text.length / 2);
    const first = encode(text.slice(0, half), a);
    const second = encode(text.slice(half), b);
    const bytes = new Uint8Array(first.length + second.length);
    bytes.set(first);
    bytes.set(second, first.length);
    return { recipe: `mixed ${a} + ${b}`, bytes };
  });
const flippedBytes = fc
  .tuple(noticeText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }))
  .map(([text, flips]): HostileFile => {
    const bytes = encode(text, 'utf8');
    for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
    return { recipe: `${flips.length} flipped byte(s)`, bytes };
  });
const randomBytes = fc
  .uint8Array({ maxLength: 2_000 })
  .map((bytes): HostileFile => ({ recipe: 'random bytes', bytes }));

export const hostileFile: fc.Arbitrary<HostileFile> = fc.oneof(
  { weight: 10, arbitrary: mutatedNotice },
  { weight: 2, arbitrary: mixedEncodings },
  { weight: 2, arbitrary: flippedBytes },
  { weight: 1, arbitrary: randomBytes },
);
