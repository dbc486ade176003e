/**
 * A step of npm run build, after astro build: a page at the old URL of every notice whose id was changed by hand in
 * content/notice-ids.json (generated/redirects.json, old id → new id). A static host sends no redirect, so the page
 * does it: a script carries the clause anchor (#sec_2…) over, and without scripts a meta refresh goes to the notice.
 * Both use a relative URL (../<new id>/), which holds at the root and under any BASE.
 *
 * Likewise the old unit URLs: units were once keyed by the name as printed (/units/xian-si-fa-ju/, one page for
 * 县司法局 of every county) and are now keyed by region (/units/230522-si-fa-ju/). An old URL whose name now belongs
 * to one unit leads to it; one shared by units of several regions lists them, for the reader to choose.
 *
 *   node scripts/build-redirects.ts [--site dist]   (--site defaults to OUT_DIR's folder)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { strings } from '../src/i18n/strings.ts';
import { buildCatalog, type Catalog } from '../src/lib/catalog.ts';
import { push } from '../src/lib/multimap.ts';
import { assignSlugs } from '../src/lib/slugs.ts';
import { regionLabel } from '../src/lib/unit-regions.ts';
import { Notices } from '../src/model/notice.ts';
import { deploySettings } from './lib/deploy-settings.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Beside the notice pages: the one script the redirect pages load (the policy allows the site's own files). */
export const MOVED_SCRIPT = 'moved.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page served at /notices/<from>/ for a notice now at /notices/<to>/ (or at /units/<from>/ for a unit). */
export function movedPage(to: string, title: string, body: string = strings.moved.body): string {
  const href = `../${encodeURIComponent(to)}/`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="1; url=${href}">
<title>${escapeHtml(strings.moved.title(title))}</title>
</head>
<body>
<p>${escapeHtml(body)}<a id="moved-to" href="${href}">${escapeHtml(title)}</a></p>
<script src="../${MOVED_SCRIPT}"></script>
</body>
</html>
`;
}

/** The page served at an old unit URL that units of several regions now share: a link to each, none chosen. */
export function splitUnitPage(name: string, units: { slug: string; label: string }[]): string {
  const items = units
    .map(({ slug, label }) => `<li><a href="../${encodeURIComponent(slug)}/">${escapeHtml(label)}</a></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>${escapeHtml(strings.moved.unitSplitTitle(name))}</title>
</head>
<body>
<h1>${escapeHtml(strings.moved.unitSplitTitle(name))}</h1>
<p>${escapeHtml(strings.moved.unitSplitBody)}</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}

/** Goes to the new page at once, keeping the clause anchor. */
export const movedScript = `location.replace(document.getElementById('moved-to').href + location.hash);\n`;

/** Writes `html` as <section>/<from>/index.html; never over a page that exists. */
function writeOldPage(site: string, section: string, from: string, html: string): void {
  const folder = path.join(site, section, from);
  if (existsSync(path.join(folder, 'index.html')))
    throw new Error(`${section}/${from}/ is a page of its own: it cannot lead elsewhere`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), html);
}

/** Writes the redirect pages into `site`; returns how many. Never writes over a page that exists. */
export function writeRedirects(site: string, redirects: Record<string, string>, titles: Map<string, string>): number {
  let written = 0;
  for (const [from, to] of Object.entries(redirects)) {
    writeOldPage(site, 'notices', from, movedPage(to, titles.get(to) ?? to));
    written++;
  }
  if (written) writeFileSync(path.join(site, 'notices', MOVED_SCRIPT), movedScript);
  return written;
}

/** An old unit URL: the printed name it was keyed by and the units of the regions that name now leads to. */
export interface FormerUnitUrl {
  slug: string;
  name: string;
  units: { slug: string; label: string }[];
}

/**
 * Every old unit URL the corpus makes: the slugs the name-keyed units had (assignSlugs over every printed name in the
 * notes, as that version did), each with the unit its name reads as in each notice that prints it.
 */
export function formerUnitUrls(
  catalog: Pick<Catalog, 'notices' | 'clausesOf' | 'unitSlug' | 'units'>,
): FormerUnitUrl[] {
  const unitsByName = new Map<string, string[]>();
  for (const notice of catalog.notices)
    for (const { clause } of catalog.clausesOf(notice).values())
      for (const name of [...(clause.duty?.lead ?? []), ...(clause.duty?.units ?? [])]) {
        const slug = catalog.unitSlug(notice, name);
        if (slug && !unitsByName.get(name)?.includes(slug)) push(unitsByName, name, slug);
      }
  const bySlug = new Map(catalog.units.map((u) => [u.slug, u]));
  const slugs = [...assignSlugs(unitsByName.keys())].sort(([, a], [, b]) => (a < b ? -1 : 1));
  return slugs.map(([name, slug]) => ({
    slug,
    name,
    units: unitsByName
      .get(name)!
      .sort()
      .map((s) => ({ slug: s, label: `${bySlug.get(s)!.name}（${regionLabel(bySlug.get(s)!)}）` })),
  }));
}

/** Writes a page at each old unit URL; returns how many. */
export function writeUnitRedirects(site: string, former: FormerUnitUrl[]): number {
  for (const { slug, name, units } of former)
    writeOldPage(
      site,
      'units',
      slug,
      units.length === 1
        ? movedPage(units[0]!.slug, units[0]!.label, strings.moved.unitBody)
        : splitUnitPage(name, units),
    );
  if (former.length) writeFileSync(path.join(site, 'units', MOVED_SCRIPT), movedScript);
  return former.length;
}

async function main() {
  const { values } = parseArgs({
    options: { site: { type: 'string', default: deploySettings(process.env, ROOT).outDir } },
  });
  const generated = path.join(ROOT, 'generated');
  const redirectsFile = path.join(generated, 'redirects.json');
  const redirects = existsSync(redirectsFile)
    ? (JSON.parse(readFileSync(redirectsFile, 'utf8')) as Record<string, string>)
    : {};
  const notices = Notices.parse(JSON.parse(readFileSync(path.join(generated, 'notices.json'), 'utf8')));
  const site = path.resolve(ROOT, values.site);
  const written = writeRedirects(site, redirects, new Map(notices.map((n) => [n.id, n.title])));
  const former = formerUnitUrls(buildCatalog(notices));
  writeUnitRedirects(site, former);
  const split = former.filter((f) => f.units.length > 1).length;
  console.log(
    `redirects: ${written} old notice URL(s) lead to their new page; ${former.length} old unit URL(s): ` +
      `${former.length - split} lead to their unit, ${split} list the units of several regions`,
  );
}

if (import.meta.main) await main();
