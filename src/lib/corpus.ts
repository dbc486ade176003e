/**
 * The corpus (or, in a shard of a sharded build, the notices its pages read: src/lib/site-shard.ts), read once per build. getCollection() on every page is slow at thousands of notices
 * (withastro/astro#16297), and every page needs the same derived indexes, so both are cached at module level.
 * The collection holds ids and files (src/lib/notice-loader.ts): the notices are read from their files, one at a time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_PARAMETERS } from '../align/align.ts';
import { compareCorpus, documentKey } from '../align/compare.ts';
import { findRelations, type Relation } from '../align/relations.ts';
import type { Notice } from '../model/notice.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { type ComparisonIndex, indexComparisons } from './comparisons.ts';
import { buildRegionTree } from './regions.ts';
import { shardSelection, siteShard } from './site-shard.ts';

/** Which notices' pages this build renders, and whether it renders the list pages (src/lib/site-shard.ts). */
export const selection = shardSelection(siteShard());

/**
 * A notices shard holds only the notices its pages read: lists built from them would be wrong, so it has none and
 * renders no list page (the corpus shard renders them from the whole corpus).
 */
const withoutLists = (catalog: Catalog): Catalog => ({
  ...catalog,
  units: [],
  regions: buildRegionTree([]),
  facet: () => [],
});

let catalog: Promise<Catalog> | undefined;
let comparisons: Promise<ComparisonIndex> | undefined;
let bodies: Promise<Map<string, CollectionEntry<'bodies'>>> | undefined;

export function getCatalog(): Promise<Catalog> {
  // Each notice from the file the loader checked against the contract in this build (so parsed, not checked again);
  // paths in the collection are relative to the project root, where the build runs.
  catalog ??= getCollection('notices').then((entries) => {
    const notices = entries.map((entry) => JSON.parse(readFileSync(resolve(entry.filePath!), 'utf8')) as Notice);
    const { shard } = selection;
    return shard?.role === 'notices' ? withoutLists(buildCatalog(notices, shard.slugs)) : buildCatalog(notices);
  });
  return catalog;
}

/** Related documents aligned clause by clause (src/align/), once per build. */
export function getComparisons(): Promise<ComparisonIndex> {
  // A notices shard aligns only the pairs its own notices are in (its pages show no other).
  const keep =
    selection.shard?.role === 'notices'
      ? (pair: Relation) => selection.renders(pair.local.noticeId) || selection.renders(pair.higher.noticeId)
      : undefined;
  comparisons ??= getCatalog().then((c) =>
    indexComparisons(compareCorpus(c.notices, c.resolve, DEFAULT_PARAMETERS, keep)),
  );
  return comparisons;
}

/**
 * The related pairs (src/align/relations.ts) in the order getComparisons aligns them, without aligning them: what the
 * corpus shard of a sharded build writes for /alignments.json, whose records the notices shards computed.
 */
export async function getRelations(): Promise<Relation[]> {
  const { notices, resolve } = await getCatalog();
  return findRelations(notices, resolve);
}

/** The compare pages and their JSON: one per comparison, at /notices/<local id>/compare/<higher key>/. */
export async function comparisonPaths() {
  if (!selection.rendersNotices) return [];
  const { all } = await getComparisons();
  return all
    .filter((comparison) => selection.renders(comparison.local.ref.noticeId))
    .map((comparison) => ({
      params: { id: comparison.local.ref.noticeId, other: documentKey(comparison.higher.ref) },
      props: { comparison },
    }));
}

/** MDX bodies by notice id (the file name is the id). */
export function getBodies(): Promise<Map<string, CollectionEntry<'bodies'>>> {
  bodies ??= getCollection('bodies').then((entries) => new Map(entries.map((e) => [e.data.id, e])));
  return bodies;
}
