/**
 * The lookup: what a query names as a whole — a notice by its 发文字号 or 《title》, a unit by any of its names — so the
 * search page can show it first, above the clauses that contain the query. Written by the index build
 * (scripts/index-search.ts) as hash buckets like the router's (pagefind/l/<bucket>.bin, gzip-compressed JSON: key →
 * [how many targets are left out, ...targets as arrays]), read by the browser (client.ts): a query costs one small
 * fetch per distinct key, whatever the corpus.
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

/** What a key names: at most MAX_TARGETS targets, and how many more there are. */
export interface LookupEntry {
  targets: Target[];
  more: number;
}

/**
 * A key lists at most this many targets, those added first (the index build adds notices newest first, units with the
 * most tasks first): a card of the 400 regions whose 司法局 a name also fits helps nobody, their number does.
 */
export const MAX_TARGETS = 20;

type EncodedTarget =
  | [kind: 'n', id: string, title: string, docno: string, date: string]
  | [kind: 'u', slug: string, name: string, region: string, filter: string, shards: number[]];

const encodeTarget = (t: Target): EncodedTarget =>
  t.kind === 'notice'
    ? ['n', t.id, t.title, t.docno ?? '', t.date ?? '']
    : ['u', t.slug, t.name, t.region, t.filter, t.shards];

function decodeTarget(encoded: EncodedTarget): Target {
  if (encoded[0] === 'u') {
    const [, slug, name, region, filter, shards] = encoded;
    return { kind: 'unit', slug, name, region, filter, shards };
  }
  const [, id, title, docno, date] = encoded;
  return { kind: 'notice', id, title, ...(docno ? { docno } : {}), ...(date ? { date } : {}) };
}

/** A bucket file's content (before gzip): JSON, key → [more, ...targets]. */
export function encodeLookupBucket(entries: Iterable<[string, LookupEntry]>): Uint8Array {
  const json: Record<string, [number, ...EncodedTarget[]]> = {};
  for (const [key, { targets, more }] of entries) json[key] = [more, ...targets.map(encodeTarget)];
  return new TextEncoder().encode(JSON.stringify(json));
}

export function decodeLookupBucket(bytes: Uint8Array): Map<string, LookupEntry> {
  const json = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, [number, ...EncodedTarget[]]>;
  return new Map(
    Object.entries(json).map(([key, [more, ...targets]]) => [key, { targets: targets.map(decodeTarget), more }]),
  );
}

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

/** The lookup's buckets: ~16 keys a bucket (a target is ~100–200 bytes) keeps each file near 1 KB gzip. */
export const lookupBucketCount = (keys: number) => bucketCount(keys, 16);

/** Collects keys and their targets, then cuts them into buckets. A target is listed once under a key. */
export class LookupBuilder {
  private readonly entries = new Map<string, { targets: Target[]; ids: Set<string> }>();

  add(key: string, target: Target): void {
    const entry = this.entries.get(key) ?? { targets: [], ids: new Set<string>() };
    this.entries.set(key, entry);
    if (entry.ids.has(targetId(target))) return;
    entry.ids.add(targetId(target));
    entry.targets.push(target);
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

  /** The buckets' contents (encodeLookupBucket), bucket b at index b. */
  buckets(count = lookupBucketCount(this.keys)): Uint8Array[] {
    const lists = Array.from({ length: count }, (): [string, LookupEntry][] => []);
    for (const key of [...this.entries.keys()].sort()) {
      const { targets } = this.entries.get(key)!;
      const entry = { targets: targets.slice(0, MAX_TARGETS), more: Math.max(0, targets.length - MAX_TARGETS) };
      lists[bucketOf(key, count)]!.push([key, entry]);
    }
    return lists.map(encodeLookupBucket);
  }
}

/** The targets of `keys`, in the order of the keys (a 发文字号 before a title), each once; `more`: the most left out. */
export async function lookUp(
  keys: string[],
  buckets: number,
  bucket: (b: number) => Promise<Map<string, LookupEntry>>,
): Promise<LookupEntry> {
  const found = await Promise.all(keys.map(async (key) => (await bucket(bucketOf(key, buckets))).get(key)));
  const entries = found.filter((entry) => entry !== undefined);
  const targets = entries.flatMap((entry) => entry.targets);
  return {
    targets: [...new Map(targets.map((target) => [targetId(target), target])).values()],
    more: Math.max(0, ...entries.map((entry) => entry.more)),
  };
}
