/**
 * The facets of the library, one registry: what each is called, in which order its values come, how a value is
 * labelled and linked, and how it is read from a notice. The browse pages (src/pages/[facet]/, regions, units) and
 * the search filters (src/search/records.ts, Search.astro) both read from here, so the two cannot disagree.
 *
 * A facet is read per search record — a clause or a component head of a notice — so that a forwarded document keeps
 * its own issuer and 文种 (国务院办公厅's 要点 inside a 广东 通知). A notice is browsed under every value any of its
 * records carries.
 */
import { strings } from '../i18n/strings.ts';
import { LEVELS, type Level } from '../model/levels.ts';
import { ownComponents } from '../model/documents.ts';
import type { Clause, Component, Notice } from '../model/notice.ts';
import { STATUSES, type StatusValue } from '../model/status.ts';
import { FACET_KEYS, FACET_SEGMENTS, type FacetKey } from './facet-keys.ts';
import { dutyUnitKeys } from './units.ts';

export { FACET_KEYS, type FacetKey };

/** What a facet value is read from: a notice, the component a record lies in, and the clause (null for a head). */
export interface FacetSource {
  notice: Notice;
  component: Component | null;
  clause: Clause | null;
}

interface FacetSpec {
  /** The facet's name in the search form, the navigation and page titles. */
  name: string;
  /** Title of its browse index. */
  browseTitle: string;
  /**
   * How its browse pages are made: a list of values each with its notices (one route for all such facets,
   * src/pages/[facet]/), a region tree, or the units' task lists.
   */
  page: 'list' | 'regions' | 'units';
  /**
   * A list facet whose values are open-ended (issuers: one or more per county that publishes) has its index by
   * province, with a page per province (src/lib/facet-groups.ts), so no page lists every value of a national corpus;
   * the others (years, levels, statuses, 文种: a closed vocabulary) list every value on their index.
   */
  indexByProvince?: true;
  /** The URL segment of its browse pages (/years/2020/). */
  segment: string;
  /** Values of a record. */
  of(source: FacetSource): (string | null | undefined)[];
  /** A value as shown. */
  label(value: string): string;
  /** Order of values: 'count' puts the most frequent first, else a comparison of values. */
  order: 'count' | ((a: string, b: string) => number);
  /** A value in a URL: itself (years, levels), or a pinyin slug assigned over all values (names). */
  slug: 'value' | 'pinyin';
}

export const FACETS: Record<FacetKey, FacetSpec> = {
  year: {
    name: strings.facets.year,
    browseTitle: strings.browse.years,
    page: 'list',
    segment: FACET_SEGMENTS.year,
    of: ({ notice }) => [notice.year === null ? null : String(notice.year)],
    label: (value) => strings.browse.year(value),
    order: (a, b) => Number(b) - Number(a),
    slug: 'value',
  },
  region: {
    name: strings.facets.region,
    browseTitle: strings.browse.regions,
    page: 'regions',
    segment: FACET_SEGMENTS.region,
    of: ({ notice }) => [notice.region?.province, notice.region?.name],
    label: (value) => value,
    order: 'count',
    slug: 'value',
  },
  level: {
    name: strings.facets.level,
    browseTitle: strings.browse.levels,
    page: 'list',
    segment: FACET_SEGMENTS.level,
    of: ({ notice }) => [notice.level],
    label: (value) => strings.levels[value as Level],
    order: (a, b) => LEVELS.indexOf(a as Level) - LEVELS.indexOf(b as Level),
    slug: 'value',
  },
  issuer: {
    name: strings.facets.issuer,
    browseTitle: strings.browse.issuers,
    page: 'list',
    indexByProvince: true,
    segment: FACET_SEGMENTS.issuer,
    of: ({ notice, component }) => [notice.issuer, component?.issuer],
    label: (value) => value,
    order: 'count',
    slug: 'pinyin',
  },
  unit: {
    name: strings.facets.unit,
    browseTitle: strings.units.title,
    page: 'units',
    segment: FACET_SEGMENTS.unit,
    // A unit normalised within its region (src/lib/units.ts), as its page lists its tasks: the key is the value, its
    // name the label (the index build labels each with its name and region, which only the whole corpus gives).
    of: ({ notice, clause }) => dutyUnitKeys(notice, clause?.duty ?? null),
    label: (value) => value.slice(value.indexOf(':') + 1),
    order: 'count',
    slug: 'pinyin',
  },
  genre: {
    name: strings.facets.genre,
    browseTitle: strings.browse.genres,
    page: 'list',
    segment: FACET_SEGMENTS.genre,
    of: ({ notice, component }) => [notice.genre, component?.genre],
    label: (value) => value,
    order: 'count',
    slug: 'pinyin',
  },
  status: {
    name: strings.facets.status,
    browseTitle: strings.browse.statuses,
    page: 'list',
    segment: FACET_SEGMENTS.status,
    // 未知 is a value too: a reader can list what the library cannot vouch for.
    of: ({ notice }) => [notice.status.value],
    label: (value) => strings.status.values[value as StatusValue],
    order: (a, b) => STATUSES.indexOf(a as StatusValue) - STATUSES.indexOf(b as StatusValue),
    slug: 'value',
  },
};

/** The facets browsed as lists of values, all on one route (src/pages/[facet]/). */
export const LIST_FACETS = FACET_KEYS.filter((key) => FACETS[key].page === 'list');

/** The list facets browsed by province (a page per province: src/pages/[facet]/region/). */
export const PROVINCE_FACETS = LIST_FACETS.filter((key) => FACETS[key].indexByProvince);

/** Distinct non-empty values of a record. */
export function valuesOf(key: FacetKey, source: FacetSource): string[] {
  return [...new Set(FACETS[key].of(source).filter((v): v is string => typeof v === 'string' && v.length > 0))];
}

/**
 * Distinct values of a notice: of it and its component heads (clause-level facets such as units are not browsed this
 * way). A forwarded document with a page of its own is browsed there, not under the file that forwards it.
 */
export function noticeValues(key: FacetKey, notice: Notice): string[] {
  const components = [null, ...ownComponents(notice)];
  return [...new Set(components.flatMap((component) => valuesOf(key, { notice, component, clause: null })))];
}

/** Sorts facet values by the facet's order ('count' needs the counts). */
export function sortValues<T extends { value: string; count: number }>(key: FacetKey, values: T[]): T[] {
  const { order } = FACETS[key];
  const byValue = (a: T, b: T) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  return [...values].sort(
    order === 'count' ? (a, b) => b.count - a.count || byValue(a, b) : (a, b) => order(a.value, b.value),
  );
}
