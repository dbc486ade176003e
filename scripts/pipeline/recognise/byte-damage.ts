/**
 * Where a file's bytes break the encoding it is in: the byte offsets of invalid sequences, found by the encodings'
 * own structure. The decoders (TextDecoder, iconv-lite) replace such bytes with U+FFFD but do not say where they
 * stood; these offsets let a warning name the byte and its line. Each invalid sequence is reported once, at its first
 * byte, and decoded as one U+FFFD.
 */

/** A multi-byte sequence starting at a byte ≥ 0x80: whether it is valid, and how many bytes to step over. */
type Sequence = (bytes: Uint8Array, at: number) => { valid: boolean; length: number };

/** Offsets of the invalid sequences, ASCII bytes stepped over one by one. */
function damage(bytes: Uint8Array, sequenceAt: Sequence): number[] {
  const bad: number[] = [];
  for (let i = 0; i < bytes.length;) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const { valid, length } = sequenceAt(bytes, i);
    if (!valid) bad.push(i);
    i += length;
  }
  return bad;
}

const inRange = (byte: number | undefined, low: number, high: number) =>
  byte !== undefined && byte >= low && byte <= high;

/** UTF-8 (RFC 3629): the start of every maximal invalid subpart, as the WHATWG decoder counts them. */
export const utf8Damage = (bytes: Uint8Array): number[] =>
  damage(bytes, (bytes, i) => {
    const b = bytes[i]!;
    // Expected continuation bytes, and the range the first one must fall in (no overlongs, surrogates or > U+10FFFF).
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return { valid: false, length: 1 };
    let k = 1;
    while (k <= need && inRange(bytes[i + k], k === 1 ? lower : 0x80, k === 1 ? upper : 0xbf)) k++;
    // Invalid: the maximal subpart, the lead and the continuation bytes that were valid so far.
    return k <= need ? { valid: false, length: k } : { valid: true, length: need + 1 };
  });

/** GB18030 (a superset of GBK and GB2312): one-, two- and four-byte sequences. */
export const gb18030Damage = (bytes: Uint8Array): number[] =>
  damage(bytes, (bytes, i) => {
    const [b, b2, b3, b4] = [bytes[i]!, bytes[i + 1], bytes[i + 2], bytes[i + 3]];
    if (!inRange(b, 0x81, 0xfe)) return { valid: false, length: 1 };
    if (inRange(b2, 0x40, 0x7e) || inRange(b2, 0x80, 0xfe)) return { valid: true, length: 2 };
    if (inRange(b2, 0x30, 0x39) && inRange(b3, 0x81, 0xfe) && inRange(b4, 0x30, 0x39))
      return { valid: true, length: 4 };
    return { valid: false, length: 1 };
  });

/** Big5 (and Big5-HKSCS): a lead byte 0x81–0xFE, a trail byte 0x40–0x7E or 0xA1–0xFE. */
export const big5Damage = (bytes: Uint8Array): number[] =>
  damage(bytes, (bytes, i) => {
    const b2 = bytes[i + 1];
    const valid = inRange(bytes[i], 0x81, 0xfe) && (inRange(b2, 0x40, 0x7e) || inRange(b2, 0xa1, 0xfe));
    return { valid, length: valid ? 2 : 1 };
  });

/** The 1-based line of a byte offset: newlines (0x0A) before it, plus one. Works for every ASCII-compatible encoding. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
