/**
 * The search's state lives in the URL (/search/?q=营商环境&year=2020&sort=date) so a search can be linked, bookmarked
 * and restored with the back button. Defaults are left out, so the plain form submission and the script agree.
 */
import type { Query, Sort } from './query.ts';
import { SORTS } from './query.ts';
import { FACET_KEYS } from '../lib/facet-keys.ts';

const isSort = (value: string | null): value is Sort => SORTS.includes(value as Sort);

export function readQuery(params: URLSearchParams): Query {
  const filters: Query['filters'] = {};
  for (const name of FACET_KEYS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', filters, sort: isSort(sort) ? sort : SORTS[0] };
}

export function writeQuery(query: Query): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of FACET_KEYS) {
    const value = query.filters[name];
    if (value) params.set(name, value);
  }
  if (query.sort !== SORTS[0]) params.set('sort', query.sort);
  return params;
}
