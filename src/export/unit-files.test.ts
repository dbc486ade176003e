import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../lib/catalog.ts';
import type { Notice, Region } from '../model/notice.ts';
import { clause, component, duty, notice } from '../../tests/helpers/notices.ts';
import {
  UNIT_FILES,
  type UnitFileName,
  unitFileContext,
  unitFiles,
  unitFilesIntegration,
  writeUnitFiles,
} from './unit-files.ts';

const youyi: Region = { code: '230522', name: '友谊县', province: '黑龙江省', city: '双鸭山市', county: '友谊县' };
const SITE = 'https://example.gov.cn';

// Two notices of one county that both ask 县司法局 for something: one dated task a notice, and an ongoing one.
const older = notice('you-zheng-ban-fa-2019-4', {
  region: youyi,
  year: 2019,
  signedDate: '2019-03-01',
  components: [
    component('main', 'text', [
      clause('sec_1', '一、', [], { duty: duty(['县司法局'], [], '2019-06-30'), heading: '=SUM(A1)' }),
    ]),
  ],
});
const newer = notice('you-zheng-ban-fa-2020-17', {
  region: youyi,
  year: 2020,
  signedDate: '2020-05-01',
  components: [
    component('main', 'text', [
      clause('sec_1', '一、', [], { duty: duty([], ['县司法局'], '2020-12-31') }),
      clause('sec_2', '二、', [], { duty: duty([], ['县司法局'], 'ongoing') }),
    ]),
  ],
});
const notices: Notice[] = [older, newer];
const catalog = buildCatalog(notices);
const unit = catalog.units.find((u) => u.key === '230522:司法局')!;

describe('a unit’s files', () => {
  it('hold every task (the calendar its dated ones), linked to the clause under the base on the site’s origin', async () => {
    const files = await unitFiles(unit, unitFileContext(catalog, SITE, '/zhengwu/'));
    const csv = parse(files['tasks.csv'].slice(1)) as string[][];
    const links = csv.slice(1).map((row) => row.at(-1));
    expect(links.sort()).toEqual([
      `${SITE}/zhengwu/notices/you-zheng-ban-fa-2019-4/#sec_1`,
      `${SITE}/zhengwu/notices/you-zheng-ban-fa-2020-17/#sec_1`,
      `${SITE}/zhengwu/notices/you-zheng-ban-fa-2020-17/#sec_2`,
    ]);
    // A heading that looks like a formula stays text.
    expect(csv.flat().filter((cell) => cell.startsWith('='))).toEqual([]);

    const events = new ICAL.Component(ICAL.parse(files['tasks.ics'])).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstart'))).sort()).toEqual(['2019-06-30', '2020-12-31']);

    const data = JSON.parse(files['tasks.json']) as { slug: string; tasks: { href: string; lead: boolean }[] };
    expect(data.slug).toBe(unit.slug);
    expect(data.tasks.map((t) => t.href).sort()).toEqual([
      '/zhengwu/notices/you-zheng-ban-fa-2019-4/#sec_1',
      '/zhengwu/notices/you-zheng-ban-fa-2020-17/#sec_1',
      '/zhengwu/notices/you-zheng-ban-fa-2020-17/#sec_2',
    ]);
    expect(data.tasks.filter((t) => t.lead)).toHaveLength(1);
  });

  it('feed the newest notice’s tasks first', async () => {
    const files = await unitFiles(unit, unitFileContext(catalog, SITE, '/'));
    const links = [...files['rss.xml'].matchAll(/<item>.*?<link>([^<]*)<\/link>/g)].map((m) => m[1]);
    expect(links).toHaveLength(3);
    expect(links.at(-1)).toBe(`${SITE}/notices/you-zheng-ban-fa-2019-4/#sec_1`);
    expect(files['rss.xml']).toContain(`<link>${SITE}/units/${unit.slug}/</link>`);
  });

  it('are written for every unit, four each, beside its page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unit-files-'));
    const written = await writeUnitFiles(catalog, dir, unitFileContext(catalog, SITE, '/'));
    expect(written).toBe(catalog.units.length * 4);
    for (const { slug } of catalog.units)
      expect(readdirSync(join(dir, 'units', slug)).sort()).toEqual(Object.keys(UNIT_FILES).sort());
  });
});

/** A project whose generated/notices.json holds `lines` (the converter's notices.json, one notice a line), and the integration's hooks over it. */
function project(base: string, lines = notices.map((n) => JSON.stringify(n))) {
  const root = mkdtempSync(join(tmpdir(), 'unit-files-project-'));
  mkdirSync(join(root, 'generated'));
  writeFileSync(join(root, 'generated', 'notices.json'), `[\n${lines.join(',\n')}\n]\n`);
  const hooks = unitFilesIntegration().hooks as Record<string, (options: unknown) => Promise<void> | void>;
  const config = { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/.astro/`), site: SITE, base };
  void hooks['astro:config:done']!({ config });
  return { root, hooks };
}

describe('astro build', () => {
  it('has every unit’s files written while it renders, then moved beside the unit’s page', async () => {
    const { root, hooks } = project('/zhengwu/');
    const dist = join(root, 'dist');
    await hooks['astro:build:start']!({});
    // What Astro writes meanwhile: the unit's page.
    mkdirSync(join(dist, 'units', unit.slug), { recursive: true });
    writeFileSync(join(dist, 'units', unit.slug, 'index.html'), '<!doctype html>');
    const logged: string[] = [];
    await hooks['astro:build:done']!({
      dir: pathToFileURL(`${dist}/`),
      logger: { info: (m: string) => logged.push(m) },
    });
    const built = await unitFiles(unit, unitFileContext(catalog, SITE, '/zhengwu/'));
    for (const name of Object.keys(UNIT_FILES) as UnitFileName[])
      expect(readFileSync(join(dist, 'units', unit.slug, name), 'utf8')).toBe(built[name]);
    expect(readdirSync(join(dist, 'units')).sort()).toEqual(catalog.units.map((u) => u.slug).sort());
    expect(existsSync(join(root, '.astro', 'unit-files'))).toBe(false);
    expect(logged).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${catalog.units.length * 4} files of ${catalog.units.length} units .*; ${catalog.units.length * 4} moved`,
        ),
      ),
    ]);
  });

  it('stops, naming the file and line, when the notices cannot be read', async () => {
    const { root, hooks } = project('/', [JSON.stringify(older), '{"id": "broken"']);
    await hooks['astro:build:start']!({});
    const done = hooks['astro:build:done']!({ dir: pathToFileURL(`${root}/dist/`), logger: { info: () => {} } });
    await expect(done).rejects.toThrow(`${join(root, 'generated', 'notices.json')}:3: not one notice per line`);
  });
});

describe('the dev server', () => {
  /** The integration's middleware over a project of the notices above. */
  function devServer(base: string) {
    const { hooks } = project(base);
    let middleware!: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
    hooks['astro:server:setup']!({ server: { middlewares: { use: (fn: typeof middleware) => (middleware = fn) } } });
    return (url: string) =>
      new Promise<{ type?: string; body?: string; passed?: boolean }>((resolve, reject) => {
        const headers: Record<string, string> = {};
        const res = {
          setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
          end: (body: string) => resolve({ type: headers['content-type'], body }),
        } as unknown as ServerResponse;
        middleware({ url } as IncomingMessage, res, (error) => (error ? reject(error) : resolve({ passed: true })));
      });
  }

  it('serves the built files’ bytes under the base, and passes every other request on', async () => {
    const get = devServer('/zhengwu/');
    const built = await unitFiles(unit, unitFileContext(catalog, SITE, '/zhengwu/'));
    for (const name of Object.keys(UNIT_FILES) as UnitFileName[])
      expect(await get(`/zhengwu/units/${unit.slug}/${name}`)).toEqual({ type: UNIT_FILES[name], body: built[name] });
    expect(await get(`/zhengwu/units/${unit.slug}/`)).toEqual({ passed: true });
    expect(await get('/zhengwu/units/no-such-unit/tasks.csv')).toEqual({ passed: true });
    expect(await get(`/zhengwu/units/${unit.slug}/notes.txt`)).toEqual({ passed: true });
  });
});
