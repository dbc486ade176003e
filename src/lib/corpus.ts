/**
 * The corpus, read once per build. getCollection() on every page is slow at thousands of notices
 * (withastro/astro#16297), and every page needs the same derived indexes, so both are cached at module level.
 * The collection holds ids and files (src/lib/notice-loader.ts): the notices are read from their files, one at a time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareCorpus, documentKey } from '../align/compare.ts';
import type { Notice } from '../model/notice.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { type ComparisonIndex, indexComparisons } from './comparisons.ts';

let catalog: Promise<Catalog> | undefined;
let comparisons: Promise<ComparisonIndex> | undefined;
let bodies: Promise<Map<string, CollectionEntry<'bodies'>>> | undefined;

export function getCatalog(): Promise<Catalog> {
  // Each notice from the file the loader checked against the contract in this build (so parsed, not checked again);
  // paths in the collection are relative to the project root, where the build runs.
  catalog ??= getCollection('notices').then((entries) =>
    buildCatalog(entries.map((entry) => JSON.parse(readFileSync(resolve(entry.filePath!), 'utf8')) as Notice)),
  );
  return catalog;
}

/** Related documents aligned clause by clause (src/align/), once per build. */
export function getComparisons(): Promise<ComparisonIndex> {
  comparisons ??= getCatalog().then((c) => indexComparisons(compareCorpus(c.notices, c.resolve)));
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
