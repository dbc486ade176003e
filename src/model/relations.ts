/**
 * The resolved relations of the corpus: which clause of which notice issues, forwards, implements or cites which
 * notice (or which clause of it). Built from the references the corpus link step resolved (scripts/corpus/link.ts
 * sets each Reference's `target`), so the pages, the export and anything built on the relations (clause alignment)
 * read one list.
 */
import type { Notice, Reference, ReferenceTarget, Relation } from './notice.ts';
import { documentGroup, eIdInDocument, isCarried } from './documents.ts';

export interface ResolvedRelation {
  kind: Relation;
  /** The citing notice and clause (eId null: the citation is in the header or back matter). */
  from: { notice: string; eId: string | null };
  to: ReferenceTarget;
  /** The citation as printed, with its source position. */
  reference: Reference;
}

/**
 * Every resolved citation between two notices, in corpus then source order. A citation of a part of the citing file
 * that is a document of its own (the notice a file forwards) is a relation to that document. Left out: a notice
 * citing its own parts, and citations in a file's copy of a document with a page of its own (that page cites them).
 */
export function relationsOf(notices: Notice[]): ResolvedRelation[] {
  return notices.flatMap((notice) =>
    notice.references.flatMap((reference) => {
      if (!reference.target || (reference.in && isCarried(notice, reference.in))) return [];
      const to = documentOf(notice, reference.target);
      if (to.notice === notice.id) return [];
      return [{ kind: reference.relation, from: { notice: notice.id, eId: reference.in }, to, reference }];
    }),
  );
}

/** A target inside a part of `notice` that is a document of its own → that document's page and anchor. */
function documentOf(notice: Notice, target: ReferenceTarget): ReferenceTarget {
  if (target.notice !== notice.id || !target.eId) return target;
  const group = documentGroup(target.eId);
  const page = notice.carries.find((part) => documentGroup(part.eId) === group)?.notice;
  if (!page) return target;
  return {
    notice: page,
    eId: notice.carries.some((part) => part.eId === target.eId) ? null : eIdInDocument(target.eId),
  };
}

export interface Backlinks {
  /** Relations into the notice, grouped by the cited part: '' for the notice as a whole, else the cited eId. */
  byTarget: Map<string, ResolvedRelation[]>;
  count: number;
}

/** Notice id → what cites it, per cited clause: one pass over the relations. */
export function backlinksOf(relations: ResolvedRelation[]): Map<string, Backlinks> {
  const index = new Map<string, Backlinks>();
  for (const relation of relations) {
    let backlinks = index.get(relation.to.notice);
    if (!backlinks) index.set(relation.to.notice, (backlinks = { byTarget: new Map(), count: 0 }));
    const key = relation.to.eId ?? '';
    const list = backlinks.byTarget.get(key);
    if (list) list.push(relation);
    else backlinks.byTarget.set(key, [relation]);
    backlinks.count++;
  }
  return index;
}

/** One notice in a lineage, with the notices above it (what it implements) or below it (what implements it). */
export interface LineageNode {
  notice: string;
  kind: Relation;
  next: LineageNode[];
}

/** Relations that hand a document down the line of authority: 转发 and 贯彻/依据 (a mere citation does not). */
const DESCENDS: ReadonlySet<Relation> = new Set(['forwards', 'implements']);

/**
 * The lineage of every notice from one pass over the relations: `up` what a notice implements or forwards, followed
 * to the top (the State Council's notice); `down` what implements or forwards it, followed to the bottom. Each pair of
 * notices once; a cycle (two notices citing each other) is cut where it closes.
 */
export function lineageIndex(relations: ResolvedRelation[]) {
  const above = new Map<string, Map<string, Relation>>();
  const below = new Map<string, Map<string, Relation>>();
  const link = (index: Map<string, Map<string, Relation>>, from: string, to: string, kind: Relation) => {
    const next = index.get(from) ?? new Map<string, Relation>();
    if (!next.has(to)) next.set(to, kind);
    index.set(from, next);
  };
  for (const relation of relations) {
    if (!DESCENDS.has(relation.kind)) continue;
    link(above, relation.from.notice, relation.to.notice, relation.kind);
    link(below, relation.to.notice, relation.from.notice, relation.kind);
  }
  const walk = (index: Map<string, Map<string, Relation>>, id: string, seen: Set<string>): LineageNode[] =>
    [...(index.get(id) ?? [])]
      .filter(([next]) => !seen.has(next))
      .map(([next, kind]) => ({ notice: next, kind, next: walk(index, next, new Set([...seen, next])) }));
  return {
    up: (id: string) => walk(above, id, new Set([id])),
    down: (id: string) => walk(below, id, new Set([id])),
    /** What implements or forwards a notice directly (one step down). */
    below: (id: string) => [...(below.get(id) ?? [])].map(([notice, kind]) => ({ notice, kind })),
  };
}
