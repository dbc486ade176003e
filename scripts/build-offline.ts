/**
 * The last step of npm run build, after the search index: what the service worker keeps offline, and the worker.
 *
 *   node scripts/build-offline.ts [--site dist] [--budget 10485760]   (--site defaults to OUT_DIR's folder)
 *
 * Measures the built files, plans the precache within the byte budget (src/offline/precache-plan.ts), hashes what
 * it will precache into a version, and writes <site>/offline-manifest.json and <site>/sw.js (src/offline/
 * service-worker.ts bundled, OFFLINE_VERSION defined in front). Prints the plan, raw and gzip bytes.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { compareNewestFirst, noticeDate } from '../src/lib/format.ts';
import { Notice } from '../src/model/notice.ts';
import { OFFLINE_MANIFEST, type OfflineManifest } from '../src/offline/manifest.ts';
import { OFFLINE_BUDGET_BYTES, planPrecache, type SiteFile } from '../src/offline/precache-plan.ts';
import { deploySettings } from './lib/deploy-settings.ts';
import { readNoticeLines } from '../src/model/notice-lines.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORKER_SOURCE = path.join(ROOT, 'src', 'offline', 'service-worker.ts');
/** Pages of the shell, besides the bundled assets: the offline page answers for any page not kept. */
const SHELL_PAGES = ['', 'search/', 'offline/', 'favicon.svg'];

/** The file a URL path relative to the base is served from: a page's index.html, or the file itself. */
const fileOf = (site: string, urlPath: string) =>
  path.join(site, urlPath === '' || urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);

async function measure(site: string, urlPath: string): Promise<SiteFile> {
  return { path: urlPath, bytes: (await stat(fileOf(site, urlPath))).size };
}

/** URL paths of every file under a folder of the site, '/'-separated. */
async function filesUnder(site: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(site, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The worker as one classic script (a module worker would leave out Firefox before 147). */
async function bundleWorker(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return outputFiles[0]!.text;
}

async function main(): Promise<void> {
  const deploy = deploySettings(process.env, ROOT);
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: deploy.outDir },
      budget: { type: 'string', default: String(OFFLINE_BUDGET_BYTES) },
    },
  });
  const site = path.resolve(values.site);
  const budget = Number(values.budget);
  if (!Number.isSafeInteger(budget) || budget <= 0)
    throw new Error(`--budget must be a number of bytes: ${values.budget}`);

  // The data export beside the pages is the list of what was deployed; what the manifest lists of each notice is kept.
  const notices = [];
  for await (const raw of readNoticeLines(path.join(site, 'notices.json'))) {
    const { id, title, documentNumber, signedDate, publishedDate, printedDate, lang } = Notice.parse(raw);
    notices.push({ id, title, documentNumber, signedDate, publishedDate, printedDate, lang });
  }
  const shellPaths = [...SHELL_PAGES, ...(await filesUnder(site, '_astro'))];
  const plan = planPrecache(
    {
      shell: await Promise.all(shellPaths.map((urlPath) => measure(site, urlPath))),
      search: await Promise.all((await filesUnder(site, 'pagefind')).map((urlPath) => measure(site, urlPath))),
      notices: await Promise.all(
        notices.map(async (notice) => ({
          ...(await measure(site, `notices/${notice.id}/`)),
          date: noticeDate(notice),
        })),
      ),
    },
    budget,
  );

  const precached = new Set(plan.notices);
  const manifest: Omit<OfflineManifest, 'version'> = {
    budget,
    bytes: plan.bytes,
    searchIndex: plan.searchIndex,
    precache: plan.paths,
    notices: [...notices].sort(compareNewestFirst).map((notice) => ({
      path: `notices/${notice.id}/`,
      title: notice.title,
      documentNumber: notice.documentNumber,
      date: noticeDate(notice),
      lang: notice.lang,
      precached: precached.has(`notices/${notice.id}/`),
    })),
  };

  // The version changes exactly when what a visitor would keep changes: a precached file's content, the notices'
  // list, or the worker's code. A rebuild of the same content keeps it, and nobody downloads anything again.
  const worker = await bundleWorker();
  const contents = await Promise.all(plan.paths.map((urlPath) => readFile(fileOf(site, urlPath))));
  const hash = createHash('sha256').update(JSON.stringify(manifest)).update(worker);
  plan.paths.forEach((urlPath, i) => hash.update(`\n${urlPath}\n`).update(contents[i]!));
  const version = hash.digest('hex').slice(0, 16);

  await writeFile(path.join(site, OFFLINE_MANIFEST), JSON.stringify({ version, ...manifest }));
  await writeFile(path.join(site, 'sw.js'), `const OFFLINE_VERSION = ${JSON.stringify(version)};\n${worker}`);

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const gzip = contents.reduce((total, content) => total + gzipSync(content).length, 0);
  console.log(
    `build-offline: version ${version}; precache ${plan.paths.length} files, ${kb(plan.bytes)} raw, ${kb(gzip)} gzip ` +
      `(budget ${kb(budget)}): the shell, the search index (${plan.searchIndex}), ` +
      `${plan.notices.length} of ${notices.length} notice pages, newest first`,
  );
  // The last step of npm run build: repeat what astro.config.mjs warned about, where the reader looks.
  for (const warning of deploy.warnings) console.warn(warning);
}

await main();
