/**
 * Everything the browse pages derive from the corpus — facets, slugs, the responsibility index, citation targets —
 * computed once from the list of notices (src/lib/corpus.ts caches it for the whole build).
 */
import { type ClauseInfo, indexClauses } from '../model/citation.ts';
import { documentNumberKey, titleKey } from '../model/keys.ts';
import type { Clause, Component, Notice, Reference, Region, Responsibility } from '../model/notice.ts';
import { FACETS, LIST_FACETS, type FacetKey, noticeValues, sortValues } from './facets.ts';
import { compareDeadlines, compareNewestFirst } from './format.ts';
import { buildRegionTree, type RegionTree } from './regions.ts';
import { assignSlugs } from './slugs.ts';
import {
  definedAbbreviations,
  includesEveryDepartment,
  isDepartment,
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

export interface DocumentTarget {
  notice: Notice;
  /** The component carrying the number (its eId is the anchor), or null for the notice's own number. */
  component: Component | null;
}

/** The values of a list facet, each with its notices (newest first, as `notices` is), in the facet's order. */
function facetValues(key: FacetKey, notices: Notice[]): { values: FacetValue[]; slugOf: Map<string, string> } {
  const byValue = new Map<string, Notice[]>();
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

export function buildCatalog(input: Notice[]) {
  const notices = [...input].sort(compareNewestFirst);
  const clauseIndexes = new Map(notices.map((n) => [n.id, indexClauses(n)]));
  const clausesOf = (notice: Notice): Map<string, ClauseInfo> => clauseIndexes.get(notice.id) ?? indexClauses(notice);

  const facets = new Map(LIST_FACETS.map((key) => [key, facetValues(key, notices)]));
  const regions: RegionTree = buildRegionTree(notices);

  // Responsibility index: every clause a unit leads or is responsible for, units read within their region.
  const abbreviationsOf = new Map(
    notices.map((n) => [
      n.id,
      definedAbbreviations(
        [...clausesOf(n).values()].map(({ clause }) => `${clause.heading ?? ''}${clause.text}`).join('\n'),
      ),
    ]),
  );
  const readingsOf = (notice: Notice, printed: string) =>
    readUnit(printed, notice, abbreviationsOf.get(notice.id) ?? []);
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
  const scopeOf = (key: string) => key.slice(0, key.indexOf(':'));
  for (const collective of drafts.values()) {
    if (!includesEveryDepartment(collective.reading)) continue;
    for (const draft of drafts.values()) {
      if (!isDepartment(draft.reading) || scopeOf(draft.reading.key) !== scopeOf(collective.reading.key)) continue;
      for (const task of collective.tasks)
        if (!draft.tasks.some((t) => t.notice === task.notice && t.clause === task.clause))
          draft.tasks.push({ ...task, via: task.printed });
    }
  }
  const unitSlugs = assignSlugs([...drafts.keys()].map((key) => key.replace(':', '-')));
  const order = new Map(notices.map((n, i) => [n.id, i]));
  const units: Unit[] = [...drafts.values()]
    .map(({ reading, forms, tasks }) => {
      const [name, ...aliases] = [...forms.keys()].sort(
        (a, b) => forms.get(b)! - forms.get(a)! || b.length - a.length || (a < b ? -1 : 1),
      );
      return {
        slug: unitSlugs.get(reading.key.replace(':', '-'))!,
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
    /** The values of a list facet (src/lib/facets.ts), each with its notices. */
    facet: (key: FacetKey) => facets.get(key)?.values ?? [],
    /** The URL slug of a list facet's value, when the corpus has it. */
    facetSlug: (key: FacetKey, value: string) => facets.get(key)?.slugOf.get(value),
    regions,
    units,
    /** The page of a unit a notice prints (for 卫生健康局等部门, the named unit's). */
    unitSlug: (notice: Notice, printed: string) => unitByKey.get(readingsOf(notice, printed)[0]!.key)?.slug,
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
