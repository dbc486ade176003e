/**
 * A comparison as data (/notices/<id>/compare/<other>.json and /alignments.json): documents, links with their
 * scores, what fans out, what the higher document has that no local clause takes up, and the local additions.
 */
import { type Comparison, changeOf, documentKey, fanOut } from './compare.ts';
import type { AlignableClause, AlignableDocument } from './documents.ts';
import type { RelationKind } from './relations.ts';

export type PageUrl = (noticeId: string, eId?: string) => string;

export const INFORMATIVE =
  'Computed from the wording of the two texts (character bigrams, quoted terms, position); informative only, not a verdict on whether a task was carried out.';

/**
 * What names a comparison among all of them (/alignments.json): its kind and its two documents' keys. A sharded
 * build's merge (scripts/site-shards/merge.ts) puts the notices shards' records in the corpus's order by it.
 */
export const comparisonKey = (kind: RelationKind, localKey: string, higherKey: string) =>
  `${kind} ${localKey} ${higherKey}`;

export type ComparisonRecord = ReturnType<typeof comparisonRecord>;

export function comparisonRecord(comparison: Comparison, url: PageUrl) {
  const { kind, local, higher, alignment } = comparison;
  const document = (d: AlignableDocument) => ({
    key: documentKey(d.ref),
    noticeId: d.ref.noticeId,
    part: d.ref.part,
    label: d.label,
    title: d.title,
    signedDate: d.signedDate,
    url: url(d.ref.noticeId),
  });
  const clause = (d: AlignableDocument, c: AlignableClause) => ({
    eId: c.eId,
    citation: c.citation,
    url: url(d.ref.noticeId, c.eId),
  });
  const higherClauses = new Map(higher.clauses.map((c) => [c.eId, c]));
  const { oneToMany, manyToOne } = fanOut(alignment);
  return {
    informative: INFORMATIVE,
    kind,
    local: document(local),
    higher: document(higher),
    pairs: local.clauses
      .filter((c) => alignment.links.some((l) => l.local === c.eId))
      .map((c) => ({
        local: clause(local, c),
        ...(kind === 'previousYear' ? { change: changeOf(comparison, c) } : {}),
        higher: alignment.links
          .filter((l) => l.local === c.eId)
          .map((l) => ({ ...clause(higher, higherClauses.get(l.higher)!), score: Number(l.score.toFixed(3)) })),
      })),
    oneToMany: [...oneToMany],
    manyToOne: [...manyToOne],
    notTakenUp: alignment.notTakenUp.map((e) => clause(higher, higherClauses.get(e)!)),
    localAdditions: alignment.localAdditions.map((e) =>
      clause(
        local,
        local.clauses.find((c) => c.eId === e)!,
      ),
    ),
  };
}
