/**
 * A step of npm run build, after astro build: a page at the old URL of every notice whose id was changed by hand in
 * content/notice-ids.json (generated/redirects.json, old id → new id). A static host sends no redirect, so the page
 * does it: a script carries the clause anchor (#sec_2…) over, and without scripts a meta refresh goes to the notice.
 * Both use a relative URL (../<new id>/), which holds at the root and under any BASE.
 *
 *   node scripts/build-redirects.ts [--site dist]   (--site defaults to OUT_DIR's folder)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { strings } from '../src/i18n/strings.ts';
import { deploySettings } from './lib/deploy-settings.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Beside the notice pages: the one script the redirect pages load (the policy allows the site's own files). */
export const MOVED_SCRIPT = 'moved.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page served at /notices/<from>/ for a notice now at /notices/<to>/. */
export function movedPage(to: string, title: string): string {
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
<p>${escapeHtml(strings.moved.body)}<a id="moved-to" href="${href}">${escapeHtml(title)}</a></p>
<script src="../${MOVED_SCRIPT}"></script>
</body>
</html>
`;
}

/** Goes to the new page at once, keeping the clause anchor. */
export const movedScript = `location.replace(document.getElementById('moved-to').href + location.hash);\n`;

/** Writes the redirect pages into `site`; returns how many. Never writes over a page that exists. */
export function writeRedirects(site: string, redirects: Record<string, string>, titles: Map<string, string>): number {
  let written = 0;
  for (const [from, to] of Object.entries(redirects)) {
    const folder = path.join(site, 'notices', from);
    if (existsSync(path.join(folder, 'index.html')))
      throw new Error(`notices/${from}/ is a page of its own: it cannot redirect to ${to}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.html'), movedPage(to, titles.get(to) ?? to));
    written++;
  }
  if (written) writeFileSync(path.join(site, 'notices', MOVED_SCRIPT), movedScript);
  return written;
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
  const notices = JSON.parse(readFileSync(path.join(generated, 'notices.json'), 'utf8')) as {
    id: string;
    title: string;
  }[];
  const written = writeRedirects(
    path.resolve(ROOT, values.site),
    redirects,
    new Map(notices.map((n) => [n.id, n.title])),
  );
  console.log(`redirects: ${written} old notice URL(s) lead to their new page`);
}

if (import.meta.main) await main();
