/**
 * Stage 7: every citation of a notice, in source order: in header and closing parts (in: null) and in each clause's heading and
 * text (in: the clause's eId). The notice's own 发文字号 line and scrape chrome cite nothing. A 《short title》 defined
 * earlier by 以下简称 is an alias use and carries the document it stands for.
 */
import { type Component, flattenClauses, type Part, type Reference } from '../../../../src/model/notice.ts';
import { findReferences } from '../../recognise/citations.ts';

const CITING_ROLES = new Set<Part['role']>(['title', 'addressees', 'note', 'attachmentLabel', 'cc']);

export function collectReferences(components: Component[]): Reference[] {
  const references: Reference[] = [];
  for (const component of components) {
    for (const part of [...component.front, ...component.back]) {
      if (CITING_ROLES.has(part.role)) references.push(...findReferences(part.text, part, null));
    }
    for (const clause of flattenClauses(component.clauses)) {
      if (clause.heading !== null && clause.headingOffset !== null)
        references.push(
          ...findReferences(clause.heading, { offset: clause.headingOffset, line: clause.line }, clause.eId),
        );
      if (clause.textOffset !== null)
        references.push(...findReferences(clause.text, { offset: clause.textOffset, line: clause.line }, clause.eId));
    }
  }
  references.sort((a, b) => a.offset - b.offset);
  return resolveAliases(references);
}

function resolveAliases(references: Reference[]): Reference[] {
  const defined = new Map<string, Reference>();
  return references.map((reference) => {
    const definition =
      reference.title !== null && reference.kind === 'title' ? defined.get(reference.title) : undefined;
    if (reference.alias) defined.set(reference.alias, reference);
    if (!definition) return reference;
    return {
      ...reference,
      kind: 'alias',
      alias: reference.title,
      title: definition.title,
      documentNumber: definition.documentNumber,
    };
  });
}
