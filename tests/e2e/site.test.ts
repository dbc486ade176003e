/**
 * Site-wide browser tests: every page kind renders cleanly, passes axe, fits a phone, works from the keyboard,
 * addresses clauses, survives a subpath deployment and does not shift while loading.
 * Notices and clauses are picked from generated/notices.json at run time, so the tests follow the content.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Clause, Notice } from '../../src/model/notice.ts';
import { axeViolations, contentType, DIST, ROOT, useSite } from './harness.ts';
import type { Probe } from './harness.ts';

const site = useSite();
const SCREENSHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');
const SEARCH_QUERY = '政务公开';
const PHONE = { width: 390, height: 844 };

const noticePath = (notice: Notice) => `notices/${notice.id}/`;

/** A numbered clause with its numbered ancestors, outermost first. */
interface Citable {
  notice: Notice;
  chain: Clause[];
  clause: Clause;
}

/** Every clause of a notice's main text whose whole ancestry is numbered, with that ancestry. */
function citables(notice: Notice): Citable[] {
  const found: Citable[] = [];
  const walk = (clauses: Clause[], above: Clause[]) => {
    for (const clause of clauses) {
      if (clause.number === null) continue;
      const chain = [...above, clause];
      found.push({ notice, chain, clause });
      walk(clause.children, chain);
    }
  };
  for (const component of notice.components.filter((c) => c.eId === 'main')) walk(component.clauses, []);
  return found;
}

/**
 * The clause the anchor and citation tests use: a second-level clause like 一、→（二） in a notice with a
 * 发文字号, so the citation has both a document number and a nested clause number.
 */
function pickCitable(notices: Notice[]): Citable {
  const candidates = notices.filter((n) => n.documentNumber).flatMap(citables);
  const nested = candidates.find((c) => c.chain.length === 2 && /、$/.test(c.chain[0]!.number!));
  const pick = nested ?? candidates.find((c) => c.chain.length > 1) ?? candidates[0];
  if (!pick) throw new Error('generated/notices.json has no numbered clause in a notice with a 发文字号');
  return pick;
}

const citation = ({ notice, chain }: Citable) =>
  `${notice.documentNumber} ${chain.map((c) => c.number!.trim().replace(/、$/, '')).join('')}`;

const clean = (probe: Probe) => ({ consoleErrors: probe.consoleErrors, failedRequests: probe.failedRequests });

/** Opens a page and waits until what it loads after `load` (search results) is in. */
async function visit(url: string, options?: Parameters<typeof site.newPage>[0]) {
  const probe = await site.newPage(options);
  const response = await probe.page.goto(url);
  // `:visible` because #search-empty sits hidden in the page until a search comes back empty.
  if (response?.ok() && new URL(url).pathname.endsWith('/search/'))
    await probe.page.waitForSelector('a.search-result:visible, #search-empty:visible');
  return { probe, page: probe.page, status: response?.status() };
}

/** Files under a directory, relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('harness', () => {
  test('the server sends built files with their content type and counts their bytes', async () => {
    const files = await listFiles(DIST);
    const samples = ['.html', '.js', '.css', '.json', '.xml', '.pagefind', '.pf_meta', '.pf_fragment', '.pf_index']
      .map((ext) => files.find((f) => f.endsWith(ext)))
      .filter((f): f is string => f !== undefined);
    expect(samples.length).toBeGreaterThanOrEqual(4); // html, js, pagefind meta and fragments at the very least

    site.root.reset();
    let expectedBytes = 0;
    for (const file of samples) {
      const response = await fetch(new URL(file.split(path.sep).map(encodeURIComponent).join('/'), site.rootUrl));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(contentType(file));
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(await readFile(path.join(DIST, file))), file).toBe(true);
      expectedBytes += body.length;
    }
    expect(site.root.served.map((s) => s.status)).toEqual(samples.map(() => 200));
    expect(site.root.bytes()).toBe(expectedBytes);
  });

  test('the server answers directories, misses and escapes as a static host does', async () => {
    const home = await fetch(site.rootUrl);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe(await readFile(path.join(DIST, 'index.html'), 'utf8'));

    const bare = await fetch(site.subpathUrl.replace(/\/$/, ''), { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, new URL(site.subpathUrl).pathname]);

    for (const miss of ['no-such-page/', '..%2Fpackage.json', '%E0%A4%A']) {
      const response = await fetch(site.rootUrl + miss);
      expect(response.status, miss).toBe(404);
      expect(await response.text(), miss).toBe(await readFile(path.join(DIST, '404.html'), 'utf8'));
    }
    expect((await fetch(`${site.subpath.origin}/index.html`)).status).toBe(404); // outside the mount
  });

  test('the layout-shift probe sees a real shift', async () => {
    // A served page, not setContent(): chromium marks shifts after setContent() as input-driven, which CLS ignores.
    const { page } = await visit(site.rootUrl);
    await page.evaluate(() => document.fonts.ready);
    await nextFrames(page);
    const before = await cumulativeLayoutShift(page);
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '300px';
      document.body.prepend(banner);
    });
    await nextFrames(page);
    expect((await cumulativeLayoutShift(page)) - before).toBeGreaterThan(0.01);
  });
});

describe('every page kind renders without console errors or failed requests', () => {
  const kinds: [string, () => string][] = [
    ['home', () => ''],
    ['a notice page', () => noticePath(pickCitable(site.notices).notice)],
    ['the years index', () => 'years/'],
    ['a region page', regionPagePath],
    ['the units index', () => 'units/'],
    ['search results', () => `search/?q=${encodeURIComponent(SEARCH_QUERY)}`],
  ];
  test.each(kinds)('%s', async (_kind, pathOf) => {
    const { probe, page, status } = await visit(site.rootUrl + pathOf());
    expect(status).toBe(200);
    await expect(page.locator('main').count()).resolves.toBe(1);
    expect(clean(probe)).toEqual({ consoleErrors: [], failedRequests: [] });
  });

  test('the 404 page', async () => {
    const { probe, page, status } = await visit(`${site.rootUrl}no-such-page/`);
    expect(status).toBe(404);
    await expect(page.locator('main').count()).resolves.toBe(1);
    expect(clean(probe)).toEqual({ consoleErrors: [], failedRequests: [] });
  });
});

/** The page of a region that some notice belongs to. */
function regionPagePath(): string {
  const region = site.notices.find((n) => n.region)?.region;
  if (!region) throw new Error('no notice in generated/notices.json has a region');
  return `regions/${region.code}/`;
}

describe('axe-core finds no serious or critical violations', () => {
  const pages: [string, () => string][] = [
    ['home', () => ''],
    ['a notice page', () => noticePath(pickCitable(site.notices).notice)],
    ['search results', () => `search/?q=${encodeURIComponent(SEARCH_QUERY)}`],
    ['the offline page', () => 'offline/'],
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    test.each(pages)(`%s (${colorScheme})`, async (_name, pathOf) => {
      const { page, status } = await visit(site.rootUrl + pathOf(), { colorScheme });
      expect(status).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('on a phone the notice page does not scroll sideways', async () => {
  const { notice } = pickCitable(site.notices);
  const { page } = await visit(site.rootUrl + noticePath(notice), {
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  await page.evaluate(() => document.fonts.ready);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  await mkdir(SCREENSHOTS, { recursive: true });
  // The first screen is what a person looks at; the full page shows where something sticks out.
  await page.screenshot({ path: path.join(SCREENSHOTS, 'notice-phone.png') });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'notice-phone-full.png'), fullPage: true });
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  // A mobile browser widens its layout viewport to fit overflowing content, hiding it from the check above.
  expect(innerWidth).toBe(PHONE.width);
});

describe('keyboard', () => {
  test('the first Tab reaches the skip link, and following it moves focus into main', async () => {
    const { page } = await visit(site.rootUrl);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const link = document.activeElement;
      const href = link?.getAttribute('href') ?? '';
      const target = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
      return { tag: link?.tagName, targetIsMain: target?.tagName === 'MAIN' };
    });
    expect(skip).toEqual({ tag: 'A', targetIsMain: true });

    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.closest('main') ? 'main' : `${active?.tagName} outside main`;
    });
    expect(focused).toBe('main');
  });

  test('Tab reaches the header search box', async () => {
    // On a notice page: home replaces the header's box with its own big one.
    const { page } = await visit(site.rootUrl + noticePath(pickCitable(site.notices).notice));
    const searchBoxes = await page.locator('header input[type="search"]').count();
    expect(searchBoxes).toBe(1);
    // Bounded walk through the header's focus order.
    let reached = false;
    for (let presses = 0; presses < 40 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('header input[type="search"]') ?? false);
    }
    expect(reached).toBe(true);
  });
});

describe('clause anchors', () => {
  test('opening a clause URL targets its heading and highlights its block', async () => {
    const citable = pickCitable(site.notices);
    const { notice, clause } = citable;
    const { probe, page } = await visit(`${site.rootUrl}${noticePath(notice)}#${clause.eId}`);
    const target = await page.evaluate(() => {
      const heading = document.querySelector(':target');
      return { id: heading?.id, tag: heading?.tagName };
    });
    expect(target.id).toBe(clause.eId);
    expect(target.tag).toMatch(/^H[3-6]$/);
    await page.waitForSelector('.is-target');
    expect(await isHighlighted(page, clause.eId)).toBe(true);

    // Following another clause's link moves the highlight.
    const other = citables(notice).find((c) => c.chain[0] !== citable.chain[0])?.clause;
    expect(other, 'a second top-level clause in the same notice').toBeDefined();
    await page.locator(`[id="${other!.eId}"] a.permalink`).click();
    // hashchange fires after the click returns.
    await page.waitForFunction((id) => document.getElementById(id)?.closest('.is-target'), other!.eId);
    expect(await isHighlighted(page, clause.eId)).toBe(false);
    expect(clean(probe)).toEqual({ consoleErrors: [], failedRequests: [] });
  });

  test('复制链接 copies the clause URL and 复制引用 copies its citation', async () => {
    const citable = pickCitable(site.notices);
    const { notice, clause } = citable;
    const { page } = await visit(site.rootUrl + noticePath(notice), {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const heading = page.locator(`[id="${clause.eId}"]`);
    await expect(heading.locator('a.permalink').getAttribute('href')).resolves.toMatch(new RegExp(`#${clause.eId}$`));

    // The buttons write the clipboard asynchronously: empty it, click, wait for the write, then read.
    const copyWith = async (kind: 'link' | 'citation') => {
      const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await heading.hover();
      await heading.locator(`button[data-copy="${kind}"]`).click();
      await expect.poll(readClipboard).not.toBe('');
      return readClipboard();
    };
    const link = new URL(await copyWith('link'));
    expect([link.pathname.endsWith(`/${noticePath(notice)}`), link.hash]).toEqual([true, `#${clause.eId}`]);
    expect(await copyWith('citation')).toBe(citation(citable));
  });
});

test('printed, 一、 and （一） headings differ from the text and from each other in size or weight, whatever faces are installed', async () => {
  const { notice } = pickCitable(site.notices);
  const { page } = await visit(site.rootUrl + noticePath(notice));
  await page.emulateMedia({ media: 'print' });
  // Size and weight only: the face may be the same fallback for every level on a machine without 黑体 or 楷体.
  const looks = await page.evaluate(() => {
    const look = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const style = getComputedStyle(element);
      return `${style.fontSize} ${style.fontWeight}`;
    };
    return {
      text: look('.notice-body h3 ~ p'),
      level1: look('.notice-body .clause-heading--3'),
      level2: look('.notice-body .clause-heading--4'),
      level3: look('.notice-body .clause-heading--5'),
    };
  });
  expect([looks.text, looks.level1, looks.level2]).not.toContain(null);
  const present = Object.values(looks).filter((look) => look !== null);
  expect(new Set(present).size, JSON.stringify(looks)).toBe(present.length);
});

describe('subpath build', () => {
  const pages: [string, () => string][] = [
    ['home', () => ''],
    ['a notice page', () => noticePath(pickCitable(site.notices).notice)],
  ];
  test.each(pages)(
    'every link, stylesheet and script on %s stays under the subpath and resolves',
    async (_name, pathOf) => {
      const { probe, page, status } = await visit(site.subpathUrl + pathOf());
      expect(status).toBe(200);
      const refs = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], link[href], script[src]')].map(
          (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
        ),
      );
      expect(refs.length).toBeGreaterThan(0);
      // Without a declared icon the browser asks for /favicon.ico, which lies outside the subpath.
      expect(await page.locator('link[rel~="icon"]').count()).toBeGreaterThan(0);
      const local = refs.filter((ref) => !ref.startsWith('#') && !isExternal(ref, site.subpath.origin));
      expect(local.filter((ref) => !ref.startsWith('/zhengwu/'))).toEqual([]);

      const missing: string[] = [];
      for (const ref of new Set(local.map((ref) => ref.replace(/#.*$/, '')))) {
        const response = await fetch(new URL(ref, site.subpath.origin), { method: 'HEAD' });
        if (response.status >= 400) missing.push(`${ref}: ${response.status}`);
      }
      expect(missing).toEqual([]);
      expect(clean(probe)).toEqual({ consoleErrors: [], failedRequests: [] });
    },
  );
});

/** Whether the clause heading is, or sits inside, an element marked .is-target. */
function isHighlighted(page: Probe['page'], eId: string): Promise<boolean> {
  return page.evaluate((id) => document.getElementById(id)?.closest('.is-target') != null, eId);
}

/** An absolute URL (or mailto: and the like) that points away from the server under test. */
function isExternal(ref: string, origin: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) return false;
  return new URL(ref, origin).origin !== origin;
}

test('the notice page does not shift while it loads (CLS < 0.01)', async () => {
  const { notice } = pickCitable(site.notices);
  const { page } = await visit(site.rootUrl + noticePath(notice));
  await page.evaluate(() => document.fonts.ready);
  await nextFrames(page);
  expect(await cumulativeLayoutShift(page)).toBeLessThan(0.01);
});

/** Waits for two rendered frames, so that layout shifts of the last change have been recorded. */
async function nextFrames(page: Probe['page']): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Sum of the layout shifts not caused by input since the page started loading. */
async function cumulativeLayoutShift(page: Probe['page']): Promise<number> {
  return page.evaluate(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    // A buffered observer holds every earlier entry at once; taking them synchronously beats waiting for its callback.
    const shifts = observer.takeRecords() as Shift[];
    observer.disconnect();
    return shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
  });
}

test('/notices.jsonl holds every notice of /notices.json, one a line, each line JSON on its own', async () => {
  const lines = (await readFile(path.join(DIST, 'notices.jsonl'), 'utf8')).split('\n');
  expect(lines.pop()).toBe('');
  const notices = lines.map((line) => JSON.parse(line) as Notice);
  expect(notices.length).toBe(site.notices.length);
  expect(notices.map((n) => n.id)).toEqual(site.notices.map((n) => n.id));
  const served = await fetch(`${site.rootUrl}notices.jsonl`);
  expect(served.status).toBe(200);
});
