/**
 * Every internal link of the site goes through here, so dist/ works at / and under a subpath (BASE=/zhengwu/).
 * Paths end in '/' because astro.config.mjs sets trailingSlash: 'always'.
 */
import { FACET_SEGMENTS, type FacetKey } from './facet-keys.ts';

export function makeUrls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  /** A site-relative path ('notices/x/') or root-relative one ('/notices/x/') → a link that carries the base. */
  const path = (p: string) => root + p.replace(/^\/+/, '');
  const page = (...segments: (string | number)[]) =>
    path(segments.map((s) => `${encodeURIComponent(String(s))}/`).join(''));

  return {
    path,
    home: () => root,
    notice: (id: string, eId?: string) => page('notices', id) + (eId ? `#${eId}` : ''),
    /** A notice compared clause by clause with another document (its key: src/align/compare.ts documentKey). */
    compare: (id: string, otherKey: string) => page('notices', id, 'compare', otherKey),
    compareData: (id: string, otherKey: string) =>
      path(`notices/${encodeURIComponent(id)}/compare/${encodeURIComponent(otherKey)}.json`),
    alignmentsData: () => path('alignments.json'),
    /** A facet's browse index (/years/, /regions/, /units/ …). */
    facet: (key: FacetKey) => page(FACET_SEGMENTS[key]),
    /** A facet value's page: a year or a level itself, a region's code, a name's slug (/years/2020/, /issuers/<slug>/). */
    facetValue: (key: FacetKey, slug: string | number) => page(FACET_SEGMENTS[key], slug),
    region: (code: string) => page(FACET_SEGMENTS.region, code),
    unit: (slug: string) => page(FACET_SEGMENTS.unit, slug),
    /** A unit's exports: tasks.csv, tasks.ics, rss.xml, and tasks.json for the home page's pinned unit. */
    unitFile: (slug: string, file: 'tasks.csv' | 'tasks.ics' | 'tasks.json' | 'rss.xml') =>
      page(FACET_SEGMENTS.unit, slug) + file,
    /** The deadline view: its index of months, or one month's dated tasks (/deadlines/2020-11/). */
    deadlines: (month?: string) => (month ? page('deadlines', month) : page('deadlines')),
    /** The deadline view's exports: every dated task, or one month's. */
    deadlinesFile: (file: 'tasks.csv' | 'tasks.ics', month?: string) =>
      (month ? page('deadlines', month) : page('deadlines')) + file,
    search: (q?: string) => page('search') + (q ? `?q=${encodeURIComponent(q)}` : ''),
    rss: () => path('rss.xml'),
    sitemap: () => path('sitemap-index.xml'),
  };
}

export type Urls = ReturnType<typeof makeUrls>;

export const urls: Urls = makeUrls(import.meta.env.BASE_URL);
