import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertNotice } from '../../scripts/pipeline/convert-notice.ts';
import { longNotice } from '../../scripts/scale/long-notice.ts';
import { flattenClauses, Notice } from '../../src/model/notice.ts';
import { noticePagePath, noticePages, PAGE_BUDGET } from '../../src/model/notice-pages.ts';

const noticeOf = (text: string) =>
  Notice.parse({ id: 'long', ...convertNotice({ bytes: new TextEncoder().encode(text), file: 'long.txt' }) });

describe('noticePages', () => {
  it('keeps a notice of the usual length on one page', () => {
    const pages = noticePages(noticeOf(longNotice(8, 6)));
    expect(pages.count).toBe(1);
    expect(pages.of('sec_8__para_6')).toBe(1);
  });

  it('pages a long notice in document order, each clause with its top-level clause, the first page first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 99 }), (sections, items) => {
        const notice = noticeOf(longNotice(sections, items));
        const pages = noticePages(notice);
        const [main] = notice.components;
        const order = [main!.eId, ...flattenClauses(main!.clauses).map((c) => c.eId)].map((eId) => pages.of(eId));
        expect(order[0]).toBe(1);
        expect(order.every((page, i) => i === 0 || page === order[i - 1] || page === order[i - 1]! + 1)).toBe(true);
        expect(order.at(-1)).toBe(pages.count);
        // A section that fits a page keeps its items; one that does not is cut between them.
        for (const section of main!.clauses)
          if (pages.of(section.eId) === pages.of(section.children.at(-1)?.eId ?? section.eId))
            expect(section.children.every((item) => pages.of(item.eId) === pages.of(section.eId))).toBe(true);
        // ~1.65 KB of HTML a clause (heading, tools, note chips): no page holds more than the budget's worth.
        const perPage = Map.groupBy(order, (page) => page);
        for (const [, clauses] of perPage) expect(clauses.length * 1650).toBeLessThan(PAGE_BUDGET * 1.2);
      }),
      { numRuns: 8 },
    );
  }, 60_000);

  it('cuts one top-level clause too long for a page between its children', () => {
    const notice = noticeOf(longNotice(1, 99, 40));
    const pages = noticePages(notice);
    const items = notice.components[0]!.clauses[0]!.children;
    expect(items).toHaveLength(99);
    expect(pages.count).toBeGreaterThan(1);
    expect(pages.of('sec_1')).toBe(1);
    expect(pages.of(items[0]!.eId)).toBe(1);
    expect(pages.of(items.at(-1)!.eId)).toBe(pages.count);
  });

  it('names the pages /notices/<id>/ and /notices/<id>/p/<n>/', () => {
    expect(noticePagePath('x')).toBe('/notices/x/');
    expect(noticePagePath('x', 1)).toBe('/notices/x/');
    expect(noticePagePath('x', 4)).toBe('/notices/x/p/4/');
  });
});
