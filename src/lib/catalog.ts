/**
 * Everything the browse pages derive from the corpus — facets, slugs, the responsibility index, citation targets —
 * computed once from the list of notices (src/lib/corpus.ts caches it for the whole build).
 */
import type { Clause, Component, Level, Notice, Reference, Responsibility } from '../model/notice.ts';
import { indexClauses, type ClauseInfo } from '../model/citation.ts';
import { documentNumberKey, titleKey } from '../model/keys.ts';
import { compareDeadlines, compareNewestFirst } from './format.ts';
import { buildRegionTree, type RegionTree } from './regions.ts';
import { assignSlugs } from './slugs.ts';

export interface Facet {
  slug: string;
  name: string;
  notices: Notice[];
}

export interface Task {
  unit: string;
  role: 'lead' | 'unit';
  notice: Notice;
  clause: ClauseInfo;
  responsibility: Responsibility;
}

export interface Unit {
  slug: string;
  name: string;
  /** Sorted by deadline, then newest notice, then document order. */
  tasks: Task[];
}

export interface DocumentTarget {
  notice: Notice;
  /** The component carrying the number (its eId is the anchor), or null for the notice's own number. */
  component: Component | null;
}

export const LEVELS: Level[] = ['national', 'province', 'city', 'county', 'district', 'township'];

function facet(notices: Notice[], nameOf: (n: Notice) => string | null): { facets: Facet[]; slugOf: Map<string, string> } {
  const names = notices.map(nameOf).filter((n) => n !== null);
  const slugOf = assignSlugs(names);
  const bySlug = new Map<string, Facet>();
  for (const notice of notices) {
    const name = nameOf(notice);
    if (name === null) continue;
    const slug = slugOf.get(name)!;
    const entry = bySlug.get(slug);
    if (entry) entry.notices.push(notice);
    else bySlug.set(slug, { slug, name, notices: [notice] });
  }
  const facets = [...bySlug.values()].sort((a, b) => b.notices.length - a.notices.length || (a.slug < b.slug ? -1 : 1));
  return { facets, slugOf };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function groupBy<K>(notices: Notice[], keyOf: (n: Notice) => K | null): Map<K, Notice[]> {
  const groups = new Map<K, Notice[]>();
  for (const notice of notices) {
    const key = keyOf(notice);
    if (key !== null) push(groups, key, notice);
  }
  return groups;
}

export function buildCatalog(input: Notice[]) {
  const notices = [...input].sort(compareNewestFirst);
  const clauseIndexes = new Map(notices.map((n) => [n.id, indexClauses(n)]));
  const clausesOf = (notice: Notice): Map<string, ClauseInfo> => clauseIndexes.get(notice.id) ?? indexClauses(notice);

  const issuers = facet(notices, (n) => n.issuer);
  const genres = facet(notices, (n) => n.genre);

  const years = [...groupBy(notices, (n) => n.year)].sort(([a], [b]) => b - a);
  const levels = LEVELS.map((level) => [level, notices.filter((n) => n.level === level)] as const).filter(
    ([, list]) => list.length > 0,
  );
  const regions: RegionTree = buildRegionTree(notices);

  // Responsibility index: every clause a unit leads or is responsible for.
  const tasksByUnit = new Map<string, Task[]>();
  let clauseCount = 0;
  let dutyCount = 0;
  for (const notice of notices) {
    for (const info of clausesOf(notice).values()) {
      if (info.clause.number !== null) clauseCount++;
      const responsibility = info.clause.duty;
      if (!responsibility) continue;
      dutyCount++;
      const roles = new Map<string, Task['role']>();
      for (const unit of responsibility.units) roles.set(unit, 'unit');
      for (const unit of responsibility.lead) roles.set(unit, 'lead');
      for (const [unit, role] of roles)
        push(tasksByUnit, unit, { unit, role, notice, clause: info, responsibility });
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
          compareDeadlines(a.responsibility.deadlineDate, b.responsibility.deadlineDate) ||
          order.get(a.notice.id)! - order.get(b.notice.id)! ||
          a.clause.clause.offset - b.clause.clause.offset,
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
  const citedBy = new Map<string, Notice[]>();
  for (const notice of notices) {
    const targets = new Set(notice.references.flatMap(resolve).map((t) => t.notice.id));
    targets.delete(notice.id);
    for (const id of targets) push(citedBy, id, notice);
  }

  return {
    notices,
    clausesOf,
    clauseCount,
    dutyCount,
    years,
    levels,
    regions,
    issuers: issuers.facets,
    issuerSlug: (name: string) => issuers.slugOf.get(name),
    genres: genres.facets,
    genreSlug: (name: string) => genres.slugOf.get(name),
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
