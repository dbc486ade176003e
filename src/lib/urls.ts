/**
 * Every internal link of the site goes through here, so dist/ works at / and under a subpath (BASE=/zhengwu/).
 * Paths end in '/' because astro.config.mjs sets trailingSlash: 'always'.
 */
import type { Level } from '../model/notice.ts';

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
    years: () => page('years'),
    year: (year: number) => page('years', year),
    regions: () => page('regions'),
    region: (code: string) => page('regions', code),
    levels: () => page('levels'),
    level: (level: Level) => page('levels', level),
    issuers: () => page('issuers'),
    issuer: (slug: string) => page('issuers', slug),
    genres: () => page('genres'),
    genre: (slug: string) => page('genres', slug),
    units: () => page('units'),
    unit: (slug: string) => page('units', slug),
    search: (q?: string) => page('search') + (q ? `?q=${encodeURIComponent(q)}` : ''),
    rss: () => path('rss.xml'),
    sitemap: () => path('sitemap-index.xml'),
  };
}

export type Urls = ReturnType<typeof makeUrls>;

export const urls: Urls = makeUrls(import.meta.env.BASE_URL);
