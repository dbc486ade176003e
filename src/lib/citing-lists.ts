/**
 * What cites a notice (被引用), the local clauses that carry out its clauses (下级落实) and the notices below it in its
 * lineage (沿革·下启): lists that grow with the corpus — a national notice that hundreds of local ones carry out had
 * ~870 KB of them on its page at 1,000 notices. Its page shows the first of each (SHOWN) and links to the list's own
 * pages (/notices/<id>/cited-by/, …/implemented-by/, …/lineage/, in pages of LIST_PAGE_SIZE) for the rest.
 * Each list puts first what a reader of the notice wants first: the nearest level (the provinces' under a national
 * notice, before the counties'), then the newest.
 */
import { LEVELS } from '../model/levels.ts';
import type { Notice, Relation } from '../model/notice.ts';
import type { LineageNode, ResolvedRelation } from '../model/relations.ts';
import type { Catalog } from './catalog.ts';
import type { ComparisonIndex } from './comparisons.ts';
import { compareNewestFirst } from './format.ts';
import type { Group } from './list-pages.ts';

/** How many of each list a notice's page shows. */
export const SHOWN = {
  /** Backlinks: of each cited part, and in all (the rest of the parts show their count and a link). */
  citedBy: { perPart: 5, total: 60 },
  /** Local clauses under one clause of the notice. */
  implementedBy: 5,
  /** Notices one step below it, in its lineage's list and graph. */
  lineageDown: 12,
};

/** Orders notices (by id) for a reader of `of`: the nearest level first, then the newest; unknown ones last. */
export function nearestFirst(of: Notice, noticeOf: (id: string) => Notice | undefined) {
  const rank = (level: Notice['level'] | undefined) => (level ? LEVELS.indexOf(level) : LEVELS.length);
  const distance = (id: string) => {
    const notice = noticeOf(id);
    return notice?.level && of.level ? Math.abs(rank(notice.level) - rank(of.level)) : LEVELS.length;
  };
  return (a: string, b: string) => {
    if (a === b) return 0;
    const [na, nb] = [noticeOf(a), noticeOf(b)];
    return distance(a) - distance(b) || (na && nb ? compareNewestFirst(na, nb) : na ? -1 : nb ? 1 : a < b ? -1 : 1);
  };
}

/**
 * What cites `notice`, by the part it cites: the notice as a whole ('') first, then its parts and clauses in document
 * order; in each, the citing notices nearest first (a notice's several citations in its own order).
 */
export function citedByGroups(catalog: Catalog, notice: Notice): Group<ResolvedRelation>[] {
  const order = new Map([...catalog.clausesOf(notice).keys()].map((eId, i) => [eId, i + 1]));
  const rank = (eId: string) => (eId === '' ? -1 : (order.get(eId) ?? 0));
  const compare = nearestFirst(notice, catalog.notice);
  return [...(catalog.backlinks(notice.id)?.byTarget ?? [])]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, relations]) => ({
      key,
      items: relations
        .map((relation, i) => ({ relation, i }))
        .sort((a, b) => compare(a.relation.from.notice, b.relation.from.notice) || a.i - b.i)
        .map(({ relation }) => relation),
    }));
}

/** The anchor of a cited part's citations, on the notice's page and on its list ('' is the notice as a whole). */
export const citedByAnchor = (eId: string) => `cited-by-${eId || 'whole'}`;

/** Whether a notice's pages leave out some of what cites it, so that the whole list has pages of its own. */
export const citedByListed = (groups: Group<ResolvedRelation>[]) =>
  groups.some((group) => group.items.length > SHOWN.citedBy.perPart) ||
  groups.reduce((sum, group) => sum + group.items.length, 0) > SHOWN.citedBy.total;

/** A local clause that carries out a clause of the notice (下级落实：友谊县 三（二）). */
export interface Implementation {
  notice: string;
  eId: string;
  label: string;
}

/** The local clauses that carry out one clause of `notice`, nearest first, one link per place. */
export function implementationsOf(
  catalog: Catalog,
  comparisons: ComparisonIndex,
  notice: Notice,
  eId: string,
): Implementation[] {
  const compare = nearestFirst(notice, catalog.notice);
  // A numbered clause and its continuation paragraphs often carry out the same higher clause: one link per place.
  const seen = new Set<string>();
  return comparisons
    .implementedBy(notice.id, eId)
    .map(({ comparison, clause }) => ({
      notice: comparison.local.ref.noticeId,
      eId: clause.eId,
      label: `${comparison.local.owner} ${clause.place ?? comparison.local.label}`,
    }))
    .filter((link) => !seen.has(link.label) && seen.add(link.label))
    .map((link, i) => ({ link, i }))
    .sort((a, b) => compare(a.link.notice, b.link.notice) || a.i - b.i)
    .map(({ link }) => link);
}

/** Every clause of `notice` that local clauses carry out, in document order, with them. */
export function implementationGroups(
  catalog: Catalog,
  comparisons: ComparisonIndex,
  notice: Notice,
): Group<Implementation>[] {
  return [...catalog.clausesOf(notice).keys()]
    .map((eId) => ({ key: eId, items: implementationsOf(catalog, comparisons, notice, eId) }))
    .filter((group) => group.items.length > 0);
}

/** Whether a notice's clauses leave out some of the local clauses that carry them out (see citedByListed). */
export const implementedByListed = (groups: Group<Implementation>[]) =>
  groups.some((group) => group.items.length > SHOWN.implementedBy);

/** A notice below another in its lineage: how it relates to the notice above it through which it was reached. */
export interface Descendant {
  notice: string;
  kind: Relation;
  /** The notice it carries out: the page's notice, or one below it. */
  via: string;
  /** 1 for what carries out the page's notice itself, 2 for what carries out those … */
  generation: number;
}

/**
 * Every notice below `notice` in its lineage, each once, at the nearest generation it is reached at: generation by
 * generation, each nearest first.
 */
export function descendantsOf(catalog: Catalog, notice: Notice): Descendant[] {
  const compare = nearestFirst(notice, catalog.notice);
  const seen = new Set([notice.id]);
  const all: Descendant[] = [];
  let generation: Descendant[] = [{ notice: notice.id, kind: 'implements', via: '', generation: 0 }];
  while (generation.length > 0) {
    const next: Descendant[] = [];
    for (const above of generation)
      for (const { notice: id, kind } of catalog.lineage.below(above.notice))
        if (!seen.has(id)) {
          seen.add(id);
          next.push({ notice: id, kind, via: above.notice, generation: above.generation + 1 });
        }
    next.sort((a, b) => compare(a.notice, b.notice));
    all.push(...next);
    generation = next;
  }
  return all;
}

/**
 * What a notice's page shows below it in its lineage: the whole tree when it is small (SHOWN.lineageDown notices at
 * most); else the first notices one step below, without what stands below them, and how many more its list has.
 */
export function lineageShown(
  catalog: Catalog,
  notice: Notice,
): { down: LineageNode[]; all: Descendant[]; more: number } {
  const all = descendantsOf(catalog, notice);
  if (all.length <= SHOWN.lineageDown) return { down: catalog.lineage.down(notice.id), all, more: 0 };
  const down = all
    .filter((descendant) => descendant.generation === 1)
    .slice(0, SHOWN.lineageDown)
    .map(({ notice: id, kind }) => ({ notice: id, kind, next: [] }));
  return { down, all, more: all.length - down.length };
}
