/**
 * The comparisons of a corpus: every related pair of documents (relations.ts) aligned clause by clause. Run once per
 * build (src/lib/corpus.ts); each document is prepared once however many pairs it is in.
 */
import type { Notice } from '../model/notice.ts';
import { type Alignment, type AlignmentParameters, DEFAULT_PARAMETERS, alignDocuments } from './align.ts';
import { type AlignableClause, type AlignableDocument, type DocumentRef, alignableDocument } from './documents.ts';
import { type Relation, type RelationKind, type ResolveReference, findRelations } from './relations.ts';

export interface Comparison {
  kind: RelationKind;
  local: AlignableDocument;
  higher: AlignableDocument;
  alignment: Alignment;
}

/** What became of a later clause since the earlier year (year over year), or of an earlier one. */
export type Change = 'carried' | 'reworded' | 'new' | 'dropped';

/** `keep`: which related pairs to align (a shard of the site build aligns only the pairs its pages show). */
export function compareCorpus(
  notices: Notice[],
  resolve: ResolveReference,
  parameters: AlignmentParameters = DEFAULT_PARAMETERS,
  keep: (relation: Relation) => boolean = () => true,
): Comparison[] {
  const byId = new Map(notices.map((n) => [n.id, n]));
  const documents = new Map<string, AlignableDocument>();
  const documentOf = (ref: DocumentRef) => {
    const key = documentKey(ref);
    let document = documents.get(key);
    if (!document) documents.set(key, (document = alignableDocument(byId.get(ref.noticeId)!, ref.part)));
    return document;
  };
  return findRelations(notices, resolve)
    .filter(keep)
    .map(({ kind, local, higher }) => {
      const [l, h] = [documentOf(local), documentOf(higher)];
      return { kind, local: l, higher: h, alignment: alignDocuments(l, h, parameters) };
    });
}

/** A document's key in URLs and exports: the notice id, plus ~att_1 for a document embedded in it. */
export function documentKey(ref: DocumentRef): string {
  return ref.part === null ? ref.noticeId : `${ref.noticeId}~${ref.part}`;
}

/** Year over year: carried over word for word, reworded, or new (nothing earlier took its place). */
export function changeOf(comparison: Comparison, local: AlignableClause): Change {
  const links = comparison.alignment.links.filter((l) => l.local === local.eId);
  if (links.length === 0) return 'new';
  const earlier = new Map(comparison.higher.clauses.map((c) => [c.eId, c]));
  return links.some((l) => earlier.get(l.higher)?.comparable === local.comparable) ? 'carried' : 'reworded';
}

/** Local clauses mapped to several higher clauses, and higher clauses several local clauses map to. */
export function fanOut(alignment: Alignment): { oneToMany: Set<string>; manyToOne: Set<string> } {
  const count = (keys: string[]) => {
    const n = new Map<string, number>();
    for (const k of keys) n.set(k, (n.get(k) ?? 0) + 1);
    return new Set([...n].filter(([, c]) => c > 1).map(([k]) => k));
  };
  return {
    oneToMany: count(alignment.links.map((l) => l.local)),
    manyToOne: count(alignment.links.map((l) => l.higher)),
  };
}
