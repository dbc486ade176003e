/**
 * A byte-counting static server for a built site, and Debian's chromium through playwright-core: what the browser
 * tests (tests/e2e/harness.ts), the benchmark and the search-quality script share.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

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
 * directory → its index.html (redirecting to add the trailing slash), misses → the mount's 404.html with status 404,
 * files with an ETag (a 304 for a matching If-None-Match).
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
    // Validators, as static hosts send them: Pagefind refetches its runtime for each index instance it starts, and a
    // browser then revalidates (304, no body) instead of downloading it again.
    const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
    if (req.headers['if-none-match'] === etag) return send(304, '', { ETag: etag });
    send(200, await readFile(file), {
      'Content-Type': contentType(file),
      ETag: etag,
      'Last-Modified': info.mtime.toUTCString(),
    });
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
