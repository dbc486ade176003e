/**
 * A deadline month of thousands of tasks (the 2,000-clause notice of the long build, global-setup.ts, gives December
 * 2020 about 4,000), on numbered pages like a unit's: no page over ~1 MB of HTML, every task on one of them in the
 * order of the month's files, a task of a later page reached from the first, and filters that say what the whole
 * month holds and download all of it. And the browse indexes of such a corpus: issuers by province.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { strings } from '../../src/i18n/strings.ts';
import { TASKS_PER_PAGE } from '../../src/lib/list-pages.ts';
import type { ExportRow } from '../../src/lib/task-export.ts';
import { DIST_LONG, SUBPATH } from './global-setup.ts';
import { openProbe, useLongSite } from './harness.ts';

const MONTH = '2020-12';
const folder = path.join(DIST_LONG, 'deadlines', MONTH);
const MB = 1024 * 1024;
const exportRows = JSON.parse(readFileSync(path.join(folder, 'export-rows.json'), 'utf8')) as ExportRow[];
/** The month's pages in order: index.html, 2/index.html … */
const pages = [
  'index.html',
  ...readdirSync(folder)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b))
    .map((n) => `${n}/index.html`),
];
/**
 * A task as a page's row and as the month's files carry it: its unit and its clause (the page links the clause on
 * the notice's page that shows it, the files the notice's first page at the clause, which leads there).
 */
const taskKey = (unitSlug: string, clauseLink: string) => `${unitSlug} ${clauseLink.split('#')[1]}`;
const rowKeys = (page: string) =>
  [
    ...readFileSync(path.join(folder, page), 'utf8').matchAll(
      /<tr data-deadline[^>]*data-unit="([^"]+)"[\s\S]*?<\/tr>/g,
    ),
  ].map(([row, unit]) => taskKey(unit!, [...row.matchAll(/<a href="([^"]+)"/g)][1]![1]!));
const exportKeys = exportRows.map((row) => taskKey(row.unitSlug, row.link));

const long = useLongSite();

describe('a deadline month of thousands of tasks', () => {
  test('is on pages of at most TASKS_PER_PAGE tasks, none over 1 MB, holding every task in its files’ order', () => {
    expect(exportRows.length).toBeGreaterThan(3 * TASKS_PER_PAGE);
    expect(pages.length).toBe(Math.ceil(exportRows.length / TASKS_PER_PAGE));
    const keys = pages.map((page) => {
      expect(statSync(path.join(folder, page)).size, page).toBeLessThan(MB);
      const html = readFileSync(path.join(folder, page), 'utf8');
      // Every page lists them all.
      for (let n = 2; n <= pages.length; n++) expect(html, page).toContain(`href="${SUBPATH}deadlines/${MONTH}/${n}/"`);
      return rowKeys(page);
    });
    expect(keys.every((rows) => rows.length <= TASKS_PER_PAGE)).toBe(true);
    expect(keys.flat()).toEqual(exportKeys);
    const csv = parse(readFileSync(path.join(folder, 'tasks.csv'), 'utf8').slice(1)) as string[][];
    expect(csv.length - 1).toBe(exportRows.length);
  });

  test('a task on its second page is reached from the first, and its clause from the task', async () => {
    const probe = await openProbe(long.browser);
    try {
      const { page } = probe;
      await page.goto(`${long.server.url}deadlines/${MONTH}/`);
      await page
        .getByRole('navigation', { name: strings.units.pages })
        .getByRole('link', { name: '2', exact: true })
        .click();
      await page.waitForURL(`${long.server.url}deadlines/${MONTH}/2/`);
      const row = page.locator('tbody tr').first();
      const clause = row.locator('td:nth-child(4) a');
      const href = (await clause.getAttribute('href'))!;
      expect(taskKey((await row.getAttribute('data-unit'))!, href)).toBe(exportKeys[TASKS_PER_PAGE]);
      const eId = href.split('#')[1]!;
      await clause.click();
      await page.waitForURL(`**#${eId}`);
      await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(eId);
      expect(probe.consoleErrors).toEqual([]);
    } finally {
      await probe.close();
    }
  });

  test('on one of its pages, the filters say how many tasks of the whole month match, and download them all', async () => {
    const probe = await openProbe(long.browser, { acceptDownloads: true });
    try {
      const { page } = probe;
      await page.goto(`${long.server.url}deadlines/${MONTH}/2/`);
      // A unit with tasks on several pages.
      const slug = exportRows[TASKS_PER_PAGE]!.unitSlug;
      const inMonth = exportRows.filter((row) => row.unitSlug === slug);
      expect(inMonth.length).toBeGreaterThan(TASKS_PER_PAGE);
      await page.getByLabel(strings.units.filterUnit).selectOption(slug);
      const shown = await page.locator('tbody tr:not([hidden])').count();
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThanOrEqual(TASKS_PER_PAGE);
      await expect
        .poll(() => page.locator('.task-filters output').textContent())
        .toBe(strings.deadlines.shownInMonth(shown, await page.locator('tbody tr').count(), inMonth.length));
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: strings.units.filteredCsv }).click(),
      ]);
      const records = parse(readFileSync((await file.path())!, 'utf8').slice(1)) as string[][];
      expect(records.slice(1).map((record) => record[12])).toEqual(inMonth.map((row) => row.link));
      expect({ errors: probe.consoleErrors, failed: probe.failedRequests }).toEqual({ errors: [], failed: [] });
    } finally {
      await probe.close();
    }
  });
});

describe('the browse indexes', () => {
  test('list issuers by province, every issuer on one province’s page, no index page listing every one', () => {
    const issuers = path.join(DIST_LONG, 'issuers');
    const values = readdirSync(issuers).filter(
      (name) => name !== 'region' && existsSync(path.join(issuers, name, 'index.html')),
    );
    expect(values.length).toBeGreaterThan(5);
    const index = readFileSync(path.join(issuers, 'index.html'), 'utf8');
    const groups = [...index.matchAll(/href="\/zhengwu\/issuers\/region\/([^/]+)\/"/g)].map(([, key]) => key!);
    expect(groups.length).toBeGreaterThan(1);
    const listed = [...new Set(groups)].flatMap((key) => {
      const group = path.join(issuers, 'region', key);
      const html = readdirSync(group, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('index.html'))
        .map((f) => readFileSync(path.join(group, f), 'utf8'))
        .join('');
      return [...html.matchAll(/href="\/zhengwu\/issuers\/([^/]+)\/"/g)].map(([, slug]) => slug!);
    });
    expect(listed.sort()).toEqual(values.sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  test('the regions index shows provinces and cities, and links the notices without a region', () => {
    const html = readFileSync(path.join(DIST_LONG, 'regions', 'index.html'), 'utf8');
    expect(html).toContain(`href="${SUBPATH}regions/none/"`);
    const none = readFileSync(path.join(DIST_LONG, 'regions', 'none', 'index.html'), 'utf8');
    // The long notice names no region.
    expect(none).toContain('某市人民政府办公室关于印发某市政务公开工作任务清单的通知');
  });
});
