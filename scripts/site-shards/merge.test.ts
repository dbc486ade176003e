import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { SiteShard } from '../../src/lib/site-shard.ts';
import { mergeShards } from './merge.ts';

const ORIGIN = 'https://example.gov.cn/zhengwu/';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const sitemap = (paths: string[]) =>
  `${HEAD}${paths.map((p) => `<url><loc>${ORIGIN}${p}</loc></url>`).join('')}</urlset>`;

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'merge-test-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

async function write(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(work, file)), { recursive: true });
  await writeFile(path.join(work, file), text);
}

const shards: SiteShard[] = [
  { role: 'corpus', name: 'corpus' },
  { role: 'notices', name: 'notices-0', own: ['a'], read: ['a', 'b'], slugs: { facets: {}, units: {} } },
  { role: 'notices', name: 'notices-1', own: ['b'], read: ['b'], slugs: { facets: {}, units: {} } },
];
const outputOf = (shard: SiteShard) => path.join(work, shard.name);

/** A comparison as /alignments.json has it, cut down to what the merge reads and a score. */
const comparison = (local: string, higher: string, score = 0.5) => ({
  kind: 'implements',
  local: { key: local },
  higher: { key: higher },
  pairs: [{ score }],
});
/** a → c was aligned by notices-0 alone, b → a by both shards (a is notices-0's, b notices-1's). */
const COMPARISONS = { ac: comparison('a', 'c~att_1'), ba: comparison('b', 'a') };

/**
 * The corpus shard's list pages and its list of comparisons; a notices shard's own page, its stray list page, the
 * shared asset and the comparisons its notices are in.
 */
async function writeShards(assetOfShard1 = 'body{}', comparisonsOfShard1 = [COMPARISONS.ba]): Promise<void> {
  await write('corpus/index.html', 'home from the whole corpus');
  await write('corpus/alignments.json', JSON.stringify(['implements b a', 'implements a c~att_1']));
  await write('notices-0/alignments.json', JSON.stringify([COMPARISONS.ac, COMPARISONS.ba]));
  await write('notices-1/alignments.json', JSON.stringify(comparisonsOfShard1));
  await write('corpus/_astro/site.abc.css', 'body{}');
  await write('corpus/sitemap-0.xml', sitemap(['', 'years/']));
  await write(
    'corpus/sitemap-index.xml',
    `${HEAD.replace('urlset', 'sitemapindex')}<sitemap><loc>${ORIGIN}sitemap-0.xml</loc></sitemap></sitemapindex>`,
  );
  for (const [shard, id] of [
    ['notices-0', 'a'],
    ['notices-1', 'b'],
  ]) {
    await write(`${shard}/index.html`, 'home from a few notices');
    await write(`${shard}/notices/${id}/index.html`, `page ${id}`);
    await write(`${shard}/notices/${id}/compare/x/index.html`, `compare ${id}`);
    await write(`${shard}/_astro/site.abc.css`, shard === 'notices-1' ? assetOfShard1 : 'body{}');
    await write(`${shard}/_astro/notice.${id}.js`, id);
    await write(`${shard}/sitemap-0.xml`, sitemap(['', `notices/${id}/`, `notices/${id}/compare/x/`]));
  }
}

describe('mergeShards', () => {
  test('keeps the corpus shard, and of each notices shard its own notices and assets; rewrites the sitemap', async () => {
    await writeShards();
    const site = path.join(work, 'dist');
    const report = await mergeShards(shards, outputOf, site);
    expect(report).toEqual({ pages: 2, comparisons: 2, assets: { moved: 2, shared: 2 }, sitemapUrls: 6 });
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toBe('home from the whole corpus');
    expect(await readFile(path.join(site, 'notices/b/compare/x/index.html'), 'utf8')).toBe('compare b');
    expect(existsSync(path.join(site, '_astro/notice.a.js'))).toBe(true);
    expect(await readFile(path.join(site, 'sitemap-0.xml'), 'utf8')).toBe(
      sitemap(['', 'notices/a/', 'notices/a/compare/x/', 'notices/b/', 'notices/b/compare/x/', 'years/']),
    );
    expect(await readFile(path.join(site, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${ORIGIN}sitemap-0.xml</loc>`);
  });

  test("fills in /alignments.json from the notices shards' comparisons, in the corpus shard's order", async () => {
    await writeShards();
    const site = path.join(work, 'dist');
    await mergeShards(shards, outputOf, site);
    expect(await readFile(path.join(site, 'alignments.json'), 'utf8')).toBe(
      JSON.stringify([COMPARISONS.ba, COMPARISONS.ac]),
    );
  });

  test('stops on a comparison two shards computed differently, naming it', async () => {
    await writeShards('body{}', [comparison('b', 'a', 0.6)]);
    await expect(mergeShards(shards, outputOf, path.join(work, 'dist'))).rejects.toThrow(
      /comparison implements b a differs between shards notices-0 and notices-1/,
    );
  });

  test('stops on a comparison of the corpus no notices shard computed', async () => {
    await writeShards();
    await write('notices-0/alignments.json', JSON.stringify([COMPARISONS.ba]));
    await expect(mergeShards(shards, outputOf, path.join(work, 'dist'))).rejects.toThrow(
      /no notices shard aligned the comparison implements a c~att_1/,
    );
  });

  test('stops on an asset two shards wrote with different bytes, naming it', async () => {
    await writeShards('body{color:red}');
    await expect(mergeShards(shards, outputOf, path.join(work, 'dist'))).rejects.toThrow(
      /_astro\/site\.abc\.css differs between shard notices-1/,
    );
  });

  test('stops when a shard did not write the page of one of its notices', async () => {
    await writeShards();
    await rm(path.join(work, 'notices-1/notices/b'), { recursive: true });
    await expect(mergeShards(shards, outputOf, path.join(work, 'dist'))).rejects.toThrow(
      /shard notices-1 did not write the page of notice b/,
    );
  });
});
