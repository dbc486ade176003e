/**
 * Bytes → text. Notices arrive as UTF-8 (with or without BOM), UTF-16 saved by Windows tools, or legacy GBK/GB2312
 * and Big5 files from older portals. Everything downstream stores UTF-16 offsets into the decoded text, so decoding
 * must be exact: when the encoding cannot be identified we throw instead of handing mojibake to the clause parser.
 *
 * A few damaged bytes do not lose a notice: once the encoding is clear, each invalid sequence becomes U+FFFD and is
 * reported with its byte offset and line (recognise/byte-damage.ts). Only a file whose damage is not a few stray
 * bytes is refused.
 */
import iconv from 'iconv-lite';
import { chardet } from 'jschardet';
import { big5Damage, gb18030Damage, lineOfByte, utf8Damage } from '../../recognise/byte-damage.ts';

export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** A byte sequence that is not valid in the file's encoding, shown as U+FFFD in the text. */
export interface Damage {
  /** Offset of its first byte in the file. */
  byte: number;
  /** 1-based line of the decoded text it falls on. */
  line: number;
}

export interface Decoded {
  text: string;
  /** UTF-8, UTF-8 (BOM), UTF-16LE, UTF-16BE, GB18030 or Big5 — recorded as `source.encoding`. */
  encoding: string;
  damage: Damage[];
}

/** More invalid sequences than this share of the bytes (or than a handful in a short file): not this encoding. */
const MAX_DAMAGE_SHARE = 0.005;
const MIN_DAMAGE_ALLOWED = 4;
const tolerable = (damaged: number, bytes: number) => damaged <= Math.max(MIN_DAMAGE_ALLOWED, bytes * MAX_DAMAGE_SHARE);

// A BOM is the author's own statement of the encoding, so it wins over any guess.
const BOMS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8 (BOM)', decoder: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE', decoder: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE', decoder: 'utf-16be' },
] as const;

/**
 * Legacy encodings the corpus can hold, keyed by the names jschardet reports (lower-cased).
 * Every GB* flavour is decoded as GB18030, its superset; Big5 as Big5-HKSCS, likewise a superset of CP950.
 */
const GB = { encoding: 'GB18030', iconv: 'gb18030', damage: gb18030Damage };
const BIG5 = { encoding: 'Big5', iconv: 'big5hkscs', damage: big5Damage };
const LEGACY: Record<string, typeof GB> = {
  gb2312: GB,
  'euc-cn': GB,
  cp936: GB,
  gbk: GB,
  gb18030: GB,
  big5: BIG5,
  big5hkscs: BIG5,
  cp950: BIG5,
};

// BOM-less UTF-16 is recognised by its NUL pattern, which jschardet reports under these names.
const BOMLESS_UTF16: Record<string, { encoding: string; decoder: string }> = {
  'utf-16-le': { encoding: 'UTF-16LE', decoder: 'utf-16le' },
  'utf-16-be': { encoding: 'UTF-16BE', decoder: 'utf-16be' },
};

/** Decode a source file, or throw DecodeError saying why it cannot be read as text. */
export function decode(bytes: Uint8Array): Decoded {
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const body = bytes.subarray(bom.bytes.length);
    const text = strict(body, bom.decoder);
    if (text !== null) return checked({ text, encoding: bom.encoding, damage: [] });
    const damaged = bom.decoder === 'utf-8' ? utf8Damage(body) : null;
    if (damaged && tolerable(damaged.length, body.length))
      return checked(withDamage(body, 'utf-8', bom.encoding, damaged, bom.bytes.length));
    throw new DecodeError(`starts with a ${bom.encoding} byte-order mark but is not valid ${bom.encoding}`);
  }
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return checked({ text: utf8, encoding: 'UTF-8', damage: [] });
  // UTF-8 with a few damaged bytes (a truncated download, a stray byte from another encoding): the rest is plainly
  // UTF-8, which no legacy Chinese encoding imitates over more than a few characters.
  const damaged = utf8Damage(bytes);
  if (tolerable(damaged.length, bytes.length) && hasUtf8Sequences(bytes, damaged.length))
    return checked(withDamage(bytes, 'utf-8', 'UTF-8', damaged));
  return checked(decodeGuessed(bytes));
}

/** Many valid multi-byte UTF-8 sequences besides the damage: Chinese text in UTF-8, not a legacy encoding. */
function hasUtf8Sequences(bytes: Uint8Array, damaged: number): boolean {
  let leads = 0;
  for (const b of bytes) if (b >= 0xc2 && b <= 0xf4) leads++;
  return leads >= 8 && leads >= damaged * 10;
}

/** The text with each damaged sequence as U+FFFD (the decoder's own replacement), and where they stood. */
function withDamage(bytes: Uint8Array, decoder: string, encoding: string, damaged: number[], shift = 0): Decoded {
  const text =
    decoder === 'utf-8'
      ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
      : iconv.decode(Buffer.from(bytes), decoder);
  return { text, encoding, damage: damaged.map((byte) => ({ byte: byte + shift, line: lineOfByte(bytes, byte) })) };
}

function decodeGuessed(bytes: Uint8Array): Decoded {
  // Candidates come best first; the threshold is jschardet's own line below which a guess is noise.
  const [best, ...rest] = chardet.detectAll(bytes, { ignoreThreshold: true });
  if (!best?.encoding || !best.mimeType?.startsWith('text/')) {
    throw new DecodeError(`not a text file (looks like ${best?.mimeType ?? 'unknown binary data'})`);
  }
  const name = best.encoding.toLowerCase();
  const confidence = best.confidence.toFixed(2);
  if (best.confidence < chardet.MINIMUM_THRESHOLD) {
    throw new DecodeError(`encoding not identified: best guess ${best.encoding} with confidence ${confidence} only`);
  }

  const utf16 = BOMLESS_UTF16[name];
  if (utf16) {
    const text = strict(bytes, utf16.decoder);
    if (text === null)
      throw new DecodeError(`looks like ${utf16.encoding} without BOM but is not valid ${utf16.encoding}`);
    return { text, encoding: utf16.encoding, damage: [] };
  }

  const legacy = LEGACY[name];
  if (!legacy) {
    throw new DecodeError(
      name.startsWith('utf-8')
        ? 'looks like UTF-8 but contains invalid UTF-8 sequences (truncated or mixed-encoding file?)'
        : `detected ${best.encoding} (confidence ${confidence}), which is not an encoding Chinese notices come in`,
    );
  }
  // Big5 byte pairs are also valid GBK pairs, so a decode without errors proves nothing: the two families must be
  // told apart by the detector with a clear margin, or we refuse.
  const rival = rest.find((candidate) => {
    const other = LEGACY[candidate.encoding?.toLowerCase() ?? ''];
    return other !== undefined && other.encoding !== legacy.encoding;
  });
  if (rival && rival.confidence * 2 >= best.confidence) {
    throw new DecodeError(
      `ambiguous legacy encoding: ${best.encoding} (${confidence}) vs ${rival.encoding} (${rival.confidence.toFixed(2)})`,
    );
  }
  const damaged = legacy.damage(bytes);
  if (!tolerable(damaged.length, bytes.length))
    throw new DecodeError(
      `detected ${legacy.encoding}, but ${damaged.length} byte sequences are not valid ${legacy.encoding}`,
    );
  return withDamage(bytes, legacy.iconv, legacy.encoding, damaged);
}

/** The text, or null when the bytes are not valid in that encoding. */
function strict(bytes: Uint8Array, decoder: string): string | null {
  try {
    // ignoreBOM keeps a second BOM as text: only the one we stripped is the file's byte-order mark.
    return new TextDecoder(decoder, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, line feed, vertical tab, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
// A scraped text file may carry a stray control character; binary data that happens to decode is full of them.
const MAX_CONTROL_SHARE = 0.01;

// NUL never occurs in a text notice: it means binary data, or UTF-32 read as UTF-16.
function checked(decoded: Decoded): Decoded {
  const nul = decoded.text.indexOf('\0');
  if (nul !== -1) {
    throw new DecodeError(`not a text file: NUL character at ${nul} after decoding as ${decoded.encoding}`);
  }
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  if (controls > decoded.text.length * MAX_CONTROL_SHARE) {
    throw new DecodeError(
      `not a text file: ${controls} control characters in ${decoded.text.length} decoded as ${decoded.encoding}`,
    );
  }
  return decoded;
}
