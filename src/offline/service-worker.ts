/**
 * The service worker: reading and searching offline once the site has been visited. scripts/build-offline.ts bundles
 * it into <base>sw.js with OFFLINE_VERSION (a hash of what it precaches) defined in front, so a deployment that
 * changes anything precached is a new worker, which the browser installs on the next visit.
 *
 *   install   store offline-manifest.json's list: the shell, the search index and the newest notices, within the
 *             manifest's byte budget (precache-plan.ts)
 *   activate  delete other versions' caches, take over the open pages
 *   fetch     by cache-policy.ts's route: the search index from the cache (immutable within a version); pages from
 *             the network, kept to read offline, else from the cache, else the offline page; anything else of the
 *             site from the precache, else the network
 *
 * Lookups ignore Vary: astro preview (and many hosts) send Vary: Origin or Accept-Encoding, and the browser's
 * requests would never match the stored ones.
 */
import {
  cacheNames,
  evictions,
  route,
  staleCaches,
  STORED_AT_HEADER,
  urlWithoutQuery,
  VISITED_PAGES_LIMIT,
} from './cache-policy.ts';
import { OFFLINE_MANIFEST, type OfflineManifest } from './manifest.ts';

declare const OFFLINE_VERSION: string;

// The few service-worker types used here: the DOM library the rest of src/ compiles against does not have them.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;
const scope = worker.registration.scope;
const names = cacheNames(scope, OFFLINE_VERSION);
const manifestUrl = new URL(OFFLINE_MANIFEST, scope).href;
const offlinePage = new URL('offline/', scope).href;
const IGNORE_VARY = { ignoreVary: true } as const;

async function precache(): Promise<void> {
  const manifest = (await (await fetch(manifestUrl, { cache: 'no-store' })).json()) as OfflineManifest;
  // A deployment still being copied to the host: fail this install, and the browser tries again on a later visit.
  if (manifest.version !== OFFLINE_VERSION)
    throw new Error(`${OFFLINE_MANIFEST} is version ${manifest.version}, this worker ${OFFLINE_VERSION}`);
  const cache = await caches.open(names.precache);
  // 'no-cache': pages and Pagefind's unhashed files may sit in the HTTP cache from the previous deployment.
  await cache.addAll(manifest.precache.map((path) => new Request(new URL(path, scope), { cache: 'no-cache' })));
  await cache.put(
    manifestUrl,
    new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }),
  );
}

async function activate(): Promise<void> {
  await Promise.all(staleCaches(await caches.keys(), scope, OFFLINE_VERSION).map((name) => caches.delete(name)));
  await worker.clients.claim();
}

async function searchIndex(request: Request): Promise<Response> {
  const cache = await caches.open(names.precache);
  const key = urlWithoutQuery(request.url);
  const cached = await cache.match(key, IGNORE_VARY);
  if (cached) return cached;
  // An index too large for the budget is cached chunk by chunk, as queries use it.
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

async function page(event: FetchEvent): Promise<Response> {
  const key = urlWithoutQuery(event.request.url);
  try {
    const response = await fetch(event.request);
    if (response.ok && response.headers.get('Content-Type')?.startsWith('text/html'))
      event.waitUntil(keepPage(key, response.clone()));
    return response;
  } catch (offline) {
    // The offline page answers at the page's own URL, so reloading once online brings the page itself.
    const fallbacks: [string, string][] = [
      [names.precache, key],
      [names.pages, key],
      [names.precache, offlinePage],
    ];
    for (const [cacheName, url] of fallbacks) {
      const cached = await (await caches.open(cacheName)).match(url, IGNORE_VARY);
      if (cached) return cached;
    }
    throw offline;
  }
}

/** Stores a page read online (unless it is precached) and forgets the longest stored beyond the limit. */
async function keepPage(key: string, response: Response): Promise<void> {
  if (await (await caches.open(names.precache)).match(key, IGNORE_VARY)) return;
  const headers = new Headers(response.headers);
  headers.set(STORED_AT_HEADER, String(Date.now()));
  const pages = await caches.open(names.pages);
  await pages.put(key, new Response(await response.blob(), { status: response.status, headers }));
  const entries = await Promise.all(
    (await pages.keys()).map(async (request) => ({
      key: request.url,
      storedAt: Number((await pages.match(request, IGNORE_VARY))?.headers.get(STORED_AT_HEADER) ?? 0),
    })),
  );
  await Promise.all(evictions(entries, VISITED_PAGES_LIMIT).map((url) => pages.delete(url, IGNORE_VARY)));
}

async function asset(request: Request): Promise<Response> {
  return (await (await caches.open(names.precache)).match(request, IGNORE_VARY)) ?? fetch(request);
}

worker.addEventListener('install', (event) => event.waitUntil(precache().then(() => worker.skipWaiting())));
worker.addEventListener('activate', (event) => event.waitUntil(activate()));
worker.addEventListener('fetch', (event) => {
  const kind = route(event.request, scope);
  if (kind === 'search-index') event.respondWith(searchIndex(event.request));
  else if (kind === 'page') event.respondWith(page(event));
  else if (kind === 'asset') event.respondWith(asset(event.request));
});
