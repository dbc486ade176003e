/**
 * The facets' keys, in the order the search form and the navigation show them, and their URL segments. Apart from
 * the registry (src/lib/facets.ts) so the browser's code (the search, src/lib/urls.ts) can import them without the
 * registry's build-time dependencies (the unit facet reads units with OpenCC).
 */
export const FACET_KEYS = ['year', 'region', 'level', 'issuer', 'unit', 'genre', 'status'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The URL segment of each facet's browse pages (/years/2020/). */
export const FACET_SEGMENTS: Record<FacetKey, string> = {
  year: 'years',
  region: 'regions',
  level: 'levels',
  issuer: 'issuers',
  unit: 'units',
  genre: 'genres',
  status: 'validity',
};
