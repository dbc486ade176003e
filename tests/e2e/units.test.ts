/**
 * Staff find their unit's tasks: from a unit chip on a notice to the unit's page, statuses against a fixed browser
 * clock, filters, and the CSV and ICS downloads parsed with registry parsers. On the subpath build (BASE=/zhengwu/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { strings } from '../../src/i18n/strings.ts';
import { DIST_SUBPATH, SUBPATH_SITE } from './global-setup.ts';
import { axeViolations, type Probe, useSite } from './harness.ts';

const site = useSite();
/** The reader's today: 友谊县's 2020年11月底前 tasks are overdue, its 2020年底前 ones due within 30 days. */
const TODAY = new Date('2020-12-15T09:00:00+08:00');
const s = strings.units;

interface Row {
  status: string;
  datetime: string | null;
  hidden: boolean;
  via: string | null;
}

const rowsOf = (page: Page) =>
  page.$$eval('.task-table tbody tr', (rows) =>
    rows.map((row) => ({
      status: row.querySelector('.task-status')?.textContent ?? '',
      datetime: row.querySelector('.task-table__deadline time')?.getAttribute('datetime') ?? null,
      hidden: (row as HTMLElement).hidden === true,
      via: row.querySelector('.task-table__via')?.textContent ?? null,
    })),
  );

/** Nothing refused (the Content-Security-Policy included), nothing failed, no serious axe violation; then closed. */
async function expectCleanAndAccessible(probe: Probe): Promise<void> {
  expect(await axeViolations(probe.page)).toEqual([]);
  expect({ errors: probe.consoleErrors, failed: probe.failedRequests }).toEqual({ errors: [], failed: [] });
  await probe.close();
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return readFile((await file.path())!, 'utf8');
}

/** A file the page writes itself (the filtered rows), from a button. */
async function downloadFrom(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFile((await file.path())!, 'utf8');
}

describe('a unit’s tasks', () => {
  test('open a unit from its chip on a notice, see each task’s status, filter, download CSV and ICS', async () => {
    const probe = await site.newPage({ acceptDownloads: true });
    const { page } = probe;
    await page.clock.setFixedTime(TODAY);
    await page.goto(`${site.subpathUrl}notices/you-zheng-ban-fa-2020-17/`);
    await page.locator('a.chip', { hasText: '县司法局' }).first().click();
    await page.waitForURL(/\/zhengwu\/units\/230522-si-fa-ju\/$/);
    await expect.poll(() => page.locator('.task-status').first().textContent()).not.toBe('');

    expect(await page.locator('h1').textContent()).toContain('县司法局');
    expect(await page.locator('.unit-aliases').textContent()).toContain('司法局');
    const rows: Row[] = await rowsOf(page);
    const expected = (datetime: string | null) =>
      datetime === null
        ? null
        : datetime < '2020-12-15'
          ? s.status.overdue
          : datetime <= '2021-01-14'
            ? s.status.dueSoon
            : s.status.upcoming;
    for (const row of rows.filter((r) => r.datetime)) expect(row.status).toBe(expected(row.datetime));
    const statuses = new Set(rows.map((r) => r.status));
    expect(statuses).toContain(s.status.overdue);
    expect(statuses).toContain(s.status.dueSoon);
    // Tasks of 县直各单位 are listed and marked.
    expect(rows.some((r) => r.via === s.via('县直各单位'))).toBe(true);

    await page.getByLabel(s.filterStatus).selectOption('overdue');
    const overdue = (await rowsOf(page)).filter((r) => !r.hidden);
    expect(overdue.length).toBe(rows.filter((r) => r.status === s.status.overdue).length);
    expect(overdue.every((r) => r.status === s.status.overdue)).toBe(true);

    const csv = await download(page, s.csv);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...records] = parse(csv.slice(1)) as string[][];
    expect(header).toEqual(s.csvHeader);
    expect(records).toHaveLength(rows.length);
    expect(new Set(records.map((r) => r[0]))).toEqual(new Set(['县司法局']));
    expect(records.every((r) => r[12]!.startsWith(`${SUBPATH_SITE}/zhengwu/notices/you-zheng-ban-fa-2020-17/#`))).toBe(
      true,
    );

    const ics = await download(page, s.ics);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(rows.filter((r) => r.datetime).length);
    expect(events.map((e) => e.startDate.toString()).sort()).toEqual(
      rows.flatMap((r) => (r.datetime ? [r.datetime] : [])).sort(),
    );
    for (const event of events) {
      const url = String(event.component.getFirstPropertyValue('url'));
      expect(url).toMatch(
        /^https:\/\/deploy\.example\.gov\.cn\/zhengwu\/notices\/you-zheng-ban-fa-2020-17\/#[a-z0-9_]+$/,
      );
      expect(event.description).toContain(url);
    }

    await expectCleanAndAccessible(probe);
  });

  test('the units index lists regions, each a page whose box finds a unit by any printed form, in either script', async () => {
    const probe = await site.newPage();
    const { page } = probe;
    await page.goto(`${site.subpathUrl}units/`);
    expect(await page.locator('.unit-region h2').allTextContents()).toEqual(['吉林省', '黑龙江省', '四川省']);
    const regions = () =>
      page.$$eval('.unit-region li:not([hidden]) .facet-list__label', (labels) => labels.map((l) => l.textContent));
    expect(await regions()).toEqual(['吉林省', '黑龙江省 › 双鸭山市 › 友谊县', '四川省 › 乐山市']);
    // No unit is listed here: a large corpus has too many for one page.
    expect(await page.locator('a[href*="/units/230522-"]').count()).toBe(0);
    await page.getByLabel(s.filterRegions).fill('友誼');
    await expect.poll(regions).toEqual(['黑龙江省 › 双鸭山市 › 友谊县']);
    await page.getByRole('link', { name: /友谊县/ }).click();
    await page.waitForURL(/\/zhengwu\/units\/region\/230522\/$/);

    const units = () =>
      page.$$eval('.unit-region li:not([hidden]) .facet-list__label', (labels) => labels.map((l) => l.textContent));
    const box = page.getByLabel(s.filter);
    await box.fill('衛生健康');
    await expect.poll(units).toEqual(['县卫生健康局', '卫生健康局等部门']);
    // 司法局, as a county notice also prints it, is an alias of 县司法局.
    await box.fill('司法局');
    await expect.poll(units).toEqual(['县司法局']);
    await box.fill('');
    await expect.poll(async () => (await units()).length).toBeGreaterThan(5);
    await expectCleanAndAccessible(probe);
  });

  test('an old unit URL (units keyed by name) leads to the unit of its region', async () => {
    const probe = await site.newPage();
    const { page } = probe;
    await page.goto(`${site.subpathUrl}units/xian-si-fa-ju/`);
    await page.waitForURL(/\/zhengwu\/units\/230522-si-fa-ju\/$/);
    expect(await page.locator('h1').textContent()).toContain('县司法局');
    await probe.close();
  });

  test('the deadline view has a page per month that filters its tasks and downloads exactly what the filters leave, as CSV and ICS', async () => {
    // In dark mode: the status badges keep their contrast.
    const probe = await site.newPage({ acceptDownloads: true, colorScheme: 'dark' });
    const { page } = probe;
    await page.clock.setFixedTime(TODAY);
    await page.goto(`${site.subpathUrl}deadlines/`);
    const months = await page
      .locator('.deadline-year a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(months.length).toBeGreaterThan(1);
    expect(months).toEqual([...months].sort());
    await page.getByRole('link', { name: /2020年11月/ }).click();
    await page.waitForURL(/\/zhengwu\/deadlines\/2020-11\/$/);
    await page.getByLabel(s.filterUnit).selectOption('县司法局');
    await page.getByLabel(s.filterStatus).selectOption('overdue');
    const shown = await page
      .locator('tbody tr:not([hidden])')
      .evaluateAll((rows) =>
        rows.map(
          (row) =>
            `${row.querySelector('td:nth-child(3)')!.textContent} ${row.querySelector('.task-status')!.textContent}`,
        ),
      );
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([`县司法局 ${s.status.overdue}`]));
    expect(await page.locator('tbody tr[hidden]').count()).toBeGreaterThan(0);

    const shownRows = await page.locator('tbody tr:not([hidden])').evaluateAll((rows) =>
      rows.map((row) => ({
        deadline: row.querySelector('time')!.getAttribute('datetime')!,
        link: (row.querySelector('td:nth-child(4) a') as HTMLAnchorElement).href,
      })),
    );
    const expected = shownRows.map((r) => `${r.deadline} ${r.link.replace(/^https?:\/\/[^/]+/, SUBPATH_SITE)}`).sort();

    const csv = await downloadFrom(page, s.filteredCsv);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...records] = parse(csv.slice(1)) as string[][];
    expect(header).toEqual(s.csvHeader);
    expect(records.every((r) => r[0] === '县司法局' && r[8]!.startsWith('2020-11-'))).toBe(true);
    expect(records.map((r) => `${r[8]} ${r[12]}`).sort()).toEqual(expected);
    // Formula-like text stays text (the page writes the file with the build's exporter).
    expect(records.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);

    const ics = await downloadFrom(page, s.filteredIcs);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(
      events.map((e) => `${e.startDate.toString()} ${String(e.component.getFirstPropertyValue('url'))}`).sort(),
    ).toEqual(expected);
    for (const event of events)
      expect(event.description).toContain(String(event.component.getFirstPropertyValue('url')));

    await expectCleanAndAccessible(probe);
  });

  test('every task of every unit is on one of its pages, and in its files', async () => {
    const units = path.join(DIST_SUBPATH, 'units');
    const slugs = readdirSync(units).filter((slug) => existsSync(path.join(units, slug, 'tasks.json')));
    expect(slugs.length).toBeGreaterThan(10);
    for (const slug of slugs) {
      const folder = path.join(units, slug);
      const pages = [
        'index.html',
        ...readdirSync(folder)
          .filter((name) => /^\d+$/.test(name))
          .map((n) => `${n}/index.html`),
      ];
      const rows = pages.reduce(
        (sum, page) => sum + (readFileSync(path.join(folder, page), 'utf8').match(/<tr data-deadline/g) ?? []).length,
        0,
      );
      const { tasks } = JSON.parse(readFileSync(path.join(folder, 'tasks.json'), 'utf8')) as { tasks: unknown[] };
      const csv = parse(readFileSync(path.join(folder, 'tasks.csv'), 'utf8').slice(1)) as string[][];
      expect({ slug, rows, records: csv.length - 1 }).toEqual({ slug, rows: tasks.length, records: tasks.length });
    }
  });

  test('a pinned unit’s overdue and upcoming tasks come first on the home page', async () => {
    const probe = await site.newPage();
    const { page } = probe;
    await page.clock.setFixedTime(TODAY);
    await page.goto(`${site.subpathUrl}units/230522-si-fa-ju/`);
    await page.getByRole('button', { name: s.pin }).click();
    await expect.poll(() => page.locator('[data-pin-status]').textContent()).toBe(s.pinned);
    await page.goto(site.subpathUrl);
    const panel = page.locator('[data-my-unit]');
    await expect.poll(() => panel.locator('li').count()).toBeGreaterThan(0);
    expect(await panel.locator('h2').textContent()).toBe(strings.myUnit.title('县司法局'));
    const statuses = await panel.locator('.task-status').allTextContents();
    expect(statuses[0]).toBe(s.status.overdue);
    const order: string[] = [s.status.overdue, s.status.dueSoon, s.status.upcoming];
    expect(statuses.map((x) => order.indexOf(x))).toEqual(statuses.map((x) => order.indexOf(x)).sort());
    const href = await panel.locator('li a').first().getAttribute('href');
    expect(href).toMatch(/^\/zhengwu\/notices\/you-zheng-ban-fa-2020-17\/#/);
    // The panel sits before the newest notices.
    const before = await page.evaluate(() => {
      const mine = document.querySelector('[data-my-unit]')!;
      const newest = document.getElementById('newestNotices')!;
      return Boolean(mine.compareDocumentPosition(newest) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    await expectCleanAndAccessible(probe);
  });
});
