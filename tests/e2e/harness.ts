/**
 * Browser-test harness: a byte-counting static server for the built site, Debian's chromium through playwright-core,
 * a page probe that records console errors and failed requests, and an axe-core check.
 *
 * A test file calls `useSite()` at module level and reads its fields inside tests: the servers, the browser and
 * the notices are set up in that file's beforeAll and torn down in its afterAll. The builds themselves happen
 * once per run in global-setup.ts.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Notice } from '../../src/model/notice.ts';
import { DIST, DIST_SUBPATH, NOTICES_JSON, ROOT, SUBPATH } from './global-setup.ts';

export { DIST, DIST_SUBPATH, ROOT, SUBPATH };

// ---------------------------------------------------------------------------------------------------------------
// Static server

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index files are gzip-compressed binary blobs that its own JS decompresses, not HTTP-encoded text.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** One response the server sent; `bytes` is the body length (no compression is applied). */
export interface Served {
  path: string;
  status: number;
  bytes: number;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/zhengwu/ — always ends with '/'. */
  url: string;
  origin: string;
  mount: string;
  /** Every response since start or the last reset(), in order. */
  served: Served[];
  /** Sum of `bytes` over `served`. */
  bytes(): number;
  reset(): void;
  close(): Promise<void>;
}

/**
 * Serves `dir` at `mount` ('/' or '/zhengwu/') on 127.0.0.1 with an ephemeral port, the way a static host does:
 * directory → its index.html (redirecting to add the trailing slash), misses → the mount's 404.html with status 404.
 */
export async function serveStatic(dir: string, mount = '/'): Promise<StaticServer> {
  if (!mount.startsWith('/') || !mount.endsWith('/')) throw new Error(`mount must start and end with '/': ${mount}`);
  const served: Served[] = [];
  const root = path.resolve(dir);

  const server = createServer(async (req, res) => {
    const send = (status: number, body: Buffer | string, headers: Record<string, string> = {}) => {
      const buffer = typeof body === 'string' ? Buffer.from(body) : body;
      res.writeHead(status, { 'Content-Length': String(buffer.length), ...headers });
      res.end(req.method === 'HEAD' ? undefined : buffer);
      served.push({ path: req.url ?? '', status, bytes: req.method === 'HEAD' ? 0 : buffer.length });
    };
    const notFound = async () => {
      const page = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not Found'));
      send(404, page, { 'Content-Type': 'text/html; charset=utf-8' });
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (!`${pathname}/`.startsWith(mount)) return notFound();
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(mount.length));
    } catch {
      return notFound();
    }
    const file = path.join(root, relative);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound(); // no escaping the site with ../

    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) return send(301, '', { Location: `${pathname}/` });
      const index = path.join(file, 'index.html');
      if (!(await stat(index).catch(() => null))?.isFile()) return notFound();
      return send(200, await readFile(index), { 'Content-Type': contentType(index) });
    }
    if (!info?.isFile()) return notFound();
    send(200, await readFile(file), { 'Content-Type': contentType(file) });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin + mount,
    origin,
    mount,
    served,
    bytes: () => served.reduce((sum, response) => sum + response.bytes, 0),
    reset: () => void served.splice(0),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Browser

export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox', // we run as root in CI
      '--disable-gpu',
      '--no-first-run',
      // Only loopback traffic exists here; keep chromium from reaching for anything else.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

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
  await page.addScriptTag({ content: await readFile(AXE_SOURCE, 'utf8') });
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
