/**
 * What one search costs a first-time visitor: the bytes of every request from opening /search/?q=… in a fresh
 * browser context (empty cache) until the first page of results is shown — page, CSS, JS, Pagefind's runtime,
 * the index chunks and the fragments of the shown results. Counted by the static server, because Pagefind fetches
 * from a Web Worker, which the page's own resource timing does not see.
 *
 * Used by scripts/search-quality.ts and scripts/bench.ts. Sizes are reported as served (bodies as on disk)
 * and as a static host would send them (HTML, CSS, JS, JSON gzip-compressed; Pagefind's index files are already
 * gzip inside).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic, type Served, type StaticServer } from './browser.ts';

export const KINDS = [
  'page',
  'css',
  'js',
  'pagefind-runtime',
  'meta',
  'router',
  'lookup',
  'index',
  'fragment',
  'filter',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

export interface ColdQuery {
  query: string;
  /** Results found when the first page showed (the count line, which grows while shards answer), and how many are shown. */
  found: number;
  shown: number;
  /** When every shard has answered: all results, and the time from navigation; null if not within the time allowed. */
  all: { found: number; ms: number } | null;
  requests: number;
  /** Bytes as served (bodies as on disk). */
  total: number;
  /** As a static host with gzip on would send them. */
  gzip: number;
  byKind: Record<Kind, number>;
  /** From navigation to the first page of results on screen; the bytes above are those fetched until then. */
  ms: number;
  /** From navigation to the first result on screen (or the search done, when there is none). */
  firstMs: number;
}

export function kindOf(requestPath: string): Kind {
  const { pathname } = new URL(requestPath, 'http://x');
  if (/\.pf_index$/.test(pathname)) return 'index';
  if (/\.pf_fragment$/.test(pathname)) return 'fragment';
  if (/\.pf_filter$/.test(pathname)) return 'filter';
  if (/\.pf_meta$/.test(pathname)) return 'meta';
  if (/\/pagefind\/r\//.test(pathname)) return 'router';
  if (/\/pagefind\/l\//.test(pathname)) return 'lookup';
  if (/\/pagefind\//.test(pathname)) return 'pagefind-runtime';
  if (/\.css$/.test(pathname)) return 'css';
  if (/\.m?js$/.test(pathname)) return 'js';
  if (/\/$|\.html$/.test(pathname)) return 'page';
  return 'other';
}

/** Checked every 20 ms: animation-frame polling gave times inconsistent by seconds on a loaded machine. */
const POLLING = { polling: 20 };

const COMPRESSIBLE = /\.(html|css|m?js|json|xml|txt|svg)$|\/$/;

/** Body size with gzip, for text a host would compress (read back from the site directory the server serves). */
async function gzipSize(site: string, mount: string, response: Served, cache: Map<string, number>): Promise<number> {
  const { pathname } = new URL(response.path, 'http://x');
  if (response.status !== 200 || !COMPRESSIBLE.test(pathname)) return response.bytes;
  let size = cache.get(pathname);
  if (size === undefined) {
    let file = path.join(site, decodeURIComponent(pathname.slice(mount.length)));
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    size = gzipSync(await readFile(file), { level: 9 }).length;
    cache.set(pathname, size);
  }
  return size;
}

/** Resolves once the search page shows the results of `query` (see src/components/Search.astro's test hooks). */
export async function resultsShown(page: Page, query: string): Promise<{ found: number; shown: number }> {
  await page.waitForFunction(
    (q) => {
      const list = document.querySelector<HTMLElement>('#search-results');
      // data-query is the search state as the URL writes it (q=…&year=…).
      return (
        new URLSearchParams(list?.dataset.query ?? '').get('q') === q && list?.getAttribute('aria-busy') === 'false'
      );
    },
    query,
    POLLING,
  );
  return page.evaluate(() => ({
    found: Number(/\d+/.exec(document.querySelector('#search-count')?.textContent ?? '')?.[0] ?? 0),
    shown: document.querySelectorAll('a.search-result').length,
  }));
}

/** How long a cold query's measure waits for every result after its first page, unless told otherwise. */
const ALL_RESULTS_MS = 60_000;

/** Resolves once every shard has answered the search shown, with the final count. */
export async function resultsComplete(page: Page, timeout?: number): Promise<number> {
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('#search-results')?.dataset.complete === 'true',
    undefined,
    { ...POLLING, timeout },
  );
  return page.evaluate(() => Number(/\d+/.exec(document.querySelector('#search-count')?.textContent ?? '')?.[0] ?? 0));
}

/**
 * Opens `query` cold on a running server and measures it. The page is left open (in its own context) for the
 * caller to read more from; close it with `page.context().close()`.
 */
export async function openColdQuery(
  browser: Browser,
  server: StaticServer,
  site: string,
  query: string,
  gzipCache = new Map<string, number>(),
  timeoutMs?: number,
  /** How long to wait for every result after the first page (0: for as long as it takes). */
  allWithinMs = ALL_RESULTS_MS,
): Promise<ColdQuery & { page: Page }> {
  // The service worker's offline precache downloads the whole index in the background after the first load; it is
  // measured apart (bench: offline precache), so the query's own bytes are counted here.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (timeoutMs !== undefined) page.setDefaultTimeout(timeoutMs);
  server.reset();
  const started = performance.now();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  const first = page
    .waitForFunction(
      () =>
        document.querySelector('a.search-result') !== null ||
        document.querySelector<HTMLElement>('#search-results')?.dataset.complete === 'true',
      undefined,
      POLLING,
    )
    .then(() => performance.now() - started);
  const { found, shown } = await resultsShown(page, query);
  const ms = performance.now() - started;
  // The filter choices load once the first page is shown (src/search/client.ts): not part of its cost.
  const served = server.served.filter((response) => !response.path.endsWith('/pagefind/filters.json'));
  // Every result of a query with 100,000+ hits takes minutes to gather: waited for only as long as allowed.
  const all = await resultsComplete(page, allWithinMs).then(
    (found) => ({ found, ms: performance.now() - started }),
    () => null,
  );

  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  let gzip = 0;
  for (const response of served) {
    byKind[kindOf(response.path)] += response.bytes;
    gzip += await gzipSize(site, server.mount, response, gzipCache);
  }
  const total = served.reduce((sum, response) => sum + response.bytes, 0);
  const firstMs = await first;
  return { query, found, shown, all, requests: served.length, total, gzip, byKind, ms, firstMs, page };
}

/**
 * One cold query against a built site (dist/, or a subpath build with its mount), with its own server and browser.
 * `timeoutMs` lifts Playwright's 30 s default, which a many-hit query on a scale corpus can exceed.
 */
export async function measureColdQuery(
  site: string,
  query: string,
  mount = '/',
  timeoutMs?: number,
): Promise<ColdQuery> {
  const server = await serveStatic(site, mount);
  const browser = await launchChromium();
  try {
    const { page: _page, ...measured } = await openColdQuery(browser, server, site, query, undefined, timeoutMs);
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}
