/**
 * A notice whose id was changed by hand (content/notice-ids.json) keeps its old URL: scripts/build-redirects.ts writes a
 * page there that leads to the new one, clause anchor included, on a plain static host and under BASE=/zhengwu/.
 * The pages are written into a copy of the subpath build, for one of its notices.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeRedirects } from '../../scripts/build-redirects.ts';
import { DIST_SUBPATH, launchChromium, serveStatic, SUBPATH, type StaticServer } from './harness.ts';

const notices = JSON.parse(readFileSync(path.join(DIST_SUBPATH, 'notices.json'), 'utf8')) as {
  id: string;
  title: string;
  components: { clauses: { eId: string }[] }[];
}[];
const target = notices.find((n) => n.components.some((c) => c.clauses.length > 1))!;
const clause = target.components.flatMap((c) => c.clauses)[1]!.eId;
const OLD = 'renamed-by-hand-2020-1';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  const site = mkdtempSync(path.join(tmpdir(), 'moved-'));
  cpSync(DIST_SUBPATH, site, { recursive: true });
  expect(writeRedirects(site, { [OLD]: target.id }, new Map([[target.id, target.title]]))).toBe(1);
  server = await serveStatic(site, SUBPATH);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an old notice URL', () => {
  test('leads to the new page at once, keeping the clause anchor', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}notices/${OLD}/#${clause}`);
    await page.waitForURL(`${server.url}notices/${target.id}/#${clause}`);
    expect(await page.locator(`[id="${clause}"]`).count()).toBe(1);
    await page.close();
  });

  test('leads there without scripts too (meta refresh), and is not indexed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}notices/${OLD}/`);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await page.waitForURL(`${server.url}notices/${target.id}/`, { timeout: 10_000 });
    expect(await page.title()).toContain(target.title);
    await context.close();
  });
});
