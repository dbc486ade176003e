/**
 * Everything the browse pages derive from the corpus — facets, slugs, the responsibility index, backlinks —
 * computed once from the list of notices (src/lib/corpus.ts caches it for the whole build).
 */
import { type ClauseInfo, indexClauses } from '../model/citation.ts';
import type { Clause, Component, Notice, Reference, Region, ReferenceTarget, Responsibility } from '../model/notice.ts';
import { documentGroup } from '../model/documents.ts';
import { noticePages } from '../model/notice-pages.ts';
import { backlinksOf, lineageIndex, relationsOf, type ResolvedRelation } from '../model/relations.ts';
import { FACETS, LIST_FACETS, type FacetKey, noticeValues, sortValues } from './facets.ts';
import { compareDeadlines, compareNewestFirst } from './format.ts';
import { buildRegionTree, type RegionTree } from './regions.ts';
import { assignSlugs } from './slugs.ts';
import {
  includesEveryDepartment,
  isDepartment,
  noticeAbbreviations,
  readUnit,
  type UnitKind,
  type UnitReading,
} from './units.ts';
import { push } from './multimap.ts';

/** One value of a list facet (a year, a level, an issuer, a 文种) and the notices browsed under it. */
export interface FacetValue {
  value: string;
  slug: string;
  label: string;
  notices: Notice[];
  count: number;
}

export interface Task {
  role: 'lead' | 'unit';
  /** The unit's name as the note prints it (for a task taken in through a collective, the collective's). */
  printed: string;
  /** The collective addressee (县直各单位) that takes the unit in, or null when the note names the unit itself. */
  via: string | null;
  /** The note's other units, as printed. */
  others: string[];
  notice: Notice;
  clause: ClauseInfo;
  responsibility: Responsibility;
}

/** A unit of one region (src/lib/units.ts): a department, or a collective addressee. */
export interface Unit {
  slug: string;
  key: string;
  kind: UnitKind;
  /** The printed form most notes use (the longest on a tie). */
  name: string;
  /** Every other printed form. */
  aliases: string[];
  /** Its region, or null when its notice names none. */
  region: Region | null;
  /** Sorted by deadline, then newest notice, then document order. */
  tasks: Task[];
}

interface UnitDraft {
  reading: UnitReading;
  forms: Map<string, number>;
  tasks: Task[];
}

/**
 * The slugs a notice page links with that depend on the whole corpus (a pinyin slug gets -2 when another name takes
 * it first): a facet value's, a unit's. A shard of the site build (src/lib/site-shard.ts) is given them, worked out
 * over the whole corpus by its plan (scripts/site-shards/plan.ts), instead of the corpus.
 */
export interface CorpusSlugs {
  /** Facet key → value → slug, for the facets whose slugs are pinyin. */
  facets: Partial<Record<FacetKey, Record<string, string>>>;
  /** Unit key (src/lib/units.ts) → slug. */
  units: Record<string, string>;
}

/** The URL slug of each value of a list facet. */
export const facetSlugsOf = (key: FacetKey, values: Iterable<string>): Map<string, string> =>
  FACETS[key].slug === 'pinyin' ? assignSlugs(values) : new Map([...values].map((v) => [v, v]));

/** The URL slug of each unit, by its key. */
export const unitSlugsOf = (keys: Iterable<string>): Map<string, string> => {
  const list = [...keys];
  const slugs = assignSlugs(list.map((key) => key.replace(':', '-')));
  return new Map(list.map((key) => [key, slugs.get(key.replace(':', '-'))!]));
};

/** How a notice's printed unit names read as units of its region (its own abbreviations defined). */
export function unitReader(notice: Notice) {
  const abbreviations = noticeAbbreviations(notice);
  return (printed: string): UnitReading[] => readUnit(printed, notice, abbreviations);
}

/** The values of a list facet, each with its notices (newest first, as `notices` is), in the facet's order. */
function facetValues(
  key: FacetKey,
  notices: Notice[],
  slugs?: Record<string, string>,
): { values: FacetValue[]; slugOf: Map<string, string> } {
  const byValue = new Map<string, Notice[]>();
  for (const notice of notices) for (const value of noticeValues(key, notice)) push(byValue, value, notice);
  const slugOf = slugs ? new Map(Object.entries(slugs)) : facetSlugsOf(key, byValue.keys());
  const values = [...byValue].map(([value, list]) => ({
    value,
    slug: slugOf.get(value)!,
    label: FACETS[key].label(value),
    notices: list,
    count: list.length,
  }));
  return { values: sortValues(key, values), slugOf };
}

/**
 * `corpusSlugs`: when the notices are not the whole corpus (a shard of the site build and the notices its pages
 * show), the slugs worked out over the whole corpus.
 */
export function buildCatalog(input: Notice[], corpusSlugs?: CorpusSlugs) {
  const notices = [...input].sort(compareNewestFirst);
  const clauseIndexes = new Map(notices.map((n) => [n.id, indexClauses(n)]));
  const clausesOf = (notice: Notice): Map<string, ClauseInfo> => clauseIndexes.get(notice.id) ?? indexClauses(notice);

  const facets = new Map(LIST_FACETS.map((key) => [key, facetValues(key, notices, corpusSlugs?.facets[key])]));
  const regions: RegionTree = buildRegionTree(notices);

  // Responsibility index: every clause a unit leads or is responsible for, units read within their region.
  const readingsOf = (notice: Notice, printed: string) => readUnit(printed, notice, noticeAbbreviations(notice));
  const drafts = new Map<string, UnitDraft>();
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
      for (const [printed, role] of roles) {
        const others = [...roles.keys()].filter((name) => name !== printed);
        for (const reading of readingsOf(notice, printed)) {
          const draft: UnitDraft = drafts.get(reading.key) ?? { reading, forms: new Map(), tasks: [] };
          drafts.set(reading.key, draft);
          draft.forms.set(reading.printed, (draft.forms.get(reading.printed) ?? 0) + 1);
          if (!draft.tasks.some((t) => t.notice === notice && t.clause === info))
            draft.tasks.push({
              role,
              printed: reading.printed,
              via: null,
              others,
              notice,
              clause: info,
              responsibility,
            });
        }
      }
    }
  }
  // A region's 县直各单位 takes in each of its named departments: their pages list its tasks, marked as such.
  // Departments by region, found once: against every unit for each collective it is quadratic in units.
  const scopeOf = (key: string) => key.slice(0, key.indexOf(':'));
  const departments = new Map<string, UnitDraft[]>();
  for (const draft of drafts.values())
    if (isDepartment(draft.reading)) push(departments, scopeOf(draft.reading.key), draft);
  for (const collective of drafts.values()) {
    if (!includesEveryDepartment(collective.reading)) continue;
    for (const draft of departments.get(scopeOf(collective.reading.key)) ?? []) {
      for (const task of collective.tasks)
        if (!draft.tasks.some((t) => t.notice === task.notice && t.clause === task.clause))
          draft.tasks.push({ ...task, via: task.printed });
    }
  }
  const unitSlugs = corpusSlugs ? new Map(Object.entries(corpusSlugs.units)) : unitSlugsOf(drafts.keys());
  const order = new Map(notices.map((n, i) => [n.id, i]));
  const units: Unit[] = [...drafts.values()]
    .map(({ reading, forms, tasks }) => {
      const [name, ...aliases] = [...forms.keys()].sort(
        (a, b) => forms.get(b)! - forms.get(a)! || b.length - a.length || (a < b ? -1 : 1),
      );
      return {
        slug: unitSlugs.get(reading.key)!,
        key: reading.key,
        kind: reading.kind,
        name: name!,
        aliases,
        region: reading.region,
        tasks: tasks.sort(
          (a, b) =>
            compareDeadlines(a.responsibility.deadlineDate, b.responsibility.deadlineDate) ||
            order.get(a.notice.id)! - order.get(b.notice.id)! ||
            a.clause.clause.offset - b.clause.clause.offset,
        ),
      };
    })
    .sort((a, b) => b.tasks.length - a.tasks.length || (a.slug < b.slug ? -1 : 1));
  const unitByKey = new Map(units.map((unit) => [unit.key, unit]));

  // Backlinks: the citations the corpus link step resolved into each notice, per cited clause.
  const relations = relationsOf(notices);
  const backlinks = backlinksOf(relations);
  const lineage = lineageIndex(relations);
  const relationsFrom = new Map<string, ResolvedRelation[]>();
  for (const relation of relations) push(relationsFrom, relation.from.notice, relation);
  const byId = new Map(notices.map((n) => [n.id, n]));
  // Which file part prints each document taken out of a file (the file carries it): the first copy found.
  const copyOf = new Map<string, { notice: Notice; component: Component | null }>();
  for (const notice of notices)
    for (const part of notice.carries)
      if (!copyOf.has(part.notice))
        copyOf.set(part.notice, { notice, component: notice.components.find((c) => c.eId === part.eId) ?? null });
  /**
   * Where a citation leads as a notice and the part of it (null: the notice's own text), for the clause alignment
   * (src/align), which compares a notice with the copy of a forwarded document inside the file that forwards it: the
   * target the corpus link step set; a document taken out of a file → its copy in that file.
   */
  const resolve = (reference: Reference): { notice: Notice; component: Component | null }[] => {
    const target = reference.target;
    if (!target) return [];
    const notice = byId.get(target.notice);
    const copy = copyOf.get(target.notice);
    if (copy && (!notice || notice.foundIn)) return [copy];
    if (!notice) return [];
    const group = target.eId ? documentGroup(target.eId) : '';
    return [
      { notice, component: group ? (notice.components.find((c) => documentGroup(c.eId) === group) ?? null) : null },
    ];
  };
  /** How a resolved target reads: the cited clause's citation (国办发〔2020〕17号 二（三）), part title or notice title. */
  const targetLabel = (target: ReferenceTarget): string | undefined => {
    const notice = byId.get(target.notice);
    if (!notice) return undefined;
    if (!target.eId) return notice.documentNumber ?? notice.title;
    const clause = clausesOf(notice).get(target.eId);
    if (clause) return clause.citation;
    const component = notice.components.find((c) => c.eId === target.eId);
    return component?.title ?? component?.documentNumber ?? notice.title;
  };

  return {
    notices,
    clausesOf,
    clauseCount,
    dutyCount,
    /** The values of a list facet (src/lib/facets.ts), each with its notices. */
    facet: (key: FacetKey) => facets.get(key)?.values ?? [],
    /** The URL slug of a list facet's value, when the corpus has it. */
    facetSlug: (key: FacetKey, value: string) => facets.get(key)?.slugOf.get(value),
    regions,
    units,
    /** The page of a unit a notice prints (for 卫生健康局等部门, the named unit's). */
    unitSlug: (notice: Notice, printed: string) => unitByKey.get(readingsOf(notice, printed)[0]!.key)?.slug,
    /** A notice by its page id. */
    notice: (id: string) => byId.get(id),
    resolve,
    targetLabel,
    /** The page of its notice that shows a target (a later page of a long notice: src/model/notice-pages.ts). */
    pageOf: (target: ReferenceTarget) => {
      const notice = byId.get(target.notice);
      return notice && target.eId ? noticePages(notice).of(target.eId) : 1;
    },
    relations,
    /** The relations a notice's citations make (what it cites, forwards, implements). */
    relationsFrom: (id: string) => relationsFrom.get(id) ?? [],
    /** What cites, forwards or implements a notice, by the cited part ('' for the notice as a whole). */
    backlinks: (id: string) => backlinks.get(id),
    /** What a notice implements or forwards up to the top, and what implements or forwards it down to the bottom. */
    lineage,
  };
}

export type Catalog = ReturnType<typeof buildCatalog>;

/** Numbered clauses of a component as a tree for the table of contents (unnumbered paragraphs left out). */
export function numberedOutline(clauses: Clause[]): { clause: Clause; children: ReturnType<typeof numberedOutline> }[] {
  return clauses
    .filter((c) => c.number !== null || c.inferred)
    .map((clause) => ({ clause, children: numberedOutline(clause.children) }));
}
