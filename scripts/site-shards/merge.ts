/**
 * Joins the outputs of a sharded site build (scripts/build-site.ts) into one site: the corpus shard's output as it
 * is, plus from each notices shard the pages of its own notices (notices/<id>/…) and its assets. Everything else a
 * notices shard wrote (its 404, the list pages of the few notices it read) is left out: the corpus shard wrote them
 * from the whole corpus. Files are moved, not copied.
 *
 * Assets are named by Vite from a hash of their content, and every shard builds them from the same sources: an asset
 * two shards both wrote must have the same bytes, and the merge stops, naming it, if not. It stops too if a notice's
 * page is missing or written twice. The sitemap is written again over every shard's pages, as @astrojs/sitemap
 * writes it (sorted, 45,000 a file). /alignments.json is filled in from the notices shards' own comparisons, in the
 * order the corpus shard gave (src/pages/alignments.json.ts): aligning every pair again there cost the corpus shard
 * most of its time.
 */
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ComparisonRecord, comparisonKey } from '../../src/align/export.ts';
import type { SiteShard } from '../../src/lib/site-shard.ts';

/** The folder Vite writes hashed assets to (Astro's build.assets). */
const ASSETS = '_astro';
const SITEMAP_FILE = /^sitemap-\d+\.xml$/;
const SITEMAP_INDEX = 'sitemap-index.xml';
/** @astrojs/sitemap's entryLimit default. */
const SITEMAP_ENTRIES = 45_000;
const ALIGNMENTS = 'alignments.json';

export interface MergeReport {
  pages: number;
  comparisons: number;
  assets: { moved: number; shared: number };
  sitemapUrls: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

async function move(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to);
}

/** The sitemap's <url> elements and its opening (the XML declaration and <urlset …>), from every sitemap-N.xml. */
async function readSitemap(dir: string): Promise<{ head: string; urls: Map<string, string> }> {
  const urls = new Map<string, string>();
  let head = '';
  for (const name of (await readdir(dir)).filter((n) => SITEMAP_FILE.test(n))) {
    const xml = await readFile(path.join(dir, name), 'utf8');
    head ||= xml.slice(0, xml.indexOf('<url>'));
    for (const [url, loc] of xml.matchAll(/<url><loc>([^<]*)<\/loc>.*?<\/url>/g)) urls.set(loc!, url);
  }
  return { head, urls };
}

async function writeSitemap(site: string, head: string, urls: Map<string, string>): Promise<void> {
  for (const name of (await readdir(site)).filter((n) => SITEMAP_FILE.test(n))) await rm(path.join(site, name));
  const locs = [...urls.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const files: string[] = [];
  for (let i = 0; i * SITEMAP_ENTRIES < locs.length || i === 0; i++) {
    const chunk = locs.slice(i * SITEMAP_ENTRIES, (i + 1) * SITEMAP_ENTRIES);
    await writeFile(
      path.join(site, `sitemap-${i}.xml`),
      `${head}${chunk.map((loc) => urls.get(loc)).join('')}</urlset>`,
    );
    files.push(`sitemap-${i}.xml`);
  }
  const index = await readFile(path.join(site, SITEMAP_INDEX), 'utf8');
  const opening = index.slice(0, index.indexOf('<sitemap>'));
  // The files' URLs as the corpus shard's index gives its first: the site's origin and base.
  const origin = /<loc>([^<]*)<\/loc>/.exec(index)?.[1];
  if (!origin) throw new Error(`merge: no sitemap in ${path.join(site, SITEMAP_INDEX)}`);
  await writeFile(
    path.join(site, SITEMAP_INDEX),
    `${opening}${files.map((file) => `<sitemap><loc>${new URL(file, origin).href}</loc></sitemap>`).join('')}</sitemapindex>`,
  );
}

/**
 * The comparisons of /alignments.json, as each notices shard wrote them: a pair whose two notices are in two shards
 * was aligned by both, and must have come out alike.
 */
class ComparisonRecords {
  private readonly records = new Map<string, { json: string; shard: string }>();

  async add(shard: string, file: string): Promise<void> {
    if (!existsSync(file)) throw new Error(`merge: shard ${shard} wrote no ${ALIGNMENTS} (${file})`);
    for (const record of JSON.parse(await readFile(file, 'utf8')) as ComparisonRecord[]) {
      const key = comparisonKey(record.kind, record.local.key, record.higher.key);
      const json = JSON.stringify(record);
      const earlier = this.records.get(key);
      if (!earlier) this.records.set(key, { json, shard });
      else if (earlier.json !== json)
        throw new Error(`merge: the comparison ${key} differs between shards ${earlier.shard} and ${shard}`);
    }
  }

  /** Writes the records in the order of the keys the corpus shard wrote to `file`, over them. */
  async write(file: string): Promise<number> {
    const keys: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string'))
      throw new Error(`merge: ${file} is not the corpus shard's list of comparisons (src/pages/alignments.json.ts)`);
    const records = keys.map((key) => {
      const record = this.records.get(key);
      if (!record) throw new Error(`merge: no notices shard aligned the comparison ${key}`);
      return record.json;
    });
    // As JSON.stringify writes the array, one record at a time: at scale the whole is too long for one string.
    const out = await open(file, 'w');
    try {
      await out.write('[');
      for (const [i, json] of records.entries()) await out.write(i === 0 ? json : `,${json}`);
      await out.write(']');
    } finally {
      await out.close();
    }
    return records.length;
  }
}

/** Moves the shards' outputs (`outputOf(shard)`) into `site` (emptied first). */
export async function mergeShards(
  shards: SiteShard[],
  outputOf: (shard: SiteShard) => string,
  site: string,
): Promise<MergeReport> {
  const corpus = shards.find((shard) => shard.role === 'corpus');
  if (!corpus) throw new Error('merge: the plan has no corpus shard');
  await rm(site, { recursive: true, force: true });
  await mkdir(path.dirname(site), { recursive: true });
  await rename(outputOf(corpus), site);
  const sitemap = await readSitemap(site);
  const report: MergeReport = { pages: 0, comparisons: 0, assets: { moved: 0, shared: 0 }, sitemapUrls: 0 };
  const comparisons = new ComparisonRecords();

  for (const shard of shards) {
    if (shard.role !== 'notices') continue;
    const output = outputOf(shard);
    for (const file of await filesUnder(path.join(output, ASSETS))) {
      const [from, to] = [path.join(output, ASSETS, file), path.join(site, ASSETS, file)];
      if (!existsSync(to)) {
        await move(from, to);
        report.assets.moved++;
      } else if (!(await readFile(from)).equals(await readFile(to)))
        throw new Error(
          `merge: ${ASSETS}/${file} differs between shard ${shard.name} and an earlier one (${output}): the shards ` +
            `were not built from the same sources, or Vite named two different assets alike`,
        );
      else report.assets.shared++;
    }
    const own = new Set(shard.own);
    for (const id of shard.own) {
      const [from, to] = [path.join(output, 'notices', id), path.join(site, 'notices', id)];
      if (!existsSync(path.join(from, 'index.html')))
        throw new Error(`merge: shard ${shard.name} did not write the page of notice ${id} (${from}/index.html)`);
      if (existsSync(to)) throw new Error(`merge: notice ${id} was built by shard ${shard.name} and by another`);
      await move(from, to);
      report.pages++;
    }
    await comparisons.add(shard.name, path.join(output, ALIGNMENTS));
    const { urls } = await readSitemap(output);
    for (const [loc, url] of urls) {
      const id = /\/notices\/([^/]+)\//.exec(new URL(loc).pathname)?.[1];
      if (id !== undefined && own.has(decodeURIComponent(id))) sitemap.urls.set(loc, url);
    }
    await rm(output, { recursive: true, force: true });
  }
  await writeSitemap(site, sitemap.head, sitemap.urls);
  report.comparisons = await comparisons.write(path.join(site, ALIGNMENTS));
  report.sitemapUrls = sitemap.urls.size;
  return report;
}
