/**
 * The lookup: what a query names as a whole — a notice by its 发文字号 or 《title》, a unit by any of its names — so the
 * search page can show it first, above the clauses that contain the query. Written by the index build
 * (scripts/index-search.ts) as hash buckets like the router's (pagefind/l/<bucket>.json: key → targets), read by the
 * browser (client.ts): a query costs one small fetch per distinct key, whatever the corpus.
 *
 * A key is the search fold (fold.ts) of what the model's keys make of a name (src/model/keys.ts: width, bracket and
 * script variants of a 发文字号; a title with or without 《》, its 印发 wrapper and 的通知 tail, as the corpus link step
 * reads them), so 國辦發［2020］17號, 国办发（2020）17号 and 国办发2020年17号 are one key. Units are keyed by the fold of
 * each printed form, of their name without and with their region's name: every alias the texts give.
 * Pure: the build and the browser share it.
 */
import { documentNumberKey, titleCoreKey, titleKey } from '../model/keys.ts';
import { queryReading } from './fold.ts';
import { bucketCount, bucketOf } from './router.ts';

/** Where the buckets are written, under the index folder. */
export const LOOKUP_DIR = 'l';

export interface NoticeTarget {
  kind: 'notice';
  /** The notice's page id: /notices/<id>/. */
  id: string;
  title: string;
  docno?: string;
  date?: string;
}

export interface UnitTarget {
  kind: 'unit';
  /** The unit's page: /units/<slug>/. */
  slug: string;
  name: string;
  /** 黑龙江省 › 双鸭山市 › 友谊县 (src/lib/unit-regions.ts). */
  region: string;
  /** Its value of the search's unit filter (src/lib/facets.ts). */
  filter: string;
  /** The index shards holding its tasks, ascending: a search by the unit alone opens only these. */
  shards: number[];
}

export type Target = NoticeTarget | UnitTarget;

/** What a target is, once: a notice by its page, a unit by its filter value. */
const targetId = (target: Target) => (target.kind === 'notice' ? `notice ${target.id}` : `unit ${target.filter}`);

/** A bucket as written: key → what it names. */
export type LookupBucket = Record<string, Target[]>;

/**
 * The keys a typed or printed name is known by: as a 发文字号, as a title, as a title without its 印发 wrapper. Each
 * is folded for search, so whatever the model's keys leave (punctuation, case) is folded the way queries are.
 */
export function nameKeys(name: string): string[] {
  const keys = [documentNumberKey(name), titleKey(name), titleCoreKey(name)].map(queryReading);
  return [...new Set(keys)].filter((key) => key.length > 0);
}

/** The key a unit filter value is found under: never a folded name, which holds letters and digits only. */
export const unitFilterKey = (filter: string) => `unit=${filter}`;

/**
 * The keys a unit filter's value is looked up by: a unit's key (region:name, src/lib/units.ts) is its own; a name as
 * links made before units were normalised carry it (?unit=县政府办公室) finds every unit it is a name of.
 */
export const unitFilterKeys = (value: string) => (value.includes(':') ? [unitFilterKey(value)] : nameKeys(value));

/** The lookup's buckets: ~16 keys a bucket (a notice target is ~150 bytes) keeps each file under a few KB. */
export const lookupBucketCount = (keys: number) => bucketCount(keys, 16);

/** Collects keys and their targets, then cuts them into buckets. A target is listed once under a key. */
export class LookupBuilder {
  private readonly entries = new Map<string, Target[]>();

  add(key: string, target: Target): void {
    const targets = this.entries.get(key) ?? [];
    this.entries.set(key, targets);
    if (!targets.some((t) => targetId(t) === targetId(target))) targets.push(target);
  }

  /** A notice under the keys of its 发文字号 and of each of its titles. */
  addNotice(target: NoticeTarget, titles: string[]): void {
    for (const name of [target.docno, target.title, ...titles])
      if (name) for (const key of nameKeys(name)) this.add(key, target);
  }

  /** A unit under the fold of each of its names, and under its filter value. */
  addUnit(target: UnitTarget, names: string[]): void {
    for (const name of names) {
      const key = queryReading(name);
      if (key) this.add(key, target);
    }
    this.add(unitFilterKey(target.filter), target);
  }

  get keys(): number {
    return this.entries.size;
  }

  buckets(count = lookupBucketCount(this.keys)): LookupBucket[] {
    const buckets = Array.from({ length: count }, (): LookupBucket => ({}));
    for (const key of [...this.entries.keys()].sort()) buckets[bucketOf(key, count)]![key] = this.entries.get(key)!;
    return buckets;
  }
}

/** The targets of `keys`, in the order of the keys (a 发文字号 before a title), each once. */
export async function lookUp(
  keys: string[],
  buckets: number,
  bucket: (b: number) => Promise<LookupBucket>,
): Promise<Target[]> {
  const found = await Promise.all(
    keys.map(async (key) => {
      const entries = await bucket(bucketOf(key, buckets));
      return Object.hasOwn(entries, key) ? entries[key]! : [];
    }),
  );
  return [...new Map(found.flat().map((target) => [targetId(target), target])).values()];
}
