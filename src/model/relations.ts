/**
 * The resolved relations of the corpus: which clause of which notice issues, forwards, implements or cites which
 * notice (or which clause of it). Built from the references the corpus link step resolved (scripts/corpus/link.ts
 * sets each Reference's `target`), so the pages, the export and anything built on the relations (clause alignment)
 * read one list.
 */
import type { Notice, Reference, ReferenceTarget, Relation } from './notice.ts';

export interface ResolvedRelation {
  kind: Relation;
  /** The citing notice and clause (eId null: the citation is in the header or back matter). */
  from: { notice: string; eId: string | null };
  to: ReferenceTarget;
  /** The citation as printed, with its source position. */
  reference: Reference;
}

/** Every resolved citation between two notices, in corpus then source order (a notice citing its own parts left out). */
export function relationsOf(notices: Notice[]): ResolvedRelation[] {
  return notices.flatMap((notice) =>
    notice.references.flatMap((reference) =>
      reference.target && reference.target.notice !== notice.id
        ? [
            {
              kind: reference.relation,
              from: { notice: notice.id, eId: reference.in },
              to: reference.target,
              reference,
            },
          ]
        : [],
    ),
  );
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
