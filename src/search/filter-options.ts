/**
 * The choices of the search form's filter selects, computed at build time from the same records the index holds
 * (so every option exists in the index) and rendered into the page: Pagefind's filters() would download every
 * filter chunk on each visit just to fill the selects.
 */
import { FACET_KEYS, sortValues } from '../lib/facets.ts';
import type { FilterName, SearchRecord } from './records.ts';

export interface FilterOption {
  value: string;
  /** How many records carry the value. */
  count: number;
}

/** Each filter's values with their record counts, in the facet's order (src/lib/facets.ts). */
export function filterOptions(records: SearchRecord[]): Record<FilterName, FilterOption[]> {
  const counts = new Map<FilterName, Map<string, number>>(FACET_KEYS.map((name) => [name, new Map()]));
  for (const record of records)
    for (const name of FACET_KEYS)
      for (const value of record.filters[name] ?? [])
        counts.get(name)!.set(value, (counts.get(name)!.get(value) ?? 0) + 1);
  return Object.fromEntries(
    FACET_KEYS.map((name) => [
      name,
      sortValues(
        name,
        [...counts.get(name)!].map(([value, count]) => ({ value, count })),
      ),
    ]),
  ) as Record<FilterName, FilterOption[]>;
}
