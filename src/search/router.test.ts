import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  candidates,
  decodeBucket,
  encodeBucket,
  routeGrams,
  RouterBuilder,
  type ShardSet,
} from './router.ts';

const setOf = (ks: number[], shards: number): ShardSet => {
  const set = new Uint8Array(Math.ceil(shards / 8));
  for (const k of ks) set[k >> 3]! |= 1 << (k & 7);
  return set;
};

/** The candidates for a query from the buckets as the browser reads them. */
function route(builder: RouterBuilder, buckets: number, q: string): number[] {
  const files = builder.buckets(buckets).map((bytes) => decodeBucket(bytes, builder.shardCount));
  return candidates(routeGrams(q), (g) => files[bucketOf(g, buckets)]!.get(g), builder.shardCount);
}

describe('router', () => {
  it('routes a short query by itself and a longer one by its distinct 3-grams', () => {
    expect(routeGrams('')).toEqual([]);
    expect(routeGrams('政务')).toEqual(['政务']);
    expect(routeGrams('政务公开')).toEqual(['政务公', '务公开']);
    expect(routeGrams('哈哈哈哈哈')).toEqual(['哈哈哈']);
  });

  it('encodes every kind of shard set and decodes it back', () => {
    const shards = 300;
    const entries: [string, ShardSet][] = [
      [
        '全',
        setOf(
          Array.from({ length: shards }, (_, k) => k),
          shards,
        ),
      ],
      ['少', setOf([0, 7, 299], shards)],
      [
        '多',
        setOf(
          Array.from({ length: 200 }, (_, k) => (k * 1.5) | 0),
          shards,
        ),
      ],
      ['𠀀a', setOf([1], shards)],
    ];
    const decoded = decodeBucket(encodeBucket(entries, shards), shards);
    expect(decoded.get('全')).toBeNull();
    for (const [gram, set] of entries.slice(1)) expect(decoded.get(gram), gram).toEqual(set);
    expect(decoded.size).toBe(4);
  });

  it('gives every shard holding the query (exactly those for 3 characters or fewer), none for an absent one', () => {
    const alphabet = fc.constantFrom(...'政务公开营商2a');
    const reading = fc.array(alphabet, { maxLength: 10 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.array(reading, { maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        reading,
        fc.constantFrom(1, 4, 16),
        (shards, q, buckets) => {
          const builder = new RouterBuilder(shards.length);
          shards.forEach((readings, k) => builder.addShard(k, readings));
          const holding = shards.flatMap((readings, k) => (readings.some((r) => r.includes(q)) ? [k] : []));
          const found = route(builder, buckets, q);
          if (!q) {
            expect(found).toEqual([]);
            return;
          }
          for (const k of holding) expect(found).toContain(k);
          if ([...q].length <= 3) expect(found).toEqual(holding);
        },
      ),
      { numRuns: 500 },
    );
  });
});
