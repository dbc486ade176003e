/**
 * The corpus's comparisons (src/align/) indexed for the pages: the pair behind a compare URL, and per clause the
 * higher clauses it carries out (落实 …) and the local clauses that carry it out (下级落实 …).
 */
import type { AlignableClause } from '../align/documents.ts';
import { type Comparison, documentKey } from '../align/compare.ts';
import { push } from './multimap.ts';

export interface ClauseCounterpart {
  comparison: Comparison;
  clause: AlignableClause;
}

export function indexComparisons(comparisons: Comparison[]) {
  const byPair = new Map(comparisons.map((c) => [`${c.local.ref.noticeId}/${documentKey(c.higher.ref)}`, c]));
  const implementing = new Map<string, ClauseCounterpart[]>();
  const implementedBy = new Map<string, ClauseCounterpart[]>();
  const involving = new Map<string, Comparison[]>();
  for (const comparison of comparisons) {
    const { local, higher, alignment } = comparison;
    push(involving, local.ref.noticeId, comparison);
    if (higher.ref.noticeId !== local.ref.noticeId) push(involving, higher.ref.noticeId, comparison);
    if (comparison.kind !== 'implements') continue;
    const localClause = new Map(local.clauses.map((c) => [c.eId, c]));
    const higherClause = new Map(higher.clauses.map((c) => [c.eId, c]));
    for (const link of alignment.links) {
      push(implementing, `${local.ref.noticeId}#${link.local}`, { comparison, clause: higherClause.get(link.higher)! });
      push(implementedBy, `${higher.ref.noticeId}#${link.higher}`, {
        comparison,
        clause: localClause.get(link.local)!,
      });
    }
  }
  const yearly = (id: string, side: 'local' | 'higher') =>
    involving.get(id)?.find((c) => c.kind === 'previousYear' && c[side].ref.noticeId === id);
  return {
    all: comparisons,
    /** The comparison at /notices/<noticeId>/compare/<otherKey>/. */
    find: (noticeId: string, otherKey: string) => byPair.get(`${noticeId}/${otherKey}`),
    /** Comparisons a notice is part of, on either side. */
    involving: (noticeId: string) => involving.get(noticeId) ?? [],
    /** Higher clauses a clause of this notice carries out. */
    implementing: (noticeId: string, eId: string) => implementing.get(`${noticeId}#${eId}`) ?? [],
    /** Local clauses (of other documents) that carry out this clause. */
    implementedBy: (noticeId: string, eId: string) => implementedBy.get(`${noticeId}#${eId}`) ?? [],
    /** The same series' previous year (this notice is the later one) and next year. */
    previousYear: (noticeId: string) => yearly(noticeId, 'local'),
    nextYear: (noticeId: string) => yearly(noticeId, 'higher'),
  };
}

export type ComparisonIndex = ReturnType<typeof indexComparisons>;
