/**
 * Browser-test harness: the built site served (scripts/lib/browser.ts, or by `astro preview` itself), a page probe
 * that records console errors and failed requests, and an axe-core check.
 *
 * A test file calls `useSite()` at module level and reads its fields inside tests: the servers, the browser and
 * the notices are set up in that file's beforeAll and torn down in its afterAll. The builds themselves happen
 * once per run in global-setup.ts.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Notice } from '../../src/model/notice.ts';
import { launchChromium, serveStatic, type StaticServer } from '../../scripts/lib/browser.ts';
import { DIST, DIST_LONG, DIST_SUBPATH, NOTICES_JSON, ROOT, SUBPATH } from './global-setup.ts';

export { contentType, launchChromium, serveStatic, type Served, type StaticServer } from '../../scripts/lib/browser.ts';
export { DIST, DIST_SUBPATH, NOTICES_JSON, ROOT, SUBPATH };

/** A page plus what went wrong while it was open. */
export interface Probe {
  page: Page;
  /** console.error messages and uncaught exceptions. */
  consoleErrors: string[];
  /** Requests that failed at the network level or got a status >= 400 (the main document excepted: tests check its status). */
  failedRequests: string[];
  close(): Promise<void>;
}

/** Opens a page in a fresh context (its own cache, storage and permissions) and starts recording errors. */
export async function openProbe(browser: Browser, options: BrowserContextOptions = {}): Promise<Probe> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    // Chromium also logs the status of the main document; that one is the test's business, not an error.
    if (/^Failed to load resource/.test(message.text()) && url === page.url()) return;
    consoleErrors.push(`${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) =>
    failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    const request = response.request();
    if (response.status() < 400) return;
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return;
    failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return { page, consoleErrors, failedRequests, close: () => context.close() };
}

// ---------------------------------------------------------------------------------------------------------------
// Search results

export interface Shown {
  href: string;
  marks: string[];
  lang: string;
}

/** Waits until all the results for `q` and the rest of the URL's state (filters, sort) are in, then reads them. */
export async function searchResults(page: Page, q: string): Promise<{ count: string; empty: boolean; shown: Shown[] }> {
  await page.waitForFunction((q) => {
    const list = document.querySelector<HTMLElement>('#search-results');
    // The first page is shown (aria-busy false) and every shard has answered (the count is final).
    if (list?.getAttribute('aria-busy') !== 'false' || list.dataset.complete !== 'true') return false;
    if (list.dataset.query === undefined) return false;
    const state = new URLSearchParams(list.dataset.query);
    const url = new URLSearchParams(location.search);
    const sorted = (params: URLSearchParams) =>
      [...params]
        .map(([k, v]) => `${k}=${v}`)
        .sort()
        .join('&');
    return (state.get('q') ?? '') === q && sorted(state) === sorted(url);
  }, q);
  return page.evaluate(() => ({
    count: document.querySelector('#search-count')!.textContent ?? '',
    empty: !(document.querySelector('#search-empty') as HTMLElement).hidden,
    shown: [...document.querySelectorAll<HTMLAnchorElement>('a.search-result')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      marks: [...a.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      lang: a.closest('[lang]')?.getAttribute('lang') ?? '',
    })),
  }));
}

/** Every result of the search on the page, 显示更多 clicked until all are shown. */
export async function everySearchResult(page: Page, q: string): Promise<string[]> {
  const { count } = await searchResults(page, q);
  const total = Number(/\d+/.exec(count)?.[0]);
  for (let shown = await page.locator('a.search-result').count(); shown < total;) {
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('a.search-result').length > n, shown);
    shown = await page.locator('a.search-result').count();
  }
  return page.locator('a.search-result').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

// ---------------------------------------------------------------------------------------------------------------
// Accessibility

const AXE_SOURCE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending nodes. */
  targets: string[];
}

/** Runs axe-core on the page as it stands and returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the page's Content-Security-Policy would refuse
  // an inline script, as it should.
  await page.evaluate(await readFile(AXE_SOURCE, 'utf8'));
  return page.evaluate(async () => {
    // @ts-expect-error — `axe` is the global that axe.min.js just defined
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[])
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The site under test

export interface Site {
  /** The root build (dist/) and the subpath build (dist-subpath/ at /zhengwu/). */
  root: StaticServer;
  subpath: StaticServer;
  /** = root.url / subpath.url */
  rootUrl: string;
  subpathUrl: string;
  browser: Browser;
  /** generated/notices.json as the converter wrote it. */
  notices: Notice[];
  /** openProbe() on this file's browser. */
  newPage(options?: BrowserContextOptions): Promise<Probe>;
}

/**
 * Registers beforeAll/afterAll hooks that serve both builds and launch chromium, and returns the Site they fill in.
 * Read its fields inside tests or hooks, not at module level (they do not exist yet there).
 */
/** dist-long/ (the bundled notices and one of 2,000 clauses, under the subpath) served, and a browser, for a file's tests. */
export function useLongSite(): { readonly server: StaticServer; readonly browser: Browser } {
  let state: { server: StaticServer; browser: Browser } | undefined;
  const ready = () => {
    if (!state) throw new Error('useLongSite(): read the site inside a test or hook, after beforeAll ran');
    return state;
  };
  beforeAll(async () => {
    const [server, browser] = await Promise.all([serveStatic(DIST_LONG, SUBPATH), launchChromium()]);
    state = { server, browser };
  });
  afterAll(async () => {
    await state?.browser.close();
    await state?.server.close();
  });
  return {
    get server() {
      return ready().server;
    },
    get browser() {
      return ready().browser;
    },
  };
}

export function useSite(): Site {
  let state: Omit<Site, 'rootUrl' | 'subpathUrl' | 'newPage'> | undefined;
  const ready = () => {
    if (!state) throw new Error('useSite(): read the site inside a test or hook, after beforeAll ran');
    return state;
  };

  beforeAll(async () => {
    const [root, subpath, browser, notices] = await Promise.all([
      serveStatic(DIST, '/'),
      serveStatic(DIST_SUBPATH, SUBPATH),
      launchChromium(),
      readFile(NOTICES_JSON, 'utf8').then((text) => JSON.parse(text) as Notice[]),
    ]);
    state = { root, subpath, browser, notices };
  });
  afterAll(async () => {
    if (!state) return;
    await state.browser.close(); // closes every probe's context too
    await Promise.all([state.root.close(), state.subpath.close()]);
  });

  return {
    get root() {
      return ready().root;
    },
    get subpath() {
      return ready().subpath;
    },
    get rootUrl() {
      return ready().root.url;
    },
    get subpathUrl() {
      return ready().subpath.url;
    },
    get browser() {
      return ready().browser;
    },
    get notices() {
      return ready().notices;
    },
    newPage: (options) => openProbe(ready().browser, options),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// astro preview: what `npm start` serves, with its own headers (Vary, the Content-Security-Policy)

export interface PreviewServer {
  /** The site's address, base included: http://127.0.0.1:41234/ or http://127.0.0.1:41234/zhengwu/ */
  url: string;
  port: number;
  /** Everything the server printed. */
  output: string[];
  close(): Promise<void>;
}

/** A port nothing listens on right now (the OS picks it; it is released at once for the server to take). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface PreviewOptions {
  /** The built folder (inside the repository, as OUT_DIR must be); dist/ by default. */
  outDir?: string;
  /** The base it was built for (BASE); '/' by default. */
  base?: string;
  /** Come back on this port, so on the same origin (a redeploy keeps the service worker's scope); a free one by default. */
  port?: number;
}

/** Runs `astro preview` on 127.0.0.1 for a built folder and resolves once it listens. */
export async function startPreview({ outDir = DIST, base, port }: PreviewOptions = {}): Promise<PreviewServer> {
  const listenOn = port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT_DIR: path.relative(ROOT, outDir),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env.BASE;
  if (base) env.BASE = base;
  env.PATH = `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${env.PATH ?? ''}`; // Node 24 for astro
  const child = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'astro'),
    // --ignore-lock: several at once (a redeploy test beside the shared one), and none of them blocks, or is blocked
    // by, an `npm start` the developer has running.
    ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(listenOn)],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro preview did not start:\n${output.join('')}`)), 30_000);
    const read = (chunk: Buffer) => {
      output.push(chunk.toString());
      // Colour codes may sit around the address.
      const address = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output.join('').replace(/\x1b\[[0-9;]*m/g, ''));
      if (!address) return;
      clearTimeout(timer);
      if (Number(address[1]) !== listenOn) reject(new Error(`astro preview took port ${address[1]}, not ${listenOn}`));
      else resolve(`http://127.0.0.1:${listenOn}${base ?? '/'}`);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => reject(new Error(`astro preview exited:\n${output.join('')}`)));
  });
  return {
    url,
    port: listenOn,
    output,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Build scripts

/** Runs a build script of the repository on Node 24; rejects with its output when it fails. */
export async function runScript(script: string, ...args: string[]): Promise<void> {
  const env = {
    ...process.env,
    PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
  };
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('node', [script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`node ${script} ${args.join(' ')} failed (exit ${code}):\n${output.join('')}`);
}
