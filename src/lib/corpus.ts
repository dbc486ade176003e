/**
 * The corpus, read once per build. getCollection() on every page is slow at thousands of notices
 * (withastro/astro#16297), and every page needs the same derived indexes, so both are cached at module level.
 * The collection holds summaries (src/lib/notice-loader.ts); a whole notice is read from its file when its page is
 * rendered, and let go after.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareCorpus, documentKey } from '../align/compare.ts';
import type { Notice } from '../model/notice.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { type ComparisonIndex, indexComparisons, wholeCorpus } from './comparisons.ts';

let catalog: Promise<Catalog> | undefined;
let files: Promise<Map<string, string>> | undefined;
let comparisons: Promise<ComparisonIndex> | undefined;
let bodies: Promise<Map<string, CollectionEntry<'bodies'>>> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= getCollection('notices').then((entries) => buildCatalog(entries.map((e) => e.data)));
  return catalog;
}

/**
 * The whole notice, from the file the loader checked against the contract in this build (so it is parsed, not
 * checked again). Paths in the collection are relative to the project root, where the build runs.
 */
export async function readNotice(id: string): Promise<Notice> {
  files ??= getCollection('notices').then((entries) => new Map(entries.map((e) => [e.id, e.filePath!])));
  const file = (await files).get(id);
  if (!file) throw new Error(`No notice ${id} in generated/notices/: run npm run convert`);
  return JSON.parse(readFileSync(resolve(file), 'utf8')) as Notice;
}

/** Related documents aligned clause by clause (src/align/), once per build. */
export function getComparisons(): Promise<ComparisonIndex> {
  comparisons ??= getCatalog().then(async (catalog) => {
    // Alignment compares whole clauses: every notice is read here, once, and let go once its documents are prepared.
    const whole = wholeCorpus(catalog, await Promise.all(catalog.notices.map(({ id }) => readNotice(id))));
    return indexComparisons(compareCorpus(whole.notices, whole.resolve));
  });
  return comparisons;
}

/** The compare pages and their JSON: one per comparison, at /notices/<local id>/compare/<higher key>/. */
export async function comparisonPaths() {
  const { all } = await getComparisons();
  return all.map((comparison) => ({
    params: { id: comparison.local.ref.noticeId, other: documentKey(comparison.higher.ref) },
    props: { comparison },
  }));
}

/** MDX bodies by notice id (the file name is the id). */
export function getBodies(): Promise<Map<string, CollectionEntry<'bodies'>>> {
  bodies ??= getCollection('bodies').then((entries) => new Map(entries.map((e) => [e.data.id, e])));
  return bodies;
}
