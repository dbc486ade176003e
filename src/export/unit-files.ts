/**
 * Each unit's files beside its page — /units/<slug>/tasks.csv, tasks.ics, tasks.json and rss.xml — written in one pass
 * after the build instead of as four Astro routes. A route costs Astro about a millisecond a file whatever the file:
 * at 1,000 generated notices the 69,320 unit files took 80 s of the build's 122 s of rendering, and at 10,000 there
 * are 356,000 of them. Here a unit's rows are made once for its spreadsheet and its calendar. `astro dev` serves the
 * same files from the same code.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRssString } from '@astrojs/rss';
import type { AstroIntegration } from 'astro';
import { strings } from '../i18n/strings.ts';
import { buildCatalog, type Catalog, type Unit } from '../lib/catalog.ts';
import { noticeDate } from '../lib/format.ts';
import { taskSummaries } from '../lib/my-unit.ts';
import { clauseLinkOn, exportRow, tasksCsv, tasksIcs } from '../lib/task-export.ts';
import { regionLabel } from '../lib/unit-regions.ts';
import { makeUrls, type Urls } from '../lib/url-scheme.ts';
import type { Notice } from '../model/notice.ts';
import { readNoticeLines } from '../model/notice-lines.ts';

/** The files and the type each is served as (the dev server's Content-Type; a static host goes by the extension). */
export const UNIT_FILES = {
  'tasks.csv': 'text/csv; charset=utf-8',
  'tasks.ics': 'text/calendar; charset=utf-8',
  'tasks.json': 'application/json; charset=utf-8',
  'rss.xml': 'application/rss+xml; charset=utf-8',
} as const;
export type UnitFileName = keyof typeof UNIT_FILES;

/** What every unit's files are written against: the deployment's origin and base, and the corpus's notice order. */
export interface UnitFileContext {
  site: URL;
  urls: Urls;
  /** Each notice's place in the catalog, newest first: the feed's order. */
  place: Map<string, number>;
}

export function unitFileContext(catalog: Pick<Catalog, 'notices'>, site: string | URL, base: string): UnitFileContext {
  return {
    site: new URL(site),
    urls: makeUrls(base),
    place: new Map(catalog.notices.map((notice, i) => [notice.id, i])),
  };
}

/** A unit's tasks as a feed, newest notice first: a department subscribes to what is asked of it. */
function unitFeed(unit: Unit, { site, urls, place }: UnitFileContext): Promise<string> {
  const tasks = [...unit.tasks].sort((a, b) => place.get(a.notice.id)! - place.get(b.notice.id)!);
  // Absolute, so @astrojs/rss takes the link as it is: it puts a '/' after a relative one, after its #fragment too.
  const link = clauseLinkOn(site, urls);
  return getRssString({
    title: strings.units.feedTitle(`${unit.name}（${regionLabel(unit)}）`),
    description: strings.units.unitTitle(unit.name),
    site: new URL(urls.unit(unit.slug), site.origin).href,
    customData: '<language>zh-cn</language>',
    items: tasks.map((task) => {
      const { notice, clause, responsibility } = task;
      const date = noticeDate(notice);
      return {
        title: `${clause.citation} ${clause.clause.heading ?? ''}`.trim(),
        link: link(task),
        ...(date && { pubDate: new Date(`${date}T00:00:00+08:00`) }),
        description: [notice.title, responsibility.deadline].filter(Boolean).join(' · '),
      };
    }),
  });
}

/** A unit's four files: every task in the spreadsheet, the dated ones in the calendar, the data the home page reads. */
export async function unitFiles(unit: Unit, context: UnitFileContext): Promise<Record<UnitFileName, string>> {
  const { site, urls } = context;
  const rows = unit.tasks.map((task) => exportRow(unit, task, clauseLinkOn(site, urls)));
  const tasks = taskSummaries(unit, (task) => urls.notice(task.notice.id, task.clause.clause.eId));
  return {
    'tasks.csv': tasksCsv(rows),
    'tasks.ics': tasksIcs(`${unit.name}（${regionLabel(unit)}）`, rows),
    'tasks.json': JSON.stringify({ slug: unit.slug, name: unit.name, tasks }),
    'rss.xml': await unitFeed(unit, context),
  };
}

/** Writes every unit's files under <dir>/units/<slug>/; returns how many files it wrote. */
export async function writeUnitFiles(catalog: Pick<Catalog, 'units'>, dir: string, context: UnitFileContext) {
  let files = 0;
  for (const unit of catalog.units) {
    const folder = path.join(dir, 'units', unit.slug);
    await mkdir(folder, { recursive: true });
    const written = Object.entries(await unitFiles(unit, context));
    await Promise.all(written.map(([name, body]) => writeFile(path.join(folder, name), body)));
    files += written.length;
  }
  return files;
}

/** The catalog of a notices.json as the converter writes it, read a line at a time. */
export async function readCatalog(file: string): Promise<Catalog> {
  const notices: Notice[] = [];
  for await (const notice of readNoticeLines(file)) notices.push(notice as Notice);
  return buildCatalog(notices);
}

const WRITER = fileURLToPath(new URL('unit-files-writer.ts', import.meta.url));

/** unit-files-writer.ts in a process of its own; resolves with what it printed, rejects with what it complained of. */
function runWriter(notices: string, out: string, site: string, base: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = [WRITER, '--notices', notices, '--out', out, '--site', site, '--base', base];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout.trim()) : reject(new Error(`unit files: the writer exited with ${code}\n${stderr}`)),
    );
  });
}

/** Moves each unit's files from where the writer put them to beside the unit's page; returns how many it moved. */
async function moveUnitFiles(from: string, to: string): Promise<number> {
  let moved = 0;
  const units = path.join(from, 'units');
  for (const slug of await readdir(units)) {
    await mkdir(path.join(to, 'units', slug), { recursive: true });
    for (const name of await readdir(path.join(units, slug))) {
      await rename(path.join(units, slug, name), path.join(to, 'units', slug, name));
      moved++;
    }
  }
  await rm(from, { recursive: true, force: true });
  return moved;
}

/**
 * The unit files of the site. `astro build` has them written by a process of its own while it renders the pages, on
 * the core rendering leaves idle (Astro empties its output folder first, so they are written beside it and moved in
 * when the build is done); `astro dev` serves them from generated/notices.json.
 */
export function unitFilesIntegration(): AstroIntegration {
  let source: string;
  let site: string;
  let base: string;
  let staging: string;
  let writing: Promise<string> | undefined;
  return {
    name: 'zhengwu:unit-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        source = fileURLToPath(new URL('generated/notices.json', config.root));
        site = config.site ?? 'http://localhost:4321';
        base = config.base;
        staging = fileURLToPath(new URL('unit-files/', config.cacheDir));
      },
      'astro:build:start': async () => {
        await rm(staging, { recursive: true, force: true });
        writing = runWriter(source, staging, site, base);
        // Its failure is reported when the build is done and waits for it, not as an unhandled rejection before.
        writing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writing!;
        const moved = await moveUnitFiles(staging, fileURLToPath(dir));
        logger.info(`${report}; ${moved} moved beside their pages`);
      },
      'astro:server:setup': ({ server }) => {
        // The catalog as of the first request after the converter last wrote: a dev server outlives conversions.
        let cached: { at: number; catalog: Promise<Catalog> } | undefined;
        const pattern = /^units\/([^/]+)\/([^/?#]+)$/;
        server.middlewares.use((request, response, next) => {
          const match = pattern.exec(
            decodeURIComponent(request.url ?? '')
              .replace(base, '')
              .replace(/^\//, ''),
          );
          const name = match?.[2] as UnitFileName | undefined;
          if (!match || !name || !(name in UNIT_FILES)) return next();
          void (async () => {
            const { mtimeMs } = statSync(source);
            if (cached?.at !== mtimeMs) cached = { at: mtimeMs, catalog: readCatalog(source) };
            const catalog = await cached.catalog;
            const unit = catalog.units.find((u) => u.slug === match[1]);
            if (!unit) return next();
            const body = (await unitFiles(unit, unitFileContext(catalog, site, base)))[name];
            response.setHeader('Content-Type', UNIT_FILES[name]);
            response.end(body);
          })().catch(next);
        });
      },
    },
  };
}
