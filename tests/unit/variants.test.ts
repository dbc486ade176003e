/**
 * The converter reads the genre, not the five files: each seed re-encoded (GB18030, Big5), converted to Traditional
 * script, written with half-width punctuation or with CRLF line ends and indents must give the same clause ids,
 * responsibility notes, 发文字号 and dates as the original.
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { flattenClauses } from '../../src/model/notice.ts';
import { convertNotice } from '../../scripts/pipeline/convert-notice.ts';
import { documentNumberKey } from '../../src/model/keys.ts';
import { readSeed, SEED_NAMES } from '../seeds.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

function shape(bytes: Uint8Array) {
  const notice = convertNotice({ bytes, file: 'variant.txt' });
  const clauses = notice.components.flatMap((c) => flattenClauses(c.clauses));
  return {
    components: notice.components.map((c) => c.eId),
    clauses: clauses.map((c) => c.eId),
    notes: clauses.flatMap((c) => c.notes).length,
    documentNumber: notice.documentNumber && documentNumberKey(notice.documentNumber),
    signedDate: notice.signedDate,
  };
}

const VARIANTS: Record<string, (text: string) => Uint8Array> = {
  GB18030: (text) => iconv.encode(text, 'gb18030'),
  'Traditional, Big5': (text) => iconv.encode(toTraditional(text).replace(/[•\u00a0]/g, ' '), 'big5'),
  'half-width punctuation': (text) =>
    Buffer.from(
      text.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',').replace(/；/g, ';'),
    ),
  'CRLF and indents': (text) => Buffer.from(text.replace(/\n/g, '\r\n　　')),
};

describe.each(SEED_NAMES)('%s', (seed) => {
  const text = readSeed(seed);
  const original = shape(Buffer.from(text));
  it.each(Object.keys(VARIANTS))('reads the same as %s', (variant) => {
    expect(shape(VARIANTS[variant](text))).toEqual(original);
  });
});
