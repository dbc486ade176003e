/**
 * The choices of the search form's filter selects, computed by the index build from the same records the index holds
 * (so every option exists in the index) and written beside it as pagefind/filters.json, which the search page loads
 * once the first results are shown or a filter is touched: inlined in the page they were 190 KB of HTML at 1,000
 * notices, and Pagefind's own filters() would download every shard's filter files. A filter with more than
 * INLINE_CHOICES choices is written apart (pagefind/f/<name>.json) and loaded when its own select is first used: at
 * 10,000 notices the units alone (88,403) made filters.json 7.6 MB, fetched after every first page and precached
 * for offline use before any notice. (The files' names are in shards.ts, which the browser imports without this
 * module's registry.)
 */
import { FACET_KEYS, FACETS, sortValues } from '../lib/facets.ts';
import type { FilterName, SearchRecord } from './records.ts';

/** Records per value of each filter (plain objects: counted per shard in separate processes, then summed). */
export type FilterCounts = Record<FilterName, Record<string, number>>;

export const noFilterCounts = (): FilterCounts =>
  Object.fromEntries(FACET_KEYS.map((name) => [name, {}])) as unknown as FilterCounts;

export function countFilters(records: Pick<SearchRecord, 'filters'>[], counts = noFilterCounts()): FilterCounts {
  for (const record of records)
    for (const name of FACET_KEYS)
      for (const value of record.filters[name] ?? []) counts[name][value] = (counts[name][value] ?? 0) + 1;
  return counts;
}

export function addFilterCounts(into: FilterCounts, more: FilterCounts): FilterCounts {
  for (const name of FACET_KEYS)
    for (const [value, count] of Object.entries(more[name])) into[name][value] = (into[name][value] ?? 0) + count;
  return into;
}

export interface FilterChoice {
  value: string;
  label: string;
}

/** Each filter's values as offered, in the facet's order (src/lib/facets.ts); a filter no record carries is left out. */
export type FilterChoices = Partial<Record<FilterName, FilterChoice[]>>;

/** Labels the facet cannot give from a value alone (a unit's name and region), by filter and value. */
export type FilterLabels = Partial<Record<FilterName, Record<string, string>>>;

export function filterChoices(counts: FilterCounts, labels: FilterLabels = {}): FilterChoices {
  const choices: FilterChoices = {};
  for (const name of FACET_KEYS) {
    const values = sortValues(
      name,
      Object.entries(counts[name]).map(([value, count]) => ({ value, count })),
    );
    const label = (value: string) =>
      labels[name] && Object.hasOwn(labels[name], value) ? labels[name][value]! : FACETS[name].label(value);
    if (values.length) choices[name] = values.map(({ value }) => ({ value, label: label(value) }));
  }
  return choices;
}

/** Choices a filters.json holds for one filter; more are written apart. */
export const INLINE_CHOICES = 200;

/** pagefind/filters.json: the choices of the filters with few, and which filters have theirs apart. */
export interface FilterChoicesFile {
  choices: FilterChoices;
  apart: FilterName[];
}

/** filters.json, and the choices of each filter written apart. */
export function splitChoices(
  choices: FilterChoices,
  inline = INLINE_CHOICES,
): { file: FilterChoicesFile; apart: [FilterName, FilterChoice[]][] } {
  const entries = Object.entries(choices) as [FilterName, FilterChoice[]][];
  const apart = entries.filter(([, offered]) => offered.length > inline);
  return {
    file: {
      choices: Object.fromEntries(entries.filter(([, offered]) => offered.length <= inline)),
      apart: apart.map(([name]) => name),
    },
    apart,
  };
}
