/**
 * What kind of file a notice arrived as, told from its content, not its name: a file saved as .txt may be a web page,
 * a Word file renamed, or a spreadsheet export. Binary formats by their signatures (magic numbers, the parts a zip
 * container holds); text by what its lines look like.
 */

export type BinaryKind = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odf' | 'zip' | 'ole' | 'rtf' | 'image' | 'gzip';

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Names of the entries of a zip container, read from its local file headers (enough to tell Office files apart). */
function zipEntries(bytes: Uint8Array, limit = 64): string[] {
  const names: string[] = [];
  for (
    let at = 0;
    names.length < limit && at + 30 <= bytes.length && startsWith(bytes, [0x50, 0x4b, 0x03, 0x04], at);
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + at);
    const compressed = view.getUint32(18, true);
    const nameLength = view.getUint16(26, true);
    const extraLength = view.getUint16(28, true);
    names.push(new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    const flags = view.getUint16(6, true);
    if (flags & 0x08 && compressed === 0) break; // sizes follow the data: the first names are all we need
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

/** The binary format of a file, or null when it is (or may be) text. */
export function binaryKind(bytes: Uint8Array): BinaryKind | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'; // .doc, .xls, .ppt, .wps
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8')) ||
    (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
  )
    return 'image';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = zipEntries(bytes);
    if (entries.some((name) => name.startsWith('word/'))) return 'docx';
    if (entries.some((name) => name.startsWith('xl/'))) return 'xlsx';
    if (entries.some((name) => name.startsWith('ppt/'))) return 'pptx';
    if (entries.includes('mimetype') || entries.includes('content.xml')) return 'odf';
    return 'zip';
  }
  return null;
}

/** What a decoded text holds, when it is no notice text: a table of data, or a Markdown document. */
export type TextKind = 'csv' | 'markdown' | null;

/**
 * Comma- or tab-separated data: most lines split into the same number (three or more) of fields, and hardly any
 * sentence punctuation, which every notice is full of.
 */
function isTable(lines: string[]): boolean {
  if (lines.length < 3) return false;
  for (const separator of [',', '\t', ';']) {
    const counts = lines.map((line) => line.split(separator).length);
    const first = counts[0]!;
    const same = counts.filter((n) => n === first).length;
    if (first >= 3 && same >= lines.length * 0.9) return true;
  }
  return false;
}

// Markdown's own block syntax: headings and code fences (a link-like [x](y) also occurs in scraped notice text).
const MARKDOWN = /^(?:#{1,6} \S|```)/;

export function textKind(text: string): TextKind {
  const lines = text.split(/\r\n|[\n\r]/).filter((line) => line.trim());
  const sentences = (text.match(/[。；！？]/g) ?? []).length;
  if (sentences <= lines.length * 0.05 && isTable(lines)) return 'csv';
  const markdown = lines.filter((line) => MARKDOWN.test(line)).length;
  if (markdown >= 2 && markdown >= lines.length * 0.1) return 'markdown';
  return null;
}
