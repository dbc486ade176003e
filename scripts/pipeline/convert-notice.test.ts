import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenClauses, Notice, sourcePieces } from '../../src/model/notice.ts';
import { noticeText } from '../../tests/arbitraries/notice-text.ts';
import { convertNotice, NotANoticeError } from './convert-notice.ts';
import { splitLines } from './stages/02-lines/lines.ts';
import { decode, DecodeError } from './stages/01-read/decode.ts';

const encoder = new TextEncoder();
const nonWhitespace = (s: string) => s.replace(/\s/g, '');

/** Nothing the source said is lost or duplicated: the model's source pieces, in order, spell the source. */
function expectLossless(source: string, bytes: Uint8Array) {
  const draft = convertNotice({ bytes, file: 'test.txt' });
  const pieces = sourcePieces({ id: 'x', ...draft }).sort((a, b) => a.offset - b.offset);
  for (const piece of pieces) expect(source.slice(piece.offset, piece.offset + piece.text.length)).toBe(piece.text);
  for (let i = 1; i < pieces.length; i++)
    expect(pieces[i].offset).toBeGreaterThanOrEqual(pieces[i - 1].offset + pieces[i - 1].text.length);
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

  it('refuses an empty file, or one with nothing but web-page chrome, saying so', () => {
    expect(() => convertNotice({ bytes: new Uint8Array(), file: 'empty.txt' })).toThrow('empty file');
    const chrome = '首页 > 政务公开 > 通知公告\n发布时间：2020-09-14　　来源：本站\n【打印本页】【关闭窗口】\n';
    expect(() => convertNotice({ bytes: encoder.encode(chrome), file: 'chrome.txt' })).toThrow(
      'only 3 line(s) of web-page chrome',
    );
  });

  it('never fails and loses nothing on arbitrary text, domain characters or any Unicode', () => {
    const domain = fc.constantFrom(
      ...'一二三十（）()〔〕[]、，。；：:;,.１２1290关于印发通知要点的年月日号各县政府办公室牵头单位责任完成时限抄送附件第章条　 \n\r\t《》<>{}×X'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: domain, maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
        (text) => {
          fc.pre(text.trim() !== '' && !text.startsWith('\uFEFF'));
          const bytes = encoder.encode(text);
          try {
            Notice.parse({ id: 'x', ...convertNotice({ bytes, file: 'test.txt' }) });
          } catch (error) {
            if (error instanceof DecodeError) return; // control characters: refused as not text, by design
            // Refused as no notice only when every line is blank or web-page chrome.
            if (error instanceof NotANoticeError) {
              expect(splitLines(text).every((l) => l.noise || !l.text.trim())).toBe(true);
              return;
            }
            throw error;
          }
          expectLossless(text, bytes);
        },
      ),
      { numRuns: 300 },
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
