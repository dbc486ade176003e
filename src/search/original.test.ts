import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text } from '../../tests/arbitraries/search-text.ts';
import { fold, readings, VARIANTS } from './fold.ts';
import { compactText, expandText, restoreText, storeText } from './original.ts';
import { indexCopy } from './unigram.ts';

const Z = '\u200b';

describe('compactText', () => {
  it('keeps only punctuation and spaces of Simplified text', () => {
    expect(compactText('（一）加强，信息 公开。', fold('（一）加强，信息 公开。', 'standard'))).toBe(
      `（${Z}）${Z}${Z}，${Z}${Z} ${Z}${Z}。`,
    );
  });

  it.each(['政務公開', '２０１４年', 'APP', '营商\u200b环境', '①'])('leaves %j to be stored in full', (t) => {
    expect(compactText(t, fold(t, 'standard'))).toBeNull();
  });

  it('round-trips whenever it compacts, and compacts all Simplified lower-case text', () => {
    fc.assert(
      fc.property(text(), (t) => {
        const reading = fold(t, 'standard');
        const template = compactText(t, reading);
        if (template !== null) expect(expandText(template, reading)).toBe(t);
        if ([...t].every((c) => !/[\p{L}\p{N}]/u.test(c) || fold(c, 'standard') === c) && !t.includes(Z))
          expect(template).not.toBeNull();
      }),
    );
  });
});

describe('storeText and restoreText', () => {
  it('restore what was stored, through the index copy', () => {
    fc.assert(
      fc.property(text(), (t) => {
        const rs = readings(t, VARIANTS);
        const meta = storeText(t, rs[0] ?? '');
        expect(restoreText({ meta, content: indexCopy(rs) })).toBe(t);
      }),
    );
  });
});
