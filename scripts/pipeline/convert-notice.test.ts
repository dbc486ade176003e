import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenClauses, Notice, sourcePieces } from '../../src/schemas/notice.ts';
import { noticeText } from '../../tests/arbitraries/notice-text.ts';
import { convertNotice } from './convert-notice.ts';
import { decode } from './decode.ts';

const encoder = new TextEncoder();
const nonWhitespace = (s: string) => s.replace(/\s/g, '');

/** Nothing the source said is lost or duplicated: the model's source pieces, in order, spell the source. */
function expectLossless(source: string, bytes: Uint8Array) {
  const draft = convertNotice({ bytes, file: 'test.txt' });
  const pieces = sourcePieces({ id: 'x', ...draft }).sort((a, b) => a.offset - b.offset);
  for (const piece of pieces) expect(source.slice(piece.offset, piece.offset + piece.text.length)).toBe(piece.text);
  for (let i = 1; i < pieces.length; i++) expect(pieces[i].offset).toBeGreaterThanOrEqual(pieces[i - 1].offset + pieces[i - 1].text.length);
  expect(nonWhitespace(pieces.map((p) => p.text).join(''))).toBe(nonWhitespace(source));
  return draft;
}

const corpus = join(import.meta.dirname, '../../content');
const corpusFiles = readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt'));

describe('convertNotice', () => {
  it.each(corpusFiles)('loses and duplicates nothing of %s', (file) => {
    const bytes = readFileSync(join(corpus, file));
    expectLossless(decode(bytes).text, bytes);
  });

  it('loses and duplicates nothing of any generated notice', () => {
    fc.assert(
      fc.property(noticeText, (text) => {
        expectLossless(text, encoder.encode(text));
      }),
      { numRuns: 150 },
    );
  });

  it('produces a valid model with unique clause ids for any generated notice', () => {
    fc.assert(
      fc.property(noticeText, (text) => {
        const draft = convertNotice({ bytes: encoder.encode(text), file: 'test.txt' });
        const notice = Notice.parse({ id: 'x', ...draft });
        const ids = notice.components.flatMap((c) => [c.eId, ...flattenClauses(c.clauses).map((cl) => cl.eId)]);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 100 },
    );
  });
});
