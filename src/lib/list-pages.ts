/**
 * A browse list too long for one page (a level or a 文种 gathers thousands of notices at 10,000: ~0.6 KB of HTML
 * each) is cut into pages of LIST_PAGE_SIZE: the first at the list's own URL, the rest at …/p/2/, …/p/3/ (a rest
 * parameter of the route: undefined, 'p/2', 'p/3'). Task lists (a unit's, a deadline month's) are cut the same way
 * into pages of TASKS_PER_PAGE at …/2/, …/3/ (taskPages).
 */
export const LIST_PAGE_SIZE = 500;

export interface ListPage<T> {
  /** The route's rest parameter: undefined for the first page, 'p/<n>' (or another form) for the others. */
  param: string | undefined;
  /** 1, 2 … */
  page: number;
  count: number;
  items: T[];
  /** The position of its first item in the whole list, from 1. */
  from: number;
  total: number;
}

/** The rest parameter of a browse list's later pages: …/p/2/. */
const browseParam = (page: number) => `p/${page}`;

export function listPages<T>(items: T[], size = LIST_PAGE_SIZE, param = browseParam): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    param: i === 0 ? undefined : param(i + 1),
    page: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    from: i * size + 1,
    total: items.length,
  }));
}

/**
 * Tasks on one page of a unit or a deadline month; more go on numbered pages (/units/<slug>/2/, /deadlines/<month>/2/).
 * A task row is about 0.9 kB of HTML (1,000 generated notices), so a full page is about 0.3 MB; the unit's or the
 * month's CSV and ICS (and a unit's feed) always hold every task.
 */
export const TASKS_PER_PAGE = 300;

/** A task list's pages: the first at the list's own URL, the others at …/2/, …/3/ (the route's rest parameter). */
export const taskPages = <T>(rows: T[], size = TASKS_PER_PAGE) => listPages(rows, size, String);
