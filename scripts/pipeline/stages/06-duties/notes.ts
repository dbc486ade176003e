/**
 * Stage 6a: responsibility notes on every clause of a tree (a pure tree → tree transform over the notes recogniser).
 * `notes` lists every note printed in the clause; `duty` merges them (units united, the latest deadline), so a staff
 * member sees at a glance who does a clause and by when.
 */
import type { Clause, Responsibility } from '../../../../src/model/notice.ts';
import { findResponsibilities } from '../../recognise/notes.ts';

const unique = (values: string[]) => [...new Set(values)];

export function mergeResponsibilities(notes: Responsibility[]): Responsibility | null {
  if (notes.length <= 1) return notes[0] ?? null;
  const dated = notes.filter((n) => n.deadlineDate !== null);
  // 'ongoing' outlasts any date; otherwise the latest ISO date wins (ISO dates sort as strings).
  const latest = dated.reduce<Responsibility | null>(
    (best, n) =>
      !best || n.deadlineDate === 'ongoing' || (best.deadlineDate !== 'ongoing' && n.deadlineDate! > best.deadlineDate!)
        ? n
        : best,
    null,
  );
  return {
    offset: notes[0]!.offset,
    line: notes[0]!.line,
    raw: notes.map((n) => n.raw).join(''),
    lead: unique(notes.flatMap((n) => n.lead)),
    units: unique(notes.flatMap((n) => n.units)),
    deadline: latest?.deadline ?? notes.find((n) => n.deadline)?.deadline ?? null,
    deadlineDate: latest?.deadlineDate ?? null,
  };
}

function notesOf(clause: Clause, year: number | null): Responsibility[] {
  return [
    ...(clause.heading !== null && clause.headingOffset !== null
      ? findResponsibilities(clause.heading, { offset: clause.headingOffset, line: clause.line }, year)
      : []),
    ...(clause.textOffset !== null
      ? findResponsibilities(clause.text, { offset: clause.textOffset, line: clause.line }, year)
      : []),
  ];
}

/** An unnumbered paragraph that is nothing but notes (after a list of items): they are its parent clause's duty. */
const onlyNotes = (clause: Clause, notes: Responsibility[]) =>
  clause.number === null &&
  notes.length > 0 &&
  clause.text.replace(/\s/g, '') ===
    notes
      .map((n) => n.raw)
      .join('')
      .replace(/\s/g, '');

export function withResponsibilities(clauses: Clause[], year: number | null): Clause[] {
  return clauses.map((clause) => {
    const notes = notesOf(clause, year);
    const children = withResponsibilities(clause.children, year);
    const governing = children.filter((child) => onlyNotes(child, child.notes));
    return {
      ...clause,
      notes,
      duty: mergeResponsibilities([...notes, ...governing.flatMap((child) => child.notes)]),
      // The notes stay in the paragraph's text (and its `notes`); the duty is the parent's.
      children: children.map((child) => (governing.includes(child) ? { ...child, duty: null } : child)),
    };
  });
}
