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

/** What the pager of a list's page (ListPages.astro) shows of it. */
export const pagerOf = ({ page, count, from, items, total }: ListPage<unknown>) => ({
  page,
  count,
  from,
  shown: items.length,
  total,
});

/**
 * Tasks on one page of a unit or a deadline month; more go on numbered pages (/units/<slug>/2/, /deadlines/<month>/2/).
 * A task row is about 0.9 kB of HTML (1,000 generated notices), so a full page is about 0.3 MB; the unit's or the
 * month's CSV and ICS (and a unit's feed) always hold every task.
 */
export const TASKS_PER_PAGE = 300;

/** A task list's pages: the first at the list's own URL, the others at …/2/, …/3/ (the route's rest parameter). */
export const taskPages = <T>(rows: T[], size = TASKS_PER_PAGE) => listPages(rows, size, String);

/** A list of items under a heading (a cited clause and what cites it). */
export interface Group<T> {
  key: string;
  items: T[];
}

export interface GroupedListPage<T> extends Omit<ListPage<T>, 'items'> {
  /** The groups this page holds, in order: the first may go on from the page before, the last on the next page. */
  groups: (Group<T> & { continued: boolean })[];
}

/**
 * A list of groups in pages of `size` items (not groups: one group may fill several pages), and the page on which
 * each group begins — where its heading, and so its anchor, is.
 */
export function groupedListPages<T>(groups: Group<T>[], size = LIST_PAGE_SIZE) {
  const flat = groups.flatMap(({ key, items }) => items.map((item) => ({ key, item })));
  const begins = new Map<string, number>();
  const pages: GroupedListPage<T>[] = listPages(flat, size).map(({ items, ...page }) => {
    const onPage: GroupedListPage<T>['groups'] = [];
    for (const { key, item } of items) {
      const last = onPage.at(-1);
      if (last?.key === key) last.items.push(item);
      else {
        onPage.push({ key, items: [item], continued: begins.has(key) });
        if (!begins.has(key)) begins.set(key, page.page);
      }
    }
    return { ...page, groups: onPage };
  });
  return { pages, pageOf: (key: string) => begins.get(key) ?? 1 };
}

export interface CappedGroup<T> {
  key: string;
  /** The items shown. */
  shown: T[];
  /** How many more the group has than it shows. */
  more: number;
}

/**
 * The first items of each group, at most `perGroup` of a group and `total` in all (later groups show none once the
 * total is reached, only their count): what a page that must stay small shows of a list that grows with the corpus.
 */
export function capGroups<T>(groups: Group<T>[], perGroup: number, total: number): CappedGroup<T>[] {
  let left = total;
  return groups.map(({ key, items }) => {
    const shown = items.slice(0, Math.max(0, Math.min(perGroup, left)));
    left -= shown.length;
    return { key, shown, more: items.length - shown.length };
  });
}
