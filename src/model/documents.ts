/**
 * The documents inside a notice file: its own (the letter and the text it issues) and each it forwards (att_1…), and
 * which of those are documents of the library with a page of their own. Free of zod (types only), so browser code
 * (facets) can use it.
 */
import type { Component, Notice } from './notice.ts';

/** The document a component or clause belongs to inside its file: '' for the file's own, 'att_1'… for one it forwards. */
export function documentGroup(eId: string): string {
  return /^att_\d+/.exec(eId)?.[0] ?? '';
}

/** Whether a part or clause of a file is printed there as a copy of a document with a page of its own. */
export function isCarried(notice: Pick<Notice, 'carries'>, eId: string): boolean {
  const group = documentGroup(eId);
  return group !== '' && notice.carries.some((part) => documentGroup(part.eId) === group);
}

/** An eId of a file's part as its own document names it: att_1__sec_2 → sec_2 (the part's own anchor is the group). */
export function eIdInDocument(eId: string): string {
  const group = documentGroup(eId);
  return group && eId.startsWith(`${group}__`) ? eId.slice(group.length + 2) : eId;
}

/** The components that are the file's own reading: those of documents with a page of their own left out. */
export function ownComponents(notice: Notice): Component[] {
  return notice.components.filter((component) => !isCarried(notice, component.eId));
}
