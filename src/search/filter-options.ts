/**
 * The choices of the search form's filter selects, computed at build time from the same records the index holds
 * (so every option exists in the index) and rendered into the page: Pagefind's filters() would download every
 * filter chunk on each visit just to fill the selects.
 */
import { LEVELS } from '../lib/catalog.ts';
import type { Level } from '../model/notice.ts';
import { FILTERS, type FilterName, type SearchRecord } from './records.ts';

export interface FilterOption {
  value: string;
  /** How many records carry the value. */
  count: number;
}

const byCountThenValue = (a: FilterOption, b: FilterOption) => b.count - a.count || (a.value < b.value ? -1 : 1);
const ORDER: Partial<Record<FilterName, (a: FilterOption, b: FilterOption) => number>> = {
  year: (a, b) => Number(b.value) - Number(a.value),
  level: (a, b) => LEVELS.indexOf(a.value as Level) - LEVELS.indexOf(b.value as Level),
};

export function filterOptions(records: SearchRecord[]): Record<FilterName, FilterOption[]> {
  const counts = new Map<FilterName, Map<string, number>>(FILTERS.map((name) => [name, new Map()]));
  for (const record of records)
    for (const name of FILTERS)
      for (const value of record.filters[name] ?? []) counts.get(name)!.set(value, (counts.get(name)!.get(value) ?? 0) + 1);
  return Object.fromEntries(
    FILTERS.map((name) => [
      name,
      [...counts.get(name)!].map(([value, count]) => ({ value, count })).sort(ORDER[name] ?? byCountThenValue),
    ]),
  ) as Record<FilterName, FilterOption[]>;
}
