/**
 * A browse list too long for one page (a level or a 文种 gathers thousands of notices at 10,000: ~0.6 KB of HTML
 * each) is cut into pages of LIST_PAGE_SIZE: the first at the list's own URL, the rest at …/p/2/, …/p/3/ (a rest
 * parameter of the route: undefined, 'p/2', 'p/3').
 */
export const LIST_PAGE_SIZE = 500;

export interface ListPage<T> {
  /** The route's rest parameter: undefined for the first page, 'p/<n>' for the others. */
  param: string | undefined;
  /** 1, 2 … */
  page: number;
  count: number;
  items: T[];
  /** The position of its first item in the whole list, from 1. */
  from: number;
  total: number;
}

export function listPages<T>(items: T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    param: i === 0 ? undefined : `p/${i + 1}`,
    page: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    from: i * size + 1,
    total: items.length,
  }));
}
