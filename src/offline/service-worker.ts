/**
 * Offline reading and search once the site has been loaded: on install, the search page, the site's assets and the
 * Pagefind runtime and index (listed by scripts/index-search.ts in pagefind/offline.json) go into a cache; every
 * request under the site's scope is then served network-first, from the cache when the network is gone. Network-first
 * keeps a redeployed site fresh without versioning this script. Served as JS by src/pages/sw.js.ts.
 */

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface Worker {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as Worker;
const CACHE = 'zhengwu-offline';
const scope = worker.registration.scope;

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  const manifest = await fetch(new URL('pagefind/offline.json', scope));
  if (!manifest.ok) return; // a site built without a search index: pages are still cached as they are visited
  const { files } = (await manifest.json()) as { files: string[] };
  await cache.addAll(files.map((file) => new URL(file, scope).href));
}

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

worker.addEventListener('install', (event) => event.waitUntil(precache().then(() => worker.skipWaiting())));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
worker.addEventListener('fetch', (event) => {
  if (event.request.method === 'GET' && event.request.url.startsWith(scope))
    event.respondWith(networkFirst(event.request));
});
