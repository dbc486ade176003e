import { describe, expect, it } from 'vitest';
import { matchMarker } from './markers.ts';

describe('matchMarker', () => {
  it.each([
    ['一、概述', 'sec', 1, 2],
    ['一 、概述', 'sec', 1, 3],
    // A typist's comma before the 、, page after page of one report (一,、概 述 / 二,、主动公开…).
    ['一,、概 述', 'sec', 1, 3],
    ['（二）加强领导', 'para', 2, 3],
    ['3.做好解读', 'point', 3, 2],
  ])('%s is a %s number %i, %i characters long', (text, form, number, length) => {
    expect(matchMarker(text)).toMatchObject({ form, number, length });
  });

  it.each(['一、二季度完成', '2020年底前完成', '1.5亿元'])('%s starts with no number', (text) => {
    expect(matchMarker(text)).toBeNull();
  });
});
