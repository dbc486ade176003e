/**
 * Which pairs of documents are worth aligning: only related ones, so the step grows with the relations, not with the
 * square of the corpus.
 *   - implements: a notice's own text and a document it forwards (转发, embedded as att_N) or says it carries out
 *     (为贯彻落实《…》（国办发〔2020〕17号）… in its cover letter or preamble), issued before it;
 *   - previousYear: the same region's (else the same issuer's) text of the same 文种 (要点, 方案…) in the nearest
 *     earlier year.
 */
import { documentNumberKey } from '../model/keys.ts';
import type { Component, Notice, Reference } from '../model/notice.ts';
import { type DocumentRef, partOf } from './documents.ts';

export type RelationKind = 'implements' | 'previousYear';

export interface Relation {
  kind: RelationKind;
  /** The implementing (or later) document. */
  local: DocumentRef;
  /** The implemented (or earlier) document. */
  higher: DocumentRef;
}

/** Where a citation leads in the corpus (src/lib/catalog.ts resolves by 发文字号, else by title). */
export type ResolveReference = (reference: Reference) => { notice: Notice; component: Component | null }[];

const IMPLEMENTING_PARAGRAPH = /(^|__)(cover|intro)__p_\d+$/;
const IMPLEMENTING_WORDS = /贯彻|落实|转发|执行/;

const signed = (notice: Notice, part: string | null) =>
  (part === null
    ? notice.signedDate
    : notice.components.find((c) => partOf(c.eId) === part && c.signedDate)?.signedDate) ??
  (notice.year === null ? null : `${notice.year}-12-31`);

/** The 发文字号 a document carries (folded), else its holder and part: what tells two copies of one document apart. */
function identity(notice: Notice, part: string | null): string {
  const number =
    part === null
      ? notice.documentNumber
      : notice.components.find((c) => partOf(c.eId) === part && c.documentNumber)?.documentNumber;
  return number ? documentNumberKey(number) : `${notice.id}~${part}`;
}

/**
 * One document for a citation. A document forwarded by many notices is embedded in each (国办发〔2020〕17号 in every
 * province's 转发): its own notice if the corpus has it, else the earliest copy. A title shared by different
 * documents (《2020年政务公开工作要点》 of two provinces) is ambiguous and relates nothing.
 */
function citedDocument(targets: ReturnType<ResolveReference>): Located | null {
  const located = targets.map((t) => ({ notice: t.notice, part: t.component ? partOf(t.component.eId) : null }));
  if (new Set(located.map((r) => identity(r.notice, r.part))).size !== 1) return null;
  return located.sort(
    (a, b) =>
      Number(a.part !== null) - Number(b.part !== null) ||
      (signed(a.notice, a.part) ?? '').localeCompare(signed(b.notice, b.part) ?? '') ||
      a.notice.id.localeCompare(b.notice.id),
  )[0]!;
}

/** A document with the notice holding it. */
interface Located {
  notice: Notice;
  part: string | null;
}

/**
 * The documents a notice's own text implements, from what the converter gives: the documents it embeds, and those
 * cited in its cover letter or preamble next to 贯彻/落实/转发/执行. The one place to switch to resolved relations
 * (the cross-reference work) when they land.
 */
export function implementedDocuments(notice: Notice, resolve: ResolveReference): DocumentRef[] {
  const embedded = notice.components.map((c) => partOf(c.eId)).filter((p) => p !== null);
  const paragraphText = new Map(
    notice.components
      .filter((c) => partOf(c.eId) === null)
      .flatMap((c) => c.clauses)
      .map((c) => [c.eId, `${c.heading ?? ''}${c.text}`]),
  );
  const cited = notice.references
    .filter((r) => r.in !== null && IMPLEMENTING_PARAGRAPH.test(r.in) && partOf(r.in) === null)
    .filter((r) => IMPLEMENTING_WORDS.test(paragraphText.get(r.in!) ?? ''))
    .map((r) => citedDocument(resolve(r)))
    .filter((r) => r !== null);
  // A document the notice embeds and also cites (转发《…》（国办发〔2020〕17号）) counts once, as the embedded copy.
  const located: Located[] = [...embedded.map((part) => ({ notice, part })), ...cited];
  const ids = located.map((r) => identity(r.notice, r.part));
  const own = identity(notice, null);
  return located
    .filter((_, i) => ids[i] !== own && ids.indexOf(ids[i]!) === i)
    .map((r) => ({ noticeId: r.notice.id, part: r.part }));
}

/** The genre of a notice's own text: the 文种 of the text it issues (要点), else of its title. */
function ownGenre(notice: Notice): string | null {
  const own = notice.components.filter((c) => partOf(c.eId) === null);
  return own.find((c) => c.kind === 'text' && c.genre)?.genre ?? notice.genre;
}

/** The series of year-over-year texts a notice is in (its region's, else its issuer's, of one 文种), or null. */
export function seriesOf(notice: Notice): string | null {
  const genre = ownGenre(notice);
  const owner = notice.region?.code ?? notice.issuer;
  return notice.year === null || !genre || !owner ? null : `${owner} ${genre}`;
}

export function findRelations(notices: Notice[], resolve: ResolveReference): Relation[] {
  const byId = new Map(notices.map((n) => [n.id, n]));
  const relations: Relation[] = [];
  for (const notice of notices) {
    const date = signed(notice, null);
    for (const higher of implementedDocuments(notice, resolve)) {
      const higherDate = signed(byId.get(higher.noticeId)!, higher.part);
      if (date && higherDate && higherDate < date)
        relations.push({ kind: 'implements', local: { noticeId: notice.id, part: null }, higher });
    }
  }

  const series = new Map<string, Notice[]>();
  for (const notice of notices) {
    const key = seriesOf(notice);
    if (key !== null) series.set(key, [...(series.get(key) ?? []), notice]);
  }
  for (const list of series.values()) {
    list.sort((a, b) => a.year! - b.year! || (signed(a, null) ?? '').localeCompare(signed(b, null) ?? ''));
    // The latest notice of the nearest earlier year: the one before the current year's run.
    let previous: Notice | undefined;
    list.forEach((notice, i) => {
      if (i > 0 && list[i - 1]!.year !== notice.year) previous = list[i - 1];
      if (previous)
        relations.push({
          kind: 'previousYear',
          local: { noticeId: notice.id, part: null },
          higher: { noticeId: previous.id, part: null },
        });
    });
  }
  return relations;
}
