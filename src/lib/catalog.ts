/**
 * Everything the browse pages derive from the corpus — facets, slugs, the responsibility index, citation targets —
 * computed once from the notices' summaries (src/lib/corpus.ts caches it for the whole build).
 */
import { documentNumberKey, titleKey } from '../model/keys.ts';
import type { Clause, Reference } from '../model/notice.ts';
import { FACETS, LIST_FACETS, type FacetKey, noticeValues, sortValues } from './facets.ts';
import { compareDeadlines, compareNewestFirst } from './format.ts';
import type { NoticeSummary, TaskClause } from './notice-summary.ts';
import { buildRegionTree, type RegionTree } from './regions.ts';
import { assignSlugs } from './slugs.ts';

/** One value of a list facet (a year, a level, an issuer, a 文种) and the notices browsed under it. */
export interface FacetValue {
  value: string;
  slug: string;
  label: string;
  notices: NoticeSummary[];
  count: number;
}

export interface Task {
  unit: string;
  role: 'lead' | 'unit';
  notice: NoticeSummary;
  clause: TaskClause;
}

export interface Unit {
  slug: string;
  name: string;
  /** Sorted by deadline, then newest notice, then document order. */
  tasks: Task[];
}

export interface DocumentTarget {
  notice: NoticeSummary;
  /** The component carrying the number (its eId is the anchor), or null for the notice's own number. */
  component: NoticeSummary['components'][number] | null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The values of a list facet, each with its notices (newest first, as `notices` is), in the facet's order. */
function facetValues(key: FacetKey, notices: NoticeSummary[]): { values: FacetValue[]; slugOf: Map<string, string> } {
  const byValue = new Map<string, NoticeSummary[]>();
  for (const notice of notices) for (const value of noticeValues(key, notice)) push(byValue, value, notice);
  const slugOf =
    FACETS[key].slug === 'pinyin' ? assignSlugs(byValue.keys()) : new Map([...byValue.keys()].map((v) => [v, v]));
  const values = [...byValue].map(([value, list]) => ({
    value,
    slug: slugOf.get(value)!,
    label: FACETS[key].label(value),
    notices: list,
    count: list.length,
  }));
  return { values: sortValues(key, values), slugOf };
}

export function buildCatalog(input: NoticeSummary[]) {
  const notices = [...input].sort(compareNewestFirst);

  const facets = new Map(LIST_FACETS.map((key) => [key, facetValues(key, notices)]));
  const regions: RegionTree = buildRegionTree(notices);

  // Responsibility index: every clause a unit leads or is responsible for.
  const tasksByUnit = new Map<string, Task[]>();
  let clauseCount = 0;
  let dutyCount = 0;
  for (const notice of notices) {
    clauseCount += notice.numberedClauses;
    dutyCount += notice.tasks.length;
    for (const clause of notice.tasks) {
      const roles = new Map<string, Task['role']>();
      for (const unit of clause.responsibility.units) roles.set(unit, 'unit');
      for (const unit of clause.responsibility.lead) roles.set(unit, 'lead');
      for (const [unit, role] of roles) push(tasksByUnit, unit, { unit, role, notice, clause });
    }
  }
  const unitSlugs = assignSlugs(tasksByUnit.keys());
  const order = new Map(notices.map((n, i) => [n.id, i]));
  const units: Unit[] = [...tasksByUnit]
    .map(([name, tasks]) => ({
      slug: unitSlugs.get(name)!,
      name,
      tasks: tasks.sort(
        (a, b) =>
          compareDeadlines(a.clause.responsibility.deadlineDate, b.clause.responsibility.deadlineDate) ||
          order.get(a.notice.id)! - order.get(b.notice.id)! ||
          a.clause.offset - b.clause.offset,
      ),
    }))
    .sort((a, b) => b.tasks.length - a.tasks.length || (a.slug < b.slug ? -1 : 1));

  // Where each 发文字号 and title lives: a notice's own, and every component's (a forwarded 国办发 inside a 粤府办
  // notice). A citation resolves by number first; a title-only citation (《…条例》, 《2020年政务公开工作要点》) by title.
  const byNumber = new Map<string, DocumentTarget[]>();
  const byTitle = new Map<string, DocumentTarget[]>();
  const add = (map: Map<string, DocumentTarget[]>, key: string, target: DocumentTarget) => {
    if (!map.get(key)?.some((t) => t.notice.id === target.notice.id)) push(map, key, target);
  };
  for (const notice of notices) {
    if (notice.documentNumber) add(byNumber, documentNumberKey(notice.documentNumber), { notice, component: null });
    add(byTitle, titleKey(notice.title), { notice, component: null });
    for (const component of notice.components) {
      if (component.documentNumber) add(byNumber, documentNumberKey(component.documentNumber), { notice, component });
      if (component.title) add(byTitle, titleKey(component.title), { notice, component });
    }
  }
  const resolve = (reference: Pick<Reference, 'documentNumber' | 'title'>): DocumentTarget[] => {
    if (reference.documentNumber) return byNumber.get(documentNumberKey(reference.documentNumber)) ?? [];
    return reference.title ? (byTitle.get(titleKey(reference.title)) ?? []) : [];
  };

  // Backlinks: notices that cite this notice, or a document inside it, by number or title.
  const citedBy = new Map<string, NoticeSummary[]>();
  for (const notice of notices) {
    const targets = new Set(notice.references.flatMap(resolve).map((t) => t.notice.id));
    targets.delete(notice.id);
    for (const id of targets) push(citedBy, id, notice);
  }

  return {
    notices,
    clauseCount,
    dutyCount,
    /** The values of a list facet (src/lib/facets.ts), each with its notices. */
    facet: (key: FacetKey) => facets.get(key)?.values ?? [],
    /** The URL slug of a list facet's value, when the corpus has it. */
    facetSlug: (key: FacetKey, value: string) => facets.get(key)?.slugOf.get(value),
    regions,
    units,
    unitSlug: (name: string) => unitSlugs.get(name),
    resolve,
    citedBy: (id: string) => citedBy.get(id) ?? [],
  };
}

export type Catalog = ReturnType<typeof buildCatalog>;

/** Numbered clauses of a component as a tree for the table of contents (unnumbered paragraphs left out). */
export function numberedOutline(clauses: Clause[]): { clause: Clause; children: ReturnType<typeof numberedOutline> }[] {
  return clauses
    .filter((c) => c.number !== null || c.inferred)
    .map((clause) => ({ clause, children: numberedOutline(clause.children) }));
}
