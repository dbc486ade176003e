/**
 * A notice too long for one page of ~1 MB of HTML is shown on several: /notices/<id>/ holds its head and its first
 * top-level clauses, /notices/<id>/p/2/ … the rest, each clause on the page of its top-level clause (a top-level
 * clause too long for a page on its own is cut between its children). Where a clause lives is a pure function of the
 * notice, so the converter (the links it writes), the pages, backlinks and search agree without storing it. Almost
 * every notice fits one page; only those past the budget get pages of their own.
 */
import type { Clause, Component, Notice } from './notice.ts';

/** The clauses' estimated HTML on one page: ~0.6 MB, so that the head, contents list and notes stay under ~1 MB. */
export const PAGE_BUDGET = 600_000;
/**
 * A clause's HTML besides its text (heading, anchor, copy buttons, notes with their chips), in bytes, and its text at
 * 3 bytes a character: measured on a 2,000-clause notice, 3.3 MB of HTML on one page, ~1.65 KB a clause.
 */
const CLAUSE_MARKUP = 1_200;
const COMPONENT_MARKUP = 2_000;

const textWeight = (text: string | null) => 3 * (text?.length ?? 0);
const ownWeight = (clause: Clause) => CLAUSE_MARKUP + textWeight(clause.heading) + textWeight(clause.text);
const treeWeight = (clause: Clause): number =>
  clause.children.reduce((sum, child) => sum + treeWeight(child), ownWeight(clause));
const headWeight = (component: Component) =>
  COMPONENT_MARKUP + [...component.front, ...component.back].reduce((sum, part) => sum + textWeight(part.text), 0);

export interface NoticePages {
  /** How many pages the notice is shown on. */
  count: number;
  /** The page (1, 2 …) of a component or clause (by eId); 1 for an eId the notice does not have. */
  of(eId: string): number;
}

const ONE_PAGE: NoticePages = { count: 1, of: () => 1 };
const known = new WeakMap<Notice, NoticePages>();

export function noticePages(notice: Notice): NoticePages {
  let pages = known.get(notice);
  if (pages) return pages;
  const where = new Map<string, number>();
  let page = 1;
  let used = 0;
  const place = (eId: string, weight: number) => {
    if (used > 0 && used + weight > PAGE_BUDGET) {
      page++;
      used = 0;
    }
    used += weight;
    where.set(eId, page);
  };
  const stay = (clause: Clause) => {
    where.set(clause.eId, page);
    clause.children.forEach(stay);
  };
  const placeClause = (clause: Clause) => {
    const whole = treeWeight(clause);
    if (whole <= PAGE_BUDGET || clause.children.length === 0) {
      place(clause.eId, whole);
      clause.children.forEach(stay);
    } else {
      place(clause.eId, ownWeight(clause));
      clause.children.forEach(placeClause);
    }
  };
  for (const component of notice.components) {
    place(component.eId, headWeight(component));
    component.clauses.forEach(placeClause);
  }
  pages = page === 1 ? ONE_PAGE : { count: page, of: (eId) => where.get(eId) ?? 1 };
  known.set(notice, pages);
  return pages;
}

/** The root-relative path of a notice's page: /notices/<id>/, /notices/<id>/p/2/ … */
export const noticePagePath = (id: string, page = 1) => `/notices/${id}/${page > 1 ? `p/${page}/` : ''}`;
