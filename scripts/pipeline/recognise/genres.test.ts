import { describe, expect, it } from 'vitest';
import { endsLikeTitle, genreOf, titleEndings } from './genres.ts';

describe('where a title ends', () => {
  it('ends at its 文种, or at the bracketed standing or edition printed after it', () => {
    for (const title of [
      '某县政府信息公开指南(2024年)',
      '某市政务公开办法（试行）',
      '某省工作要点(2021年版)',
      '某县通知',
    ])
      expect(endsLikeTitle(title)).toBe(true);
    expect(endsLikeTitle('某县政府信息公开指南(联系电话)')).toBe(false);
    // A portal's 政策解读 of a notice is titled like one, and has no 文种 of its own.
    expect(endsLikeTitle('转发:《某县2023年政务公开工作要点》政策解读')).toBe(true);
    expect(genreOf('转发:《某县2023年政务公开工作要点》政策解读')).toBe('要点');
    expect(genreOf('臨夏縣人民政府信息公開指南(2024年)')).toBe('指南');
  });

  it('finds the end of a title run into the text, its bracketed edition included', () => {
    const line = '某市政务公开办法（试行）为规范政务公开工作';
    expect(titleEndings(line, 0, line.length)).toEqual([12]);
  });
});
