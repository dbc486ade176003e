/**
 * Clause citations such as "国办发〔2020〕17号 二（三）": the document number of the document the clause is in,
 * then the printed numbers of the clause and its ancestors.
 */
import type { Clause, Component, Notice } from '../schemas/notice.ts';

export interface ClauseInfo {
  clause: Clause;
  component: Component;
  /** Enclosing clauses, outermost first (not including the clause itself). */
  ancestors: Clause[];
  citation: string;
}

const DIGITS = '〇一二三四五六七八九';

/** 3 → 三, 10 → 十, 14 → 十四, 20 → 二十, 99 → 九十九 (clause numbers never go further). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/**
 * The number as it goes into a citation: printed, minus the trailing 、.． (一、 → 一, 1. → 1, （三） stays).
 * A clause whose heading is missing from the source has no printed number; its place (from the eId) is given in
 * square brackets, the usual mark of an editorial insertion: sec_3 → [三], para_2 → [（二）], point_4 → [4].
 */
export function citationNumber(clause: Pick<Clause, 'number' | 'eId'>): string | null {
  if (clause.number !== null) return clause.number.trim().replace(/[、.．，,\s]+$/, '');
  const last = clause.eId.split('__').at(-1) ?? '';
  const match = /^([a-z]+)_(\d+)$/.exec(last);
  if (!match || match[1] === 'p') return null;
  const n = Number(match[2]);
  const labels: Record<string, string> = { part: `第${chineseNumeral(n)}部分`, chp: `第${chineseNumeral(n)}章`, subchp: `第${chineseNumeral(n)}节`, sec: chineseNumeral(n), art: `第${chineseNumeral(n)}条`, para: `（${chineseNumeral(n)}）` };
  const label = labels[match[1]] ?? String(n);
  return `[${label}]`;
}

/** The components of one document inside a notice file: att_1__cover and att_1 form one forwarded document. */
function documentGroup(componentEId: string): string {
  return /^att_\d+/.exec(componentEId)?.[0] ?? '';
}

/** How the document a component belongs to is cited: its 发文字号, else its 《title》. */
export function documentLabel(notice: Notice, component: Component): string {
  const group = documentGroup(component.eId);
  const members = notice.components.filter((c) => documentGroup(c.eId) === group);
  const number = (group === '' ? notice.documentNumber : null) ?? members.find((c) => c.documentNumber)?.documentNumber;
  if (number) return number;
  const title = group === '' ? notice.title : (members.find((c) => c.kind === 'text' && c.title) ?? members.find((c) => c.title))?.title;
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
