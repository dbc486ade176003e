/**
 * What the service worker stores at install, within a byte budget (raw bytes, as the browser's cache keeps them):
 *   1. the shell: home, search and offline pages, the site's bundled assets and icon — always;
 *   2. the search runtime: Pagefind's code, the index manifest and the filter choices — always;
 *   3. the search index proper — the shards (pagefind/s/), the router's and the lookup's buckets (pagefind/r/,
 *      pagefind/l/) and any index chunk or fragment — all of it if it fits, else none (then each file is cached as a
 *      query first uses it: a query reaches only the shards and buckets it needs);
 *   4. notice pages, newest first, until the next one would not fit.
 * Pure: scripts/build-offline.ts measures the files and writes the result into offline-manifest.json.
 */

/** 10 MiB: the whole search index and ~70 notice pages of the genre (53–83 KB each) on a phone. */
export const OFFLINE_BUDGET_BYTES = 10 * 1024 * 1024;

/** A file of the built site: its URL path relative to the base ('' for home, 'search/', '_astro/x.css'). */
export interface SiteFile {
  path: string;
  bytes: number;
}

export interface NoticePage extends SiteFile {
  /** ISO date that orders notices newest first; null sorts last. */
  date: string | null;
}

export interface PrecacheInventory {
  shell: SiteFile[];
  /** Everything under pagefind/, whatever the layout of its index folders. */
  search: SiteFile[];
  notices: NoticePage[];
}

export interface PrecachePlan {
  /** Paths to precache, in install order. */
  paths: string[];
  bytes: number;
  /** Whether the index chunks are precached, or cached as queries use them. */
  searchIndex: 'whole' | 'on use';
  /** The notice pages precached, newest first. */
  notices: string[];
  budget: number;
}

/** A file of the search index proper, or a filter's many choices: loaded only when needed, so it can be cached on first use. */
export const isSearchChunk = (path: string) => /^pagefind\/[srlf]\/|\.pf_(index|fragment)$/.test(path);

/** Newest first; undated last; ties by path, so the plan does not depend on the order files were listed in. */
const newestFirst = (a: NoticePage, b: NoticePage) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path);

export function planPrecache(inventory: PrecacheInventory, budget = OFFLINE_BUDGET_BYTES): PrecachePlan {
  const sum = (files: SiteFile[]) => files.reduce((total, file) => total + file.bytes, 0);
  const required = [...inventory.shell, ...inventory.search.filter((file) => !isSearchChunk(file.path))];
  const chunks = inventory.search.filter((file) => isSearchChunk(file.path));

  const files = [...required];
  let bytes = sum(required);
  const searchIndex = bytes + sum(chunks) <= budget ? 'whole' : 'on use';
  if (searchIndex === 'whole') {
    files.push(...chunks);
    bytes += sum(chunks);
  }
  const notices: string[] = [];
  for (const notice of [...inventory.notices].sort(newestFirst)) {
    if (bytes + notice.bytes > budget) break;
    files.push(notice);
    notices.push(notice.path);
    bytes += notice.bytes;
  }
  return { paths: files.map((file) => file.path), bytes, searchIndex, notices, budget };
}
