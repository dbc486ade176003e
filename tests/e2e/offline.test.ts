/**
 * Offline reading and search (src/offline/) in Chromium, under `astro preview` — what npm start serves, Vary headers
 * included — started by these tests on free ports:
 *   - after one visit, search works offline and a result opens offline, at its clause;
 *   - what is kept: this version's caches only, the manifest's list within its budget, no query URLs, no data export,
 *     at most VISITED_PAGES_LIMIT pages read online;
 *   - a page that is not kept opens the offline page, which lists the kept notices and leads back to the results;
 *   - a redeploy (a copy of dist/ with changed content, served on the same origin): the new worker replaces the old
 *     caches, and offline search finds the new content, in a new page and in a page opened before the update.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Notice } from '../../src/model/notice.ts';
import { cacheNames, STORED_AT_HEADER, VISITED_PAGES_LIMIT } from '../../src/offline/cache-policy.ts';
import { OFFLINE_MANIFEST, type OfflineManifest } from '../../src/offline/manifest.ts';
import { strings } from '../../src/i18n/strings.ts';
import {
  DIST,
  DIST_SUBPATH,
  launchChromium,
  ROOT,
  runScript,
  searchResults,
  startPreview,
  SUBPATH,
  type PreviewServer,
} from './harness.ts';

let browser: Browser;
let preview: PreviewServer;
let manifest: OfflineManifest;
beforeAll(async () => {
  [browser, preview, manifest] = await Promise.all([
    launchChromium(),
    startPreview(),
    readFile(path.join(DIST, OFFLINE_MANIFEST), 'utf8').then((text) => JSON.parse(text) as OfflineManifest),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const searchUrl = (base: string, q: string) => `${base}search/?q=${encodeURIComponent(q)}`;

/** Opens `url` in a fresh context and waits until the service worker has precached everything and controls the page. */
async function visitOnce(url: string): Promise<{ context: BrowserContext; page: Page; uncaught: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.goto(url);
  await untilControlled(page);
  return { context, page, uncaught };
}

/** Resolves once an active worker (its install, the precache, done) controls the page. */
async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
}

/** The cache names of the page's origin, and the URLs each holds. */
function cacheContents(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const contents: Record<string, string[]> = {};
    for (const name of await caches.keys())
      contents[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    return contents;
  });
}

describe('offline, after one visit', () => {
  test('search finds clauses and a result opens at its clause, with the network gone', async () => {
    const { context, page, uncaught } = await visitOnce(searchUrl(preview.url, '营商环境'));
    await context.setOffline(true);

    await page.goto(searchUrl(preview.url, '依申请公开'));
    const { shown } = await searchResults(page, '依申请公开');
    expect(shown.length).toBeGreaterThan(0);
    const [pathname, hash] = shown[0]!.href.split('#');
    await page.locator('a.search-result').first().click();
    await page.waitForURL((url) => url.pathname === pathname);
    const notice = manifest.notices.find((n) => `/${n.path}` === pathname)!;
    expect(notice.precached).toBe(true);
    expect(await page.locator('h1').first().textContent()).toBe(notice.title);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(decodeURIComponent(hash!));
    expect(uncaught).toEqual([]);
  });

  test('keeps this version only: the manifest within its budget, pages without query, no data export, bounded', async () => {
    const { page } = await visitOnce(searchUrl(preview.url, '营商环境'));
    const names = cacheNames(preview.url, manifest.version);
    const urlOf = (urlPath: string) => new URL(urlPath, preview.url).href;

    expect(manifest.bytes).toBeLessThanOrEqual(manifest.budget);
    let kept = await cacheContents(page);
    expect(Object.keys(kept)).toEqual([names.precache]);
    expect(new Set(kept[names.precache])).toEqual(new Set([...manifest.precache, OFFLINE_MANIFEST].map(urlOf)));

    // Reading online: more searches, the data export, a browse page.
    for (const q of ['政务公开', '人工智能']) {
      await page.goto(searchUrl(preview.url, q));
      await searchResults(page, q);
    }
    await page.evaluate(async (url) => (await fetch(url)).text(), urlOf('notices.json'));
    await page.goto(urlOf('years/'));
    await expect.poll(async () => (await cacheContents(page))[names.pages]).toEqual([urlOf('years/')]);
    kept = await cacheContents(page);
    expect(Object.keys(kept).sort()).toEqual([names.pages, names.precache]);
    expect(
      Object.values(kept)
        .flat()
        .filter((url) => url.includes('?') || url.endsWith('/notices.json')),
    ).toEqual([]);

    // A full pages cache forgets the longest stored pages when one more is read (years/ is the newest of these).
    await page.evaluate(
      async ({ pagesCache, header, limit, base }) => {
        const cache = await caches.open(pagesCache);
        for (let i = 0; i < limit; i++)
          await cache.put(`${base}old-${i}/`, new Response('<p>old</p>', { headers: { [header]: String(1000 + i) } }));
      },
      { pagesCache: names.pages, header: STORED_AT_HEADER, limit: VISITED_PAGES_LIMIT, base: preview.url },
    );
    await page.goto(urlOf('units/'));
    await expect.poll(async () => (await cacheContents(page))[names.pages]).toContain(urlOf('units/'));
    const pages = (await cacheContents(page))[names.pages]!;
    expect(pages).toHaveLength(VISITED_PAGES_LIMIT);
    expect(pages).not.toContain(urlOf('old-0/'));
    expect(pages).not.toContain(urlOf('old-1/'));
    expect(pages).toContain(urlOf('old-2/'));
    expect(pages).toContain(urlOf('years/'));
  });

  test('a notice that is not kept opens the offline page, which lists the kept notices and leads back to the results', async () => {
    const { context, page, uncaught } = await visitOnce(searchUrl(preview.url, '营商环境'));
    const { shown } = await searchResults(page, '营商环境');
    const [missingPath] = shown[0]!.href.split('#');
    // As if the budget had left it out.
    await page.evaluate(async ({ cache, url }) => (await caches.open(cache)).delete(url), {
      cache: cacheNames(preview.url, manifest.version).precache,
      url: new URL(missingPath!, preview.url).href,
    });
    await context.setOffline(true);
    const resultsUrl = searchUrl(preview.url, '依申请公开');
    await page.goto(resultsUrl);
    const results = await searchResults(page, '依申请公开');
    const link = results.shown.find((result) => result.href.startsWith(`${missingPath}#`));
    expect(link, `a result in ${missingPath}`).toBeDefined();

    await page.locator(`a.search-result[href="${link!.href}"]`).click();
    await page.waitForURL((url) => url.pathname === missingPath);
    await page.waitForSelector('#offlineNotices li');
    expect(await page.locator('#offlineHeading').textContent()).toBe(strings.offline.notSaved);
    expect(await page.locator('#offlineRequested').textContent()).toContain(missingPath);
    const kept = manifest.notices.filter((notice) => `/${notice.path}` !== missingPath);
    expect(await page.locator('#offlineStatus').textContent()).toBe(strings.offline.count(kept.length));
    expect(
      await page.locator('#offlineNotices a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(kept.map((notice) => `/${notice.path}`));
    expect(await page.locator('#offlineBack a').getAttribute('href')).toBe(resultsUrl);

    await page.locator('#offlineBack a').click();
    expect((await searchResults(page, '依申请公开')).shown).toEqual(results.shown);
    expect(uncaught).toEqual([]);
  });
});

test('under a subpath, search and its results work offline, and a page not kept shows the offline page', async () => {
  const server = await startPreview({ outDir: DIST_SUBPATH, base: SUBPATH });
  try {
    const { context, page, uncaught } = await visitOnce(searchUrl(server.url, '营商环境'));
    await context.setOffline(true);
    await page.goto(searchUrl(server.url, '依申请公开'));
    const { shown } = await searchResults(page, '依申请公开');
    const [pathname] = shown[0]!.href.split('#');
    expect(pathname!.startsWith(`${SUBPATH}notices/`)).toBe(true);
    await page.locator('a.search-result').first().click();
    await page.waitForURL((url) => url.pathname === pathname);
    expect(await page.locator('.notice-body').count()).toBe(1);

    await page.goto(`${server.url}years/`);
    await page.waitForSelector('#offlineNotices li');
    expect(await page.locator('#offlineHeading').textContent()).toBe(strings.offline.notSaved);
    const links = await page.locator('#offlineNotices a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href!.startsWith(`${SUBPATH}notices/`), href!).toBe(true);
    expect(uncaught).toEqual([]);
  } finally {
    await server.close();
  }
});

describe('a redeploy', () => {
  const REDEPLOY = path.join(ROOT, 'dist-redeploy');
  /** Characters no notice of the corpus contains, added to one clause by the second deployment. */
  const NEW_WORDS = '离线更新核验';

  /** The second deployment: dist/ with NEW_WORDS in one clause of the newest notice, in its page and in the index. */
  async function buildRedeploy(): Promise<{ notice: OfflineManifest['notices'][number] }> {
    await rm(REDEPLOY, { recursive: true, force: true });
    await cp(DIST, REDEPLOY, { recursive: true });
    const noticesFile = path.join(REDEPLOY, 'notices.json');
    const notices = JSON.parse(await readFile(noticesFile, 'utf8')) as Notice[];
    const notice = manifest.notices[0]!;
    const changed = notices.find((n) => `notices/${n.id}/` === notice.path)!;
    const clause = changed.components.flatMap((component) => component.clauses).find((c) => c.text.length > 0)!;
    clause.text = `${NEW_WORDS}${clause.text}`;
    // As the converter writes it: one notice per line (README, Adding notices).
    await writeFile(noticesFile, `[\n${notices.map((n) => JSON.stringify(n)).join(',\n')}\n]\n`);
    const pageFile = path.join(REDEPLOY, notice.path, 'index.html');
    const html = await readFile(pageFile, 'utf8');
    await writeFile(
      pageFile,
      html.replace('<div class="notice-body">', `<div class="notice-body"><p>${NEW_WORDS}</p>`),
    );
    await runScript('scripts/index-search.ts', '--notices', noticesFile, '--site', REDEPLOY);
    await runScript('scripts/build-offline.ts', '--site', REDEPLOY);
    return { notice };
  }

  afterAll(() => rm(REDEPLOY, { recursive: true, force: true }));

  test('replaces the old caches, and offline search finds the new content, also in a page opened before', async () => {
    const { notice } = await buildRedeploy();
    const next = JSON.parse(await readFile(path.join(REDEPLOY, OFFLINE_MANIFEST), 'utf8')) as OfflineManifest;
    expect(next.version).not.toBe(manifest.version);

    // The first deployment, on its own server (the shared one keeps serving dist/ to the other tests).
    let server = await startPreview();
    try {
      const { context, page: before } = await visitOnce(searchUrl(server.url, NEW_WORDS));
      expect((await searchResults(before, NEW_WORDS)).shown).toEqual([]);

      // Redeployed on the same origin: the next visit brings the new worker, which takes over both pages.
      const { port } = server;
      await server.close();
      server = await startPreview({ outDir: REDEPLOY, port });
      const after = await context.newPage();
      await after.goto(server.url);
      const current = Object.values(cacheNames(server.url, next.version));
      await expect
        .poll(async () => Object.keys(await cacheContents(after)).every((name) => current.includes(name)), {
          timeout: 60_000, // the new worker precaches the whole deployment first: slow on a loaded machine
        })
        .toBe(true);
      expect(Object.keys(await cacheContents(after))).toContain(cacheNames(server.url, next.version).precache);

      await context.setOffline(true);
      await after.goto(searchUrl(server.url, NEW_WORDS));
      const found = await searchResults(after, NEW_WORDS);
      expect(found.shown.map((result) => result.href.split('#')[0])).toEqual([`/${notice.path}`]);
      await after.locator('a.search-result').first().click();
      await after.waitForURL((url) => url.pathname === `/${notice.path}`);
      expect(await after.locator('.notice-body').first().textContent()).toContain(NEW_WORDS);

      // The page opened before the update searches the new index too.
      await before.locator('#search-input').fill('');
      await before.locator('#search-input').pressSequentially(NEW_WORDS);
      await before.waitForFunction(() => document.querySelector('#search-results a.search-result') !== null);
      expect((await searchResults(before, NEW_WORDS)).shown).toEqual(found.shown);
    } finally {
      await server.close();
    }
  });
});
