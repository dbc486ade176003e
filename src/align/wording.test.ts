import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWording, side } from './wording.ts';

const join = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');
const chinese = fc.string({ unit: fc.constantFrom(...'政务公开信息的和要加强推进权责清单。，'), maxLength: 40 });

describe('diffWording', () => {
  it('marks the phrases two clauses share, not a lone common character', () => {
    const pieces = diffWording('要更新完善权责清单并公开', '各部门要更新权责清单，并及时公开');
    expect(
      side(pieces, 'local')
        .filter((p) => p.shared)
        .map((p) => p.text),
    ).toEqual(['要更新', '权责清单', '公开']);
  });

  it('gives back each text whole from its own side', () => {
    fc.assert(
      fc.property(chinese, chinese, (higher, local) => {
        const pieces = diffWording(higher, local);
        expect(join(side(pieces, 'local'))).toBe(local);
        expect(join(side(pieces, 'higher'))).toBe(higher);
        expect(pieces.filter((p) => p.op === 'same').every((p) => p.text.length >= 2)).toBe(true);
      }),
    );
  });
});
