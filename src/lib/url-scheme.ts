/**
 * The site's URL scheme under a base (src/lib/urls.ts is it under the build's base). Every internal link goes through here, so dist/ works at / and under a subpath (BASE=/zhengwu/).
 * Paths end in '/' because astro.config.mjs sets trailingSlash: 'always'.
 */
import { FACET_SEGMENTS, type FacetKey } from './facet-keys.ts';
import type { Notice } from '../model/notice.ts';
import { noticePages } from '../model/notice-pages.ts';

/** What cites a notice, what carries out its clauses, what stands below it in its lineage. */
export type NoticeListKind = 'cited-by' | 'implemented-by' | 'lineage';

export function makeUrls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  /** A site-relative path ('notices/x/') or root-relative one ('/notices/x/') → a link that carries the base. */
  const path = (p: string) => root + p.replace(/^\/+/, '');
  const page = (...segments: (string | number)[]) =>
    path(segments.map((s) => `${encodeURIComponent(String(s))}/`).join(''));
  /** A notice's page (page 2 … of a long one: /notices/<id>/p/2/), at a clause. */
  const notice = (id: string, eId?: string, part = 1) =>
    page('notices', id, ...(part > 1 ? ['p', part] : [])) + (eId ? `#${eId}` : '');

  return {
    path,
    home: () => root,
    notice,
    /** A clause (or the notice as a whole) on the page of the notice that shows it (src/model/notice-pages.ts). */
    clause: (of: Notice, eId?: string | null) => notice(of.id, eId ?? undefined, eId ? noticePages(of).of(eId) : 1),
    /**
     * The whole of a list a notice's page shows the first of (src/lib/citing-lists.ts): /notices/<id>/cited-by/, its
     * later pages at …/p/2/, at a group's heading (#cited-by-<eId>).
     */
    noticeList: (id: string, list: NoticeListKind, part = 1, anchor?: string) =>
      page('notices', id, list, ...(part > 1 ? ['p', part] : [])) + (anchor ? `#${anchor}` : ''),
    /** Where each clause of a long notice is shown (eId → page, for the pages past the first). */
    noticePagesData: (id: string) => path(`notices/${encodeURIComponent(id)}/pages.json`),
    /** A notice compared clause by clause with another document (its key: src/align/compare.ts documentKey). */
    compare: (id: string, otherKey: string) => page('notices', id, 'compare', otherKey),
    compareData: (id: string, otherKey: string) =>
      path(`notices/${encodeURIComponent(id)}/compare/${encodeURIComponent(otherKey)}.json`),
    alignmentsData: () => path('alignments.json'),
    /** A facet's browse index (/years/, /regions/, /units/ …). */
    facet: (key: FacetKey) => page(FACET_SEGMENTS[key]),
    /**
     * A facet value's page: a year or a level itself, a region's code, a name's slug (/years/2020/, /issuers/<slug>/);
     * the later pages of a long list at …/p/2/ (src/lib/list-pages.ts).
     */
    facetValue: (key: FacetKey, slug: string | number, part = 1) =>
      page(FACET_SEGMENTS[key], slug, ...(part > 1 ? ['p', part] : [])),
    /** The values of a facet browsed by province from one province (/issuers/region/440000/: src/lib/facet-groups.ts). */
    facetGroup: (key: FacetKey, group: string, part = 1) =>
      page(FACET_SEGMENTS[key], 'region', group, ...(part > 1 ? ['p', part] : [])),
    /** A region's page, or, with no code, the notices without a region (/regions/none/). */
    region: (code: string | null, part = 1) =>
      page(FACET_SEGMENTS.region, code ?? 'none', ...(part > 1 ? ['p', part] : [])),
    /** A unit's page: its first page of tasks, or a later one (/units/<slug>/2/) when it has too many for one. */
    unit: (slug: string, pageNumber = 1) =>
      pageNumber > 1 ? page(FACET_SEGMENTS.unit, slug, pageNumber) : page(FACET_SEGMENTS.unit, slug),
    /** The units of one region (/units/region/230522/), or of a notice with no region (/units/region/notice-<id>/). */
    unitRegion: (key: string) => page(FACET_SEGMENTS.unit, 'region', key),
    /** A unit's exports: tasks.csv, tasks.ics, rss.xml, and tasks.json for the home page's pinned unit. */
    unitFile: (slug: string, file: 'tasks.csv' | 'tasks.ics' | 'tasks.json' | 'rss.xml') =>
      page(FACET_SEGMENTS.unit, slug) + file,
    /**
     * The deadline view: its index of months, or one month's dated tasks (/deadlines/2020-11/), a later page of them
     * when the month has too many for one (/deadlines/2020-11/2/).
     */
    deadlines: (month?: string, pageNumber = 1) =>
      month ? page('deadlines', month, ...(pageNumber > 1 ? [pageNumber] : [])) : page('deadlines'),
    /** The deadline view's exports: every dated task, or one month's; a month's rows as data for its filtered files. */
    deadlinesFile: (file: 'tasks.csv' | 'tasks.ics' | 'export-rows.json', month?: string) =>
      (month ? page('deadlines', month) : page('deadlines')) + file,
    search: (q?: string) => page('search') + (q ? `?q=${encodeURIComponent(q)}` : ''),
    rss: () => path('rss.xml'),
    sitemap: () => path('sitemap-index.xml'),
  };
}

export type Urls = ReturnType<typeof makeUrls>;
