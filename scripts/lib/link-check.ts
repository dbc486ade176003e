/**
 * Every link of a built site checked against the files: each href and src of every page (a, area, link, script, img,
 * form action) on the site's own origin must name a file of dist/ under the base path, and a fragment (#sec_2) an
 * element id on that page. External links are counted, not followed. A long notice's pages.json (eId → the page past
 * the first that shows it, src/model/notice-pages.ts) is read as links too: each must lead to a page with that id,
 * since a link to the first page at such a clause is taken there. Used by the browser tests over dist/ at / and
 * under BASE=/zhengwu/; `node scripts/lib/link-check.ts <dist> [base]` prints the same report.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface DanglingLink {
  /** The page the link is on, relative to dist/. */
  page: string;
  href: string;
  reason: 'outside the base path' | 'no such file' | 'no such fragment';
}

export interface LinkReport {
  pages: number;
  /** Links to the site itself that were checked, and how many of them carry a fragment. */
  internal: number;
  fragments: number;
  external: number;
  dangling: DanglingLink[];
}

const LINKING: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  form: 'action',
};
const ORIGIN = 'http://site.invalid';

const filesEnding = (dist: string, end: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(end))
    .sort();

/** A long notice's pages.json as links from its first page: each page's URL at each clause it shows. */
function pagesJsonLinks(dist: string, file: string): string[] {
  const { urls, pages } = JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as {
    urls: string[];
    pages: Record<string, number>;
  };
  return Object.entries(pages).map(([eId, page]) => `${urls[page - 1] ?? '(no such page)'}#${encodeURIComponent(eId)}`);
}

function walk(node: Root | Element, visit: (element: Element) => void) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walk(child, visit);
    if (child.content) walk(child.content, visit);
  }
}

interface Page {
  ids: Set<string>;
  links: string[];
}

function readPage(file: string): Page {
  const ids = new Set<string>();
  const links: string[] = [];
  walk(fromHtml(readFileSync(file, 'utf8')), (element) => {
    const id = element.properties.id;
    if (typeof id === 'string') ids.add(id);
    // <a name> is a fragment target as well.
    if (element.tagName === 'a' && typeof element.properties.name === 'string') ids.add(element.properties.name);
    const attribute = LINKING[element.tagName];
    const value = attribute ? element.properties[attribute] : undefined;
    if (typeof value === 'string') links.push(value);
  });
  return { ids, links };
}

/** The file a URL path serves (…/ → …/index.html), or null. */
function fileOf(dist: string, relative: string): string | null {
  const file = path.join(dist, relative);
  if (relative === '' || relative.endsWith('/'))
    return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : null;
}

export function checkLinks(dist: string, base = '/'): LinkReport {
  const root = base.endsWith('/') ? base : `${base}/`;
  const files = filesEnding(dist, '.html');
  const pages = new Map<string, Page>();
  const pageOf = (file: string) => {
    let page = pages.get(file);
    if (!page) pages.set(file, (page = readPage(file)));
    return page;
  };
  const report: LinkReport = { pages: files.length, internal: 0, fragments: 0, external: 0, dangling: [] };
  for (const relativeFile of files) {
    const file = path.join(dist, relativeFile);
    const here = new URL(
      root +
        relativeFile
          .split(path.sep)
          .join('/')
          .replace(/(^|\/)index\.html$/, '$1'),
      ORIGIN,
    );
    const pagesJson = relativeFile.replace(/index\.html$/, 'pages.json');
    const mapped = relativeFile.startsWith(`notices${path.sep}`) && existsSync(path.join(dist, pagesJson));
    for (const href of [...pageOf(file).links, ...(mapped ? pagesJsonLinks(dist, pagesJson) : [])]) {
      const url = new URL(href, here);
      if (url.origin !== ORIGIN) {
        report.external++;
        continue;
      }
      report.internal++;
      const dangling = (reason: DanglingLink['reason']) => report.dangling.push({ page: relativeFile, href, reason });
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(root)) {
        dangling('outside the base path');
        continue;
      }
      const target = fileOf(dist, pathname.slice(root.length));
      if (!target) {
        dangling('no such file');
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        report.fragments++;
        if (!pageOf(target).ids.has(decodeURIComponent(url.hash.slice(1)))) dangling('no such fragment');
      }
    }
  }
  return report;
}

if (import.meta.main) {
  const [dist = 'dist', base = '/'] = process.argv.slice(2);
  const report = checkLinks(path.resolve(dist), base);
  console.log(
    `link-check ${dist} at ${base}: ${report.pages} pages, ${report.internal} internal links (${report.fragments} with a fragment), ${report.external} external, ${report.dangling.length} dangling`,
  );
  for (const d of report.dangling) console.log(`  ${d.page}: ${d.href} — ${d.reason}`);
  process.exitCode = report.dangling.length ? 1 : 0;
}
