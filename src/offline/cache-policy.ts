/**
 * The service worker's decisions that need no browser, kept pure so they can be tested: what its caches are called,
 * which to delete when a new version takes over, how a request is answered, and which visited pages to forget.
 *
 * Two caches per deployed version and scope: `precache` (offline-manifest.json's list; search index files are added
 * to it as they are used, being immutable within a version) and `pages` (pages read online, at most
 * VISITED_PAGES_LIMIT; reading one again stores it anew, and the longest stored is forgotten first). A new version deletes the old version's caches.
 */

/** Pages kept from reading online, beyond the precached ones: ~60 notice pages are ~4 MB. */
export const VISITED_PAGES_LIMIT = 60;

/** Caches of earlier releases of the worker, which had one unversioned, unbounded cache. */
const LEGACY_CACHES = ['zhengwu-offline'];

const PREFIX = 'zhengwu';

/** The scope's path keeps two deployments on one origin (at / and at /zhengwu/) out of each other's caches. */
export function cacheNames(scope: string, version: string) {
  const stem = `${PREFIX} ${new URL(scope).pathname} ${version}`;
  return { precache: `${stem} precache`, pages: `${stem} pages` };
}

/** Caches to delete once `version` is active: the same scope's other versions, and the legacy cache. */
export function staleCaches(names: string[], scope: string, version: string): string[] {
  const scopePrefix = `${PREFIX} ${new URL(scope).pathname} `;
  const current = Object.values(cacheNames(scope, version));
  return names.filter(
    (name) => LEGACY_CACHES.includes(name) || (name.startsWith(scopePrefix) && !current.includes(name)),
  );
}

/**
 * How a request is answered:
 *   - 'search-index': anything under pagefind/ — from the cache, else the network (and then cached);
 *   - 'page': a navigation — from the network (and kept), else the cache, else the offline page;
 *   - 'asset': anything else of the site — from the precache, else the network (never kept: /notices.json, feeds);
 *   - 'network': outside the site's scope, or not a GET — the worker stays out of it.
 */
export type Route = 'search-index' | 'page' | 'asset' | 'network';

export function route(request: { url: string; method: string; mode: string }, scope: string): Route {
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return 'network';
  if (new URL(request.url).pathname.startsWith(`${new URL(scope).pathname}pagefind/`)) return 'search-index';
  return request.mode === 'navigate' ? 'page' : 'asset';
}

/**
 * The key a page or a search index file is cached and looked up under: its URL without query or fragment. Pages are
 * static, so /search/?q=营商环境 is the precached /search/ page (its script reads the query), never one entry per
 * query; Pagefind asks for pagefind-entry.json?ts=<now>, which is the one pagefind-entry.json of this version.
 */
export function urlWithoutQuery(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

/** The header a kept page is stamped with when stored: Cache Storage does not promise to list keys in any order. */
export const STORED_AT_HEADER = 'X-Zhengwu-Stored-At';

/** The keys of the pages stored longest ago beyond `limit`, oldest first. */
export function evictions(entries: { key: string; storedAt: number }[], limit = VISITED_PAGES_LIMIT): string[] {
  const oldestFirst = [...entries].sort((a, b) => a.storedAt - b.storedAt);
  return oldestFirst.slice(0, Math.max(0, entries.length - limit)).map((entry) => entry.key);
}
