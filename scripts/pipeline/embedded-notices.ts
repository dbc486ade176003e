/**
 * A document printed inside a notice file with a 发文字号 of its own — a notice the file forwards or attaches — read
 * as a notice of its own: its components, clauses and citations with the att_N prefix taken off (att_1__sec_2 →
 * sec_2; its letter att_1 → cover when it issues a text, else main), its metadata from its letter, its region and
 * level from its issuer and title. Which of these become pages, and where else they are printed, is decided across
 * the corpus (scripts/corpus/documents.ts).
 */
import { type Clause, type Component, type Reference, UNKNOWN_STATUS } from '../../src/model/notice.ts';
import { documentGroup, eIdInDocument } from '../../src/model/documents.ts';
import { documentNumberKey } from '../../src/model/keys.ts';
import { type NoticeDraft, yearOf } from './convert-notice.ts';
import { genreOf } from './recognise/genres.ts';
import { detectRegion } from './recognise/region.ts';

export interface EmbeddedDraft {
  /** The part of the file it is printed as (its first component's eId, the anchor on the file's page). */
  eId: string;
  draft: NoticeDraft;
}

function renamer(group: string, components: Component[]) {
  return (eId: string) =>
    eId === group ? (components[0]!.prefix.endsWith('__cover__') ? 'cover' : 'main') : eIdInDocument(eId);
}

function renameClause(clause: Clause, rename: (eId: string) => string): Clause {
  return { ...clause, eId: rename(clause.eId), children: clause.children.map((c) => renameClause(c, rename)) };
}

export function embeddedDrafts(file: NoticeDraft): EmbeddedDraft[] {
  const groups = new Map<string, Component[]>();
  for (const component of file.components) {
    const group = documentGroup(component.eId);
    if (group) groups.set(group, [...(groups.get(group) ?? []), component]);
  }
  const ownKey = file.documentNumber ? documentNumberKey(file.documentNumber) : null;
  const found: EmbeddedDraft[] = [];
  for (const [group, components] of groups) {
    const letter = components.find((c) => c.kind === 'letter') ?? components[0]!;
    const documentNumber = components.find((c) => c.documentNumber)?.documentNumber ?? null;
    // A text the file's own letter issues carries the file's number: it is the file, not another document.
    if (!documentNumber || documentNumberKey(documentNumber) === ownKey) continue;
    const rename = renamer(group, components);
    const renamed = components.map((c) => ({
      ...c,
      eId: rename(c.eId),
      prefix: c.prefix.slice(`${group}__`.length),
      clauses: c.clauses.map((clause) => renameClause(clause, rename)),
    }));
    const parts = components.flatMap((c) => [...c.front, ...c.back]);
    const title = letter.title ?? components.find((c) => c.title)?.title ?? documentNumber;
    const { region, level } = detectRegion({
      issuer: letter.issuer,
      title,
      text: parts.map((p) => p.text).join('\n'),
    });
    const references: Reference[] = file.references.flatMap((r) =>
      r.in !== null && documentGroup(r.in) === group ? [{ ...r, in: rename(r.in) }] : [],
    );
    found.push({
      eId: components[0]!.eId,
      draft: {
        ...file,
        title,
        documentNumber,
        issuer: letter.issuer,
        addressees: parts.find((p) => p.role === 'addressees')?.text.trim() ?? null,
        signedDate: letter.signedDate,
        publishedDate: null,
        printedDate: null,
        validity: null,
        status: UNKNOWN_STATUS,
        notes: parts.filter((p) => p.role === 'note').map((p) => p.text.trim()),
        cc: null,
        region,
        level,
        genre: genreOf(title),
        year: yearOf(letter.signedDate, documentNumber, title),
        components: renamed,
        references,
        problems: [],
      },
    });
  }
  return found;
}
