/**
 * The shard router: which shards can hold a query at all, so that a query searches only those and an absent one
 * starts no Pagefind. Every 1- to ROUTER_GRAM-character gram of every reading maps to the set of shards whose
 * readings contain it; a query is routed by itself when it is that short, else by its distinct ROUTER_GRAM-grams,
 * whose sets are intersected. A shard holding the query holds each of its grams, so the candidates are a superset
 * of the shards with hits (no hit is ever lost), and exactly those shards for a short query.
 *
 * The map is cut into hash buckets, one small file each (pagefind/r/<bucket>.bin, gzip-compressed): a query fetches
 * only the buckets of its grams. A bucket is a list of entries [u8 gram byte length][gram UTF-8][u8 kind][payload]:
 *   kind 0: in every shard (no payload);  kind 1: a bitset of ceil(shards / 8) bytes;
 *   kind 2: u8 count, then that many u16 little-endian shard numbers (when shorter than the bitset).
 * Pure: the build (scripts/index-search.ts) and the browser (client.ts) share it.
 */

export const ROUTER_GRAM = 3;

/** FNV-1a over the gram's UTF-8 bytes. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

export const bucketOf = (gram: string, buckets: number) => fnv1a(gram) % buckets;

/** Every 1- to ROUTER_GRAM-character gram of a reading (the router's keys). */
export function routerKeys(reading: string, into = new Set<string>()): Set<string> {
  const chars = [...reading];
  for (let i = 0; i < chars.length; i++) {
    let gram = '';
    for (let j = i; j < Math.min(i + ROUTER_GRAM, chars.length); j++) into.add((gram += chars[j]));
  }
  return into;
}

/** The grams a query's reading is routed by. */
export function routeGrams(reading: string): string[] {
  const chars = [...reading];
  if (chars.length <= ROUTER_GRAM) return chars.length ? [reading] : [];
  const grams = new Set<string>();
  for (let i = 0; i + ROUTER_GRAM <= chars.length; i++) grams.add(chars.slice(i, i + ROUTER_GRAM).join(''));
  return [...grams];
}

/** A shard set: bit k set = shard k. */
export type ShardSet = Uint8Array;

export function encodeBucket(entries: [gram: string, shards: ShardSet][], shardCount: number): Uint8Array {
  const encoder = new TextEncoder();
  const parts: number[] = [];
  for (const [gram, set] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const bytes = encoder.encode(gram);
    if (bytes.length > 255) throw new Error(`router: gram too long: ${gram}`);
    parts.push(bytes.length, ...bytes);
    const ids: number[] = [];
    for (let k = 0; k < shardCount; k++) if (set[k >> 3]! & (1 << (k & 7))) ids.push(k);
    if (ids.length === shardCount) parts.push(0);
    else if (ids.length < 256 && 1 + 2 * ids.length < set.length) {
      parts.push(2, ids.length);
      for (const k of ids) parts.push(k & 255, k >> 8);
    } else parts.push(1, ...set);
  }
  return Uint8Array.from(parts);
}

/** One bucket: gram → its shard set, or null for every shard. */
export function decodeBucket(bytes: Uint8Array, shardCount: number): Map<string, ShardSet | null> {
  const decoder = new TextDecoder();
  const setBytes = Math.ceil(shardCount / 8);
  const map = new Map<string, ShardSet | null>();
  let p = 0;
  while (p < bytes.length) {
    const length = bytes[p++]!;
    const gram = decoder.decode(bytes.subarray(p, p + length));
    p += length;
    const kind = bytes[p++];
    if (kind === 0) map.set(gram, null);
    else if (kind === 1) {
      map.set(gram, bytes.slice(p, p + setBytes));
      p += setBytes;
    } else if (kind === 2) {
      const count = bytes[p++]!;
      const set = new Uint8Array(setBytes);
      for (let i = 0; i < count; i++, p += 2) {
        const k = bytes[p]! | (bytes[p + 1]! << 8);
        set[k >> 3]! |= 1 << (k & 7);
      }
      map.set(gram, set);
    } else throw new Error(`router: bad entry kind ${kind} at byte ${p - 1}`);
  }
  return map;
}

/**
 * The shards (ascending) that may hold a query routed by `grams`: the intersection of their sets. `lookup` gives a
 * gram's set, null for every shard, undefined for a gram no shard holds (then there is no candidate).
 */
export function candidates(
  grams: string[],
  lookup: (gram: string) => ShardSet | null | undefined,
  shardCount: number,
): number[] {
  let acc: ShardSet | null = null;
  for (const gram of grams) {
    const set = lookup(gram);
    if (set === undefined) return [];
    if (set === null) continue;
    acc = acc ? acc.map((byte, i) => byte & set[i]!) : set.slice();
  }
  const out: number[] = [];
  for (let k = 0; k < shardCount; k++) if (!acc || acc[k >> 3]! & (1 << (k & 7))) out.push(k);
  return grams.length ? out : [];
}

/** Builds the router's buckets from each shard's readings, shard by shard (k = 0, 1, …). */
export class RouterBuilder {
  private readonly sets = new Map<string, ShardSet>();
  readonly shardCount: number;

  constructor(shardCount: number) {
    this.shardCount = shardCount;
  }

  addShard(k: number, readings: Iterable<string>): void {
    const keys = new Set<string>();
    for (const reading of readings) routerKeys(reading, keys);
    for (const gram of keys) {
      let set = this.sets.get(gram);
      if (!set) this.sets.set(gram, (set = new Uint8Array(Math.ceil(this.shardCount / 8))));
      set[k >> 3]! |= 1 << (k & 7);
    }
  }

  get grams(): number {
    return this.sets.size;
  }

  /** The buckets' contents, bucket b at index b. */
  buckets(count: number): Uint8Array[] {
    const entries = Array.from({ length: count }, (): [string, ShardSet][] => []);
    for (const [gram, set] of this.sets) entries[bucketOf(gram, count)]!.push([gram, set]);
    return entries.map((list) => encodeBucket(list, this.shardCount));
  }
}

/** Buckets for a hash map of about `keys` keys, `perBucket` a bucket: ~40 router grams keep each file near 0.3–1 KB. */
export function bucketCount(keys: number, perBucket = 40): number {
  return Math.max(16, 2 ** Math.ceil(Math.log2(keys / perBucket)));
}
