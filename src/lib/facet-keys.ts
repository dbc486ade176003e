/**
 * The facets' keys, in the order the search form and the navigation show them. Apart from the registry
 * (src/lib/facets.ts) so the browser's search code can import them without the registry's build-time dependencies.
 */
export const FACET_KEYS = ['year', 'region', 'level', 'issuer', 'unit', 'genre', 'status'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
