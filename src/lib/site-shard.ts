/**
 * Which part of the site this `astro build` renders. Without SITE_SHARD: all of it (npm run build). A large corpus
 * is built in shards (scripts/build-site.ts), each an `astro build` of its own with SITE_SHARD naming the file its
 * plan wrote (scripts/site-shards/plan.ts):
 *   - a notices shard renders the pages of its own notices (and their compare pages). It reads only the notices
 *     those pages show (its own, what they cite and what cites them, their lineage, their series' neighbouring
 *     years) and compiles only its own notices' MDX, so its memory follows the shard, not the corpus; the slugs
 *     that depend on the whole corpus come from the plan;
 *   - the corpus shard renders every other page (home, browse, regions, units, deadlines, search, feeds) from the
 *     whole corpus's JSON and compiles no MDX.
 * The merge (scripts/site-shards/merge.ts) keeps, of each shard's output, the pages it was given.
 */
import { readFileSync } from 'node:fs';
import type { CorpusSlugs } from './catalog.ts';

export interface NoticesShard {
  role: 'notices';
  /** The shard's name in the plan (notices-3): its output folder and its log. */
  name: string;
  /** The notices whose pages this shard renders. */
  own: string[];
  /** The notices those pages read (own included). */
  read: string[];
  slugs: CorpusSlugs;
}

export interface CorpusShard {
  role: 'corpus';
  name: 'corpus';
}

export type SiteShard = NoticesShard | CorpusShard;

/** The shard SITE_SHARD names; null for the whole site. */
export function siteShard(env: Record<string, string | undefined> = process.env): SiteShard | null {
  const file = env.SITE_SHARD;
  if (!file) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SiteShard;
  } catch (error) {
    throw new Error(`SITE_SHARD=${file}: not a shard file written by scripts/build-site.ts plan`, { cause: error });
  }
}

/** What a build of `shard` reads and renders, by notice id. */
export function shardSelection(shard: SiteShard | null) {
  const own = new Set(shard?.role === 'notices' ? shard.own : []);
  const read = new Set(shard?.role === 'notices' ? shard.read : []);
  return {
    shard,
    /** Its notice JSON is loaded (the catalog holds it). */
    reads: (id: string) => shard === null || shard.role === 'corpus' || read.has(id),
    /** Its page and compare pages are rendered (and its MDX compiled). */
    renders: (id: string) => shard === null || own.has(id),
    /** Home, browse, regions, units, deadlines, search and the feeds are rendered. */
    rendersLists: shard === null || shard.role === 'corpus',
    /** Notice pages (and compare pages) are rendered: the corpus shard renders none, so aligns no pair. */
    rendersNotices: shard === null || shard.role === 'notices',
  };
}

export type ShardSelection = ReturnType<typeof shardSelection>;
