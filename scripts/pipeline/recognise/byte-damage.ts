/**
 * Where a file's bytes break the encoding it is in: the byte offsets of invalid sequences, found by the encodings'
 * own structure. The decoders (TextDecoder, iconv-lite) replace such bytes with U+FFFD but do not say where they
 * stood; these offsets let a warning name the byte and its line. Each invalid sequence is reported once, at its first
 * byte, and decoded as one U+FFFD.
 */

/** UTF-8 (RFC 3629): the start of every maximal invalid subpart, as the WHATWG decoder counts them. */
export function utf8Damage(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
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
    } else {
      bad.push(i++);
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [lower, upper] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) break;
    }
    if (k <= need) {
      bad.push(i);
      i += k; // the maximal subpart: the lead and the continuation bytes that were valid so far
    } else i += need + 1;
  }
  return bad;
}

/** GB18030 (a superset of GBK and GB2312): one-, two- and four-byte sequences. */
export function gb18030Damage(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const b2 = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && b2 !== undefined) {
      if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) {
        i += 2;
        continue;
      }
      const [b3, b4] = [bytes[i + 2], bytes[i + 3]];
      if (
        b2 >= 0x30 &&
        b2 <= 0x39 &&
        b3 !== undefined &&
        b3 >= 0x81 &&
        b3 <= 0xfe &&
        b4 !== undefined &&
        b4 >= 0x30 &&
        b4 <= 0x39
      ) {
        i += 4;
        continue;
      }
    }
    bad.push(i++);
  }
  return bad;
}

/** Big5 (and Big5-HKSCS): a lead byte 0x81–0xFE, a trail byte 0x40–0x7E or 0xA1–0xFE. */
export function big5Damage(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const b2 = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && b2 !== undefined && ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0xa1 && b2 <= 0xfe)))
      i += 2;
    else bad.push(i++);
  }
  return bad;
}

/** The 1-based line of a byte offset: newlines (0x0A) before it, plus one. Works for every ASCII-compatible encoding. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
