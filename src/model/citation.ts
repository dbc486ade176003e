/**
 * Clause citations such as "国办发〔2020〕17号 二（三）": the document number of the document the clause is in,
 * then the printed numbers of the clause and its ancestors.
 */
import { FORM } from './forms.ts';
import type { Clause, Component, Notice } from './notice.ts';
import { documentGroup } from './documents.ts';

export interface ClauseInfo {
  clause: Clause;
  component: Component;
  /** Enclosing clauses, outermost first (not including the clause itself). */
  ancestors: Clause[];
  citation: string;
}

/**
 * The number as it goes into a citation: printed, minus the trailing 、.． (一、 → 一, 1. → 1, （三） stays).
 * A clause whose heading is missing from the source has no printed number; its place is given in square brackets,
 * the usual mark of an editorial insertion: sec 3 → [三], para 2 → [（二）], point 4 → [4].
 */
export function citationNumber(clause: Pick<Clause, 'number' | 'form' | 'ordinal'>): string | null {
  if (clause.number !== null) return clause.number.trim().replace(/[、.．，,\s]+$/, '');
  if (clause.form === null || clause.ordinal === null) return null;
  return `[${FORM[clause.form].label(clause.ordinal)}]`;
}

/** How the document a component belongs to is cited: its 发文字号, else its 《title》. */
export function documentLabel(notice: Notice, component: Component): string {
  const group = documentGroup(component.eId);
  const members = notice.components.filter((c) => documentGroup(c.eId) === group);
  const number = (group === '' ? notice.documentNumber : null) ?? members.find((c) => c.documentNumber)?.documentNumber;
  if (number) return number;
  const title =
    group === ''
      ? notice.title
      : (members.find((c) => c.kind === 'text' && c.title) ?? members.find((c) => c.title))?.title;
  return `《${title ?? notice.title}》`;
}

export function clauseCitation(notice: Notice, component: Component, path: Clause[]): string {
  const numbers = path.map(citationNumber).filter((n) => n !== null);
  const document = documentLabel(notice, component);
  return numbers.length ? `${document} ${numbers.join('')}` : document;
}

/** eId → clause, its component, ancestors and citation, for every clause of the notice. */
export function indexClauses(notice: Notice): Map<string, ClauseInfo> {
  const index = new Map<string, ClauseInfo>();
  for (const component of notice.components) {
    const walk = (clauses: Clause[], ancestors: Clause[]) => {
      for (const clause of clauses) {
        const citation = clauseCitation(notice, component, [...ancestors, clause]);
        index.set(clause.eId, { clause, component, ancestors, citation });
        walk(clause.children, [...ancestors, clause]);
      }
    };
    walk(component.clauses, []);
  }
  return index;
}
