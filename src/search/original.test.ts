import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text } from '../../tests/arbitraries/search-text.ts';
import { fold, readings, VARIANTS } from './fold.ts';
import { indexContent } from './ngram.ts';
import { expand, hide, restoreMeta, storeMeta, template, unhide } from './original.ts';

const Z = '\u200b';
const WORD = /[\p{L}\p{N}]/u;

describe('hide', () => {
  it('leaves no letter or digit and comes back as it was', () => {
    fc.assert(
      fc.property(fc.oneof(text(), fc.string({ unit: 'grapheme' })), (t) => {
        expect([...hide(t)].some((c) => WORD.test(c))).toBe(false);
        expect(unhide(hide(t))).toBe(t);
      }),
    );
    expect(unhide(hide('国办发〔2020〕17号 𠀀'))).toBe('国办发〔2020〕17号 𠀀');
  });
});

describe('template', () => {
  it('keeps punctuation, slots for the reading and hidden characters for the rest', () => {
    expect(template('（一）加强，信息 公开。', fold('（一）加强，信息 公开。', 'standard'))).toBe(
      `（${Z}）${Z}${Z}，${Z}${Z} ${Z}${Z}。`,
    );
    expect(template('政務', '政务')).toBe(`${Z}${hide('務')}`);
    expect(template('营商\u200b环境', '营商环境')).toBeNull();
    expect(template('Ⅱ', 'ii')).toBeNull();
  });

  it('round-trips whenever it templates, and templates all Simplified lower-case text', () => {
    fc.assert(
      fc.property(text(), (t) => {
        const reading = fold(t, 'standard');
        const compact = template(t, reading);
        if (compact !== null) {
          expect(expand(compact, reading)).toBe(t);
          expect([...compact].some((c) => WORD.test(c))).toBe(false);
        }
        if ([...t].every((c) => !WORD.test(c) || fold(c, 'standard') === c) && !t.includes(Z))
          expect(compact).not.toBeNull();
      }),
    );
  });
});

describe('storeMeta and restoreMeta', () => {
  it('restore the text and fields stored, through the indexed content, with no letter or digit in the meta', () => {
    fc.assert(
      fc.property(text(), text(10), (t, cite) => {
        const rs = readings(t, VARIANTS);
        const meta = storeMeta(t, rs[0] ?? '', { cite, date: '2020-05-06' });
        for (const value of Object.values(meta)) expect([...value].some((c) => WORD.test(c))).toBe(false);
        expect(restoreMeta({ meta, content: indexContent(rs) })).toEqual({
          text: t,
          fields: { cite, date: '2020-05-06' },
        });
      }),
    );
  });
});
