/**
 * What the MDX body components need to know about the notice being rendered: the clause index (for citations),
 * components by eId (for part labels) and the unit pages (for chips), the comparisons (for 落实 notes). The notice page stores it in Astro.locals,
 * which is per page render, because MDX hands its components nothing but their own props.
 */
import type { Component, Notice } from '../model/notice.ts';
import { noticePages, type NoticePages } from '../model/notice-pages.ts';
import type { Catalog } from './catalog.ts';
import type { ClauseInfo } from '../model/citation.ts';
import type { ComparisonIndex } from './comparisons.ts';
import { implementationGroups, type Implementation } from './citing-lists.ts';
import { groupedListPages } from './list-pages.ts';

export interface NoticeContext {
  notice: Notice;
  clauses: Map<string, ClauseInfo>;
  components: Map<string, Component>;
  unitSlug: (name: string) => string | undefined;
  /** How many citations in the library point at each clause of this notice (eId → count). */
  citedCount: Map<string, number>;
  /** The corpus's clause comparisons: which clauses this notice's clauses carry out, and which carry them out. */
  comparisons: ComparisonIndex;
  /** The local clauses that carry out each clause of this notice, and the page of their whole list that shows them. */
  implementations: { of: (eId: string) => Implementation[]; pageOf: (eId: string) => number };
  /** The pages a long notice is shown on (src/model/notice-pages.ts), and the one being rendered. */
  pages: NoticePages;
  page: number;
}

export function noticeContext(catalog: Catalog, comparisons: ComparisonIndex, notice: Notice, page = 1): NoticeContext {
  const implementations = implementationGroups(catalog, comparisons, notice);
  const byClause = new Map(implementations.map((group) => [group.key, group.items]));
  return {
    comparisons,
    implementations: { of: (eId) => byClause.get(eId) ?? [], pageOf: groupedListPages(implementations).pageOf },
    notice,
    pages: noticePages(notice),
    page,
    clauses: catalog.clausesOf(notice),
    components: new Map(notice.components.map((c) => [c.eId, c])),
    unitSlug: (name) => catalog.unitSlug(notice, name),
    citedCount: new Map(
      [...(catalog.backlinks(notice.id)?.byTarget ?? [])].map(([eId, relations]) => [eId, relations.length]),
    ),
  };
}

/** For the body components: fails loudly when one is rendered outside a notice page. */
export function requireNoticeContext(locals: App.Locals): NoticeContext {
  if (!locals.notice) throw new Error('Notice body components render only inside src/pages/notices/[id].astro');
  return locals.notice;
}

/** att_2__cover → '2'; null for the notice's own parts. */
export function attachmentNumber(componentEId: string): string | null {
  return /^att_(\d+)/.exec(componentEId)?.[1] ?? null;
}
