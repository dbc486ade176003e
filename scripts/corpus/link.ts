/**
 * The corpus link step: after every file is converted and has its page id, each citation gets its target — the page
 * of the cited document and the anchor of the cited part or clause — or says why it has none. Documents are indexed
 * once by key (发文字号, exact title, title without its 印发 wrapper), so a citation costs a map lookup, and a clause
 * reference a walk of the one cited notice: linear in the corpus, never pairwise.
 *
 * Rules: a number wins over a title; a copy in the citing file itself wins, then a document's own file, then its page
 * as a document taken out of a file (scripts/corpus/documents.ts), then a copy forwarded inside a file; a notice
 * cannot be based on (or cite) one signed after it (date gating); a clause path is read against the cited text
 * (第三部分 is a 第X部分 part, or else the third 一、 section; 第二条 an article, or else 二、).
 */
import { type ClauseInfo, indexClauses } from '../../src/model/citation.ts';
import { documentNumberKey, titleCoreKey, titleKey } from '../../src/model/keys.ts';
import {
  type Clause,
  type ClausePointer,
  type Component,
  type Notice,
  type Reference,
  UNRESOLVED,
} from '../../src/model/notice.ts';
import { documentGroup } from '../../src/model/documents.ts';
import type { Form } from '../../src/model/forms.ts';

/** A document of the library: a notice file's own text, or a document forwarded or attached inside it (att_N). */
interface LibraryDocument {
  notice: Notice;
  /** '' for the file's own document, 'att_1'… for an embedded one. */
  group: string;
  components: Component[];
  signedDate: string | null;
}

interface Candidate {
  document: LibraryDocument;
  /** The part the key was found on: its eId is the anchor (null: the notice as a whole). */
  eId: string | null;
}

/** A file's components by the document they belong to: '' (its own), att_1… (embedded); '' always present. */
function groups(notice: Notice): Map<string, Component[]> {
  return new Map([['', []], ...Map.groupBy(notice.components, (c) => documentGroup(c.eId))]);
}

/** Which numbering forms a printed step may name, most likely first. */
const FORMS_OF_UNIT: Record<NonNullable<ClausePointer['unit']> | 'bracketed', Form[]> = {
  部分: ['part', 'sec'],
  章: ['chp'],
  节: ['subchp'],
  条: ['art', 'sec'],
  款: ['para', 'point'],
  项: ['para', 'point', 'item'],
  点: ['point', 'para', 'item'],
  目: ['point', 'item', 'subitem'],
  bracketed: ['para', 'item'],
};

/** The clause under `scope` (outermost first, breadth-first) that `step` names, or null. */
function findStep(scope: Clause[], step: ClausePointer): Clause | null {
  const forms = FORMS_OF_UNIT[step.unit ?? 'bracketed'];
  for (const form of forms) {
    let level = scope;
    while (level.length) {
      const hit = level.find((c) => c.form === form && c.ordinal === step.ordinal);
      if (hit) return hit;
      level = level.flatMap((c) => c.children);
    }
  }
  return null;
}

function findPath(scope: Clause[], steps: ClausePointer[]): Clause | null {
  let found: Clause | null = null;
  for (const step of steps) {
    found = (found && paragraphOf(found, step)) ?? findStep(found ? found.children : scope, step);
    if (!found) return null;
  }
  return found;
}

/** 第十二条第二款: an article's first 款 is its own text, the next ones its unnumbered paragraphs. */
function paragraphOf(article: Clause, step: ClausePointer): Clause | null {
  if (step.unit !== '款' || step.bracketed) return null;
  if (step.ordinal === 1) return article;
  return article.children.filter((c) => c.form === null)[step.ordinal - 2] ?? null;
}

/**
 * A title that does not name its issuer (《2020年政务公开工作要点》, 《全省政务公开工作要点》) is the one of the citing
 * notice's own line of authority: the citing file's own copy, a national document, or one of the same province.
 * Another province's 要点 of the same name is not it.
 */
function withinAuthority(reference: Reference, citing: Notice, { document }: Candidate): boolean {
  if (reference.title === null || titleKey(reference.title).includes('关于')) return true;
  const cited = document.notice;
  if (cited.id === citing.id || cited.level === 'national') return true;
  const province = (notice: Notice) => notice.region?.code.slice(0, 2);
  return province(cited) !== undefined && province(cited) === province(citing);
}

/** The notices with every reference's `target` (or `unresolved`) set. */
export function linkNotices(input: Notice[]): Notice[] {
  // Every key a document is known by: its 发文字号, its titles exactly and without their 印发 wrapper.
  const keyed: { index: 'number' | 'title' | 'core'; key: string; candidate: Candidate }[] = [];
  for (const notice of input) {
    for (const [group, components] of groups(notice)) {
      const own = group === '';
      const document: LibraryDocument = {
        notice,
        group,
        components,
        signedDate: (own ? notice.signedDate : components.find((c) => c.signedDate)?.signedDate) ?? null,
      };
      const number = own ? notice.documentNumber : (components.find((c) => c.documentNumber)?.documentNumber ?? null);
      const anchor = own ? null : components[0]!.eId;
      if (number) keyed.push({ index: 'number', key: documentNumberKey(number), candidate: { document, eId: anchor } });
      const titled = own ? [{ title: notice.title, eId: null }, ...components] : components;
      for (const { title, eId } of titled) {
        if (!title) continue;
        const candidate = { document, eId: own && eId === components[0]?.eId ? null : (eId ?? anchor) };
        keyed.push(
          { index: 'title', key: titleKey(title), candidate },
          { index: 'core', key: titleCoreKey(title), candidate },
        );
      }
    }
  }
  // A file of its own first, then a document taken out of a file (its own page), then a copy inside a file.
  const rank = ({ document }: Candidate) => (document.group !== '' ? 2 : document.notice.foundIn ? 1 : 0);
  const index = (name: (typeof keyed)[number]['index']) =>
    new Map(
      [
        ...Map.groupBy(
          keyed.filter((k) => k.index === name),
          (k) => k.key,
        ),
      ].map(([key, list]) => [key, list.map((k) => k.candidate).sort((a, b) => rank(a) - rank(b))]),
    );
  const byNumber = index('number');
  const byTitle = index('title');
  const byCore = index('core');

  const clauseIndexes = new Map<string, Map<string, ClauseInfo>>();
  const clausesOf = (notice: Notice) => {
    let index = clauseIndexes.get(notice.id);
    if (!index) clauseIndexes.set(notice.id, (index = indexClauses(notice)));
    return index;
  };

  const candidatesOf = (reference: Reference): Candidate[] => {
    if (reference.documentNumber) return byNumber.get(documentNumberKey(reference.documentNumber)) ?? [];
    if (!reference.title) return [];
    // Exact titles first, then the same title without its 印发 wrapper.
    const exact = byTitle.get(titleKey(reference.title)) ?? [];
    const core = byCore.get(titleCoreKey(reference.title)) ?? [];
    return [...exact, ...core.filter((c) => !exact.some((e) => e.document === c.document))];
  };

  const link = (notice: Notice, reference: Reference): Reference => {
    const citing = reference.in ? clausesOf(notice).get(reference.in) : undefined;
    if (reference.kind === 'clause') {
      // Into the citing notice: near the citing clause first (上述, 本条), then its own document, then the file.
      const clausesBy = [...groups(notice)].map(
        ([group, components]) => [group, components.flatMap((c) => c.clauses)] as const,
      );
      const first = reference.within === 'notice' ? '' : citing ? documentGroup(citing.component.eId) : '';
      const near = reference.within === 'near' && citing ? [...citing.ancestors].reverse().map((a) => a.children) : [];
      const scopes = [
        ...near,
        ...(reference.within === 'notice' ? [] : [citing?.component.clauses ?? []]),
        ...clausesBy.filter(([group]) => group === first).map(([, clauses]) => clauses),
        ...clausesBy.map(([, clauses]) => clauses),
      ];
      for (const scope of scopes) {
        const clause = findPath(scope, reference.clause ?? []);
        if (clause && clause.eId !== reference.in)
          return { ...reference, target: { notice: notice.id, eId: clause.eId }, unresolved: null };
      }
      return { ...reference, target: null, unresolved: 'clauseNotFound' };
    }
    const candidates = candidatesOf(reference).filter(
      (candidate) => reference.documentNumber !== null || withinAuthority(reference, notice, candidate),
    );
    if (candidates.length === 0) return { ...reference, target: null, unresolved: 'notInLibrary' };
    // Date gating: the citing notice cannot rest on a document signed after it.
    const citingDate =
      (citing ? clausesOf(notice).get(reference.in!)?.component.signedDate : null) ?? notice.signedDate;
    const earlier = candidates.filter(
      ({ document }) => !citingDate || !document.signedDate || document.signedDate <= citingDate,
    );
    // The copy in the citing file itself first (the forwarded text the letter is about), then as sorted above.
    const chosen = earlier.find(({ document }) => document.notice.id === notice.id) ?? earlier[0];
    if (!chosen) return { ...reference, target: null, unresolved: 'laterThanCiting' };
    const { document } = chosen;
    if (!reference.clause)
      return { ...reference, target: { notice: document.notice.id, eId: chosen.eId }, unresolved: null };
    // A letter's paragraphs are unnumbered, so a path names a clause of the text it issues (第三部分 of the 要点).
    const scope = (document.group === '' ? groups(document.notice).get('') : document.components)!.flatMap(
      (c) => c.clauses,
    );
    const clause = findPath(scope, reference.clause);
    return clause
      ? { ...reference, target: { notice: document.notice.id, eId: clause.eId }, unresolved: null }
      : { ...reference, target: { notice: document.notice.id, eId: chosen.eId }, unresolved: 'clauseNotFound' };
  };

  return input.map((notice) => ({ ...notice, references: notice.references.map((r) => link(notice, r)) }));
}

/** How the citations of a corpus were linked: per kind of citation, how many lead somewhere and why the rest do not. */
export function linkSummary(
  notices: Notice[],
): Record<Reference['kind'], Record<'linked' | (typeof UNRESOLVED)[number], number>> {
  const summary = {} as ReturnType<typeof linkSummary>;
  for (const notice of notices)
    for (const reference of notice.references) {
      const counts = (summary[reference.kind] ??= {
        linked: 0,
        notInLibrary: 0,
        laterThanCiting: 0,
        clauseNotFound: 0,
      });
      // A document found without the clause it names still links (to the document): counted as clauseNotFound.
      counts[reference.unresolved ?? 'linked']++;
    }
  return summary;
}
