/**
 * The corpus, read once per build. getCollection() on every page is slow at thousands of notices
 * (withastro/astro#16297), and every page needs the same derived indexes, so both are cached at module level.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog } from './catalog.ts';

let catalog: Promise<Catalog> | undefined;
let bodies: Promise<Map<string, CollectionEntry<'bodies'>>> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= getCollection('notices').then((entries) => buildCatalog(entries.map((e) => e.data)));
  return catalog;
}

/** MDX bodies by notice id (the file name is the id). */
export function getBodies(): Promise<Map<string, CollectionEntry<'bodies'>>> {
  bodies ??= getCollection('bodies').then((entries) => new Map(entries.map((e) => [e.data.id, e])));
  return bodies;
}
