import { describe, expect, it } from 'vitest';
import { listPages } from './list-pages.ts';

describe('listPages', () => {
  it('cuts a list into pages in order, the first at the list’s own URL', () => {
    const pages = listPages([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((p) => [p.param, p.page, p.count, p.items, p.from, p.total])).toEqual([
      [undefined, 1, 3, [1, 2, 3], 1, 7],
      ['p/2', 2, 3, [4, 5, 6], 4, 7],
      ['p/3', 3, 3, [7], 7, 7],
    ]);
  });

  it('keeps a short or empty list on one page', () => {
    expect(listPages([1, 2], 3).map((p) => p.items)).toEqual([[1, 2]]);
    expect(listPages([], 3).map((p) => [p.param, p.items])).toEqual([[undefined, []]]);
  });
});
