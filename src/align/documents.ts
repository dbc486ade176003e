/**
 * The documents that alignment compares. A notice file holds its own text (cover letter and the text it issues) and
 * may embed documents it forwards (att_1, att_2 …: 国办发〔2020〕17号 inside 粤府办〔2020〕14号); each is a document of
 * its own here, because a province's letter implements the national text it forwards.
 */
import { documentLabel, indexClauses } from '../model/citation.ts';
import type { Clause, Component, Notice } from '../model/notice.ts';
import { toSimplified } from '../model/script.ts';
import { foldWidth } from '../model/width.ts';
import { type BigramCounts, countBigrams } from './bigrams.ts';

/** A document inside a notice file: its own text (part null) or an embedded one (part 'att_1'). */
export interface DocumentRef {
  noticeId: string;
  part: string | null;
}

export interface AlignableClause {
  eId: string;
  /** How the clause is cited: 国办发〔2020〕17号 三（二）. */
  citation: string;
  /** The printed numbers of the clause and its ancestors, without the document: 三（二）; null at the top (a preamble). */
  place: string | null;
  numbered: boolean;
  /** eId of the enclosing clause, null at the top. */
  parent: string | null;
  heading: string;
  /** Heading and text as printed, without the responsibility notes (what the comparison pages show and diff). */
  wording: string;
  /** What the clause says for comparison: heading and text without responsibility notes, folded (see comparable). */
  comparable: string;
  bigrams: BigramCounts;
  headingBigrams: BigramCounts;
  /** Quoted terms and cited titles (“六稳”, 《政府工作报告》), folded. */
  keyPhrases: string[];
  /** True when the clause has wording of its own beyond its heading (a heading-only 一、 section has none). */
  hasText: boolean;
}

export interface AlignableDocument {
  ref: DocumentRef;
  /** 发文字号, else 《title》 (as citations print it). */
  label: string;
  title: string;
  /** Who the document is from, shortest first: its region (友谊县), else its issuer, else its label. */
  owner: string;
  signedDate: string | null;
  clauses: AlignableClause[];
}

/** The document group of a component: 'att_1' for att_1 and att_1__main, null for the notice's own components. */
export function partOf(componentEId: string): string | null {
  return /^att_\d+/.exec(componentEId)?.[0] ?? null;
}

/**
 * Folds a text for comparison only: full-width digits, Traditional script, and everything but letters and digits
 * (punctuation, spaces) dropped, so that 二〇二〇年“六稳” and 2020年六穩 compare by their characters.
 */
export function comparable(text: string): string {
  return toSimplified(foldWidth(text)).replace(/[^\p{L}\p{N}]/gu, '');
}

const KEY_PHRASE = /[“"「『]([^”"」』]{2,20})[”"」』]|《([^》]{2,60})》/g;

export function keyPhrases(text: string): string[] {
  return [...new Set([...text.matchAll(KEY_PHRASE)].map((m) => comparable(m[1] ?? m[2]!)).filter(Boolean))];
}

/** The clause's heading and text with its responsibility notes cut out: who does it and by when is not what it says. */
function wording(clause: Clause): { heading: string; text: string } {
  const cut = (s: string) => clause.notes.reduce((rest, note) => rest.replace(note.raw, ''), s);
  return { heading: cut(clause.heading ?? ''), text: cut(clause.text) };
}

function components(notice: Notice, part: string | null): Component[] {
  return notice.components.filter((c) => partOf(c.eId) === part);
}

/** The documents a notice file holds: its own text, then each embedded document. */
export function documentParts(notice: Notice): (string | null)[] {
  return [...new Set(notice.components.map((c) => partOf(c.eId)))];
}

export function alignableDocument(notice: Notice, part: string | null): AlignableDocument {
  const index = indexClauses(notice);
  const members = components(notice, part);
  if (members.length === 0) throw new Error(`Notice ${notice.id} has no part ${part ?? '(own text)'}`);
  const label = documentLabel(notice, members[0]!);
  const clauses: AlignableClause[] = [];
  const walk = (list: Clause[], parent: string | null) => {
    for (const clause of list) {
      const info = index.get(clause.eId)!;
      const { heading, text } = wording(clause);
      const [whole, head] = [comparable(heading + text), comparable(heading)];
      clauses.push({
        eId: clause.eId,
        citation: info.citation,
        place: info.citation.slice(label.length + 1) || null,
        numbered: clause.number !== null,
        parent,
        heading: clause.heading ?? '',
        wording: heading + text,
        comparable: whole,
        bigrams: countBigrams(whole),
        headingBigrams: countBigrams(head),
        keyPhrases: keyPhrases(heading + text),
        hasText: comparable(text).length > 0,
      });
      walk(clause.children, clause.eId);
    }
  };
  for (const component of members) walk(component.clauses, null);
  const text = members.find((c) => c.kind === 'text') ?? members[0]!;
  return {
    ref: { noticeId: notice.id, part },
    label,
    title: (part === null ? notice.title : text.title) ?? notice.title,
    owner: (part === null ? (notice.region?.name ?? notice.issuer) : text.issuer) ?? label,
    signedDate: (part === null ? notice.signedDate : members.find((c) => c.signedDate)?.signedDate) ?? null,
    clauses,
  };
}
