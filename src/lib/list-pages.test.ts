import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clause, component, duty, notice } from '../../tests/helpers/notices.ts';
import { buildCatalog } from './catalog.ts';
import { capGroups, groupedListPages, listPages, taskPages } from './list-pages.ts';
import { datedTasksByMonth } from './unit-regions.ts';
import { urls } from './urls.ts';

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

  it('puts every item on exactly one page, in order, no page over the size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 50 }), (items, size) => {
        const pages = listPages(items, size);
        expect(pages.flatMap((p) => p.items)).toEqual(items);
        expect(pages.every((p) => p.items.length <= size && p.count === pages.length)).toBe(true);
        // Only the last page may be short, and no page but an empty list's is empty.
        expect(pages.slice(0, -1).every((p) => p.items.length === size)).toBe(true);
        for (const p of pages) expect(p.from).toBe((p.page - 1) * size + 1);
        expect(new Set(pages.map((p) => p.param)).size).toBe(pages.length);
      }),
    );
  });
});

describe('taskPages', () => {
  const task = (eId: string, unit: string, date: string) =>
    clause(eId, '（一）', [], {
      heading: eId,
      text: `（责任单位：${unit}）`,
      duty: duty([], [unit], date as 'ongoing'),
    });
  // Five dated tasks of November 2020, of four units.
  const { units } = buildCatalog([
    notice('a-2020-1', {
      year: 2020,
      components: [
        component('main', 'text', [
          task('sec_1', '县司法局', '2020-11-30'),
          task('sec_2', '县财政局', '2020-11-02'),
          task('sec_3', '县教育局', '2020-11-15'),
          task('sec_4', '县司法局', '2020-11-15'),
          task('sec_5', '县民政局', '2020-11-20'),
        ]),
      ],
    }),
  ]);
  const [november] = datedTasksByMonth(units);

  it('pages a deadline month in its table’s order, the later pages at …/<month>/2/, every task on one of them', () => {
    expect(november!.rows).toHaveLength(5);
    const pages = taskPages(november!.rows, 2);
    expect(pages.map((p) => p.param)).toEqual([undefined, '2', '3']);
    expect(pages.map((p) => p.items.map(({ task }) => task.clause.clause.eId))).toEqual([
      ['sec_2', 'sec_3'],
      ['sec_4', 'sec_5'],
      ['sec_1'],
    ]);
    expect(pages.map((p) => urls.deadlines(november!.month, p.page))).toEqual([
      '/deadlines/2020-11/',
      '/deadlines/2020-11/2/',
      '/deadlines/2020-11/3/',
    ]);
  });

  it('keeps a list of a page’s worth on one page', () => {
    expect(taskPages(Array.from({ length: 300 }, (_, i) => i)).map((p) => p.param)).toEqual([undefined]);
    expect(taskPages(Array.from({ length: 301 }, (_, i) => i)).map((p) => [p.param, p.items.length])).toEqual([
      [undefined, 300],
      ['2', 1],
    ]);
  });
});

const groupsArbitrary = fc.uniqueArray(
  fc.record({ key: fc.string(), items: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }) }),
  { selector: (group) => group.key, maxLength: 12 },
);

describe('groupedListPages', () => {
  it('cuts groups into pages of items, a long group going on over the next page', () => {
    const { pages, pageOf } = groupedListPages(
      [
        { key: 'a', items: [1, 2] },
        { key: 'b', items: [3, 4, 5, 6] },
        { key: 'c', items: [7] },
      ],
      3,
    );
    expect(pages.map((p) => [p.param, p.groups.map((g) => [g.key, g.items, g.continued])])).toEqual([
      [
        undefined,
        [
          ['a', [1, 2], false],
          ['b', [3], false],
        ],
      ],
      ['p/2', [['b', [4, 5, 6], true]]],
      ['p/3', [['c', [7], false]]],
    ]);
    expect([pageOf('a'), pageOf('b'), pageOf('c')]).toEqual([1, 1, 3]);
  });

  it('holds every item once, in order, no page over the size, each group headed on the page pageOf gives', () => {
    fc.assert(
      fc.property(groupsArbitrary, fc.integer({ min: 1, max: 10 }), (groups, size) => {
        const { pages, pageOf } = groupedListPages(groups, size);
        const flat = pages.flatMap((p) => p.groups.flatMap((g) => g.items.map((item) => [g.key, item])));
        expect(flat).toEqual(groups.flatMap((g) => g.items.map((item) => [g.key, item])));
        for (const page of pages)
          expect(page.groups.reduce((sum, g) => sum + g.items.length, 0)).toBeLessThanOrEqual(size);
        for (const { key } of groups) {
          const headed = pages.filter((p) => p.groups.some((g) => g.key === key && !g.continued));
          expect(headed.map((p) => p.page)).toEqual([pageOf(key)]);
        }
      }),
    );
  });
});

describe('capGroups', () => {
  it('shows the first of each group, and none of the later groups once the total is reached', () => {
    const capped = capGroups(
      [
        { key: 'a', items: [1, 2, 3] },
        { key: 'b', items: [4, 5, 6] },
        { key: 'c', items: [7, 8] },
      ],
      2,
      3,
    );
    expect(capped).toEqual([
      { key: 'a', shown: [1, 2], more: 1 },
      { key: 'b', shown: [4], more: 2 },
      { key: 'c', shown: [], more: 2 },
    ]);
  });

  it('keeps every group, shows its first items, at most perGroup each and total in all, and counts the rest', () => {
    fc.assert(
      fc.property(groupsArbitrary, fc.nat(8), fc.nat(40), (groups, perGroup, total) => {
        const capped = capGroups(groups, perGroup, total);
        expect(capped.map((g) => g.key)).toEqual(groups.map((g) => g.key));
        capped.forEach((group, i) => {
          expect(group.shown).toEqual(groups[i]!.items.slice(0, group.shown.length));
          expect(group.shown.length + group.more).toBe(groups[i]!.items.length);
          expect(group.shown.length).toBeLessThanOrEqual(perGroup);
        });
        const shown = capped.reduce((sum, g) => sum + g.shown.length, 0);
        expect(shown).toBe(
          Math.min(
            total,
            groups.reduce((sum, g) => sum + Math.min(perGroup, g.items.length), 0),
          ),
        );
      }),
    );
  });
});
