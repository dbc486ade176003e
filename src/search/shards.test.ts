import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutShards, type ShardedNotice } from './shards.ts';

const notices = (records: number[]): ShardedNotice[] => records.map((n, i) => ({ id: `n${i}`, records: n }));

/** The shards as the ids they hold, so that cuts can be compared across corpora of different lengths. */
const shardIds = (list: ShardedNotice[], size: number) =>
  cutShards(list, size).map(([from, to]) =>
    list
      .slice(from, to)
      .map((notice) => notice.id)
      .join(' '),
  );

/** A seeded corpus of `count` notices of 5–80 records (a generated notice has ~50). */
function corpus(count: number, seed: number): ShardedNotice[] {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, (_, i) => ({ id: `notice-${seed}-${i}`, records: 5 + Math.floor(next() * 76) }));
}

describe('cutShards', () => {
  it('cuts from the oldest notice (the end), never splitting a notice', () => {
    // Each notice reaches half the size on its own, so each ends its shard if its id falls under records / half.
    const ranges = cutShards(notices([5, 5, 5, 5, 5]), 10);
    expect(ranges[0]![1]).toBe(5);
    expect(ranges.at(-1)![0]).toBe(0);
    expect(cutShards([], 10)).toEqual([]);
    expect(() => cutShards(notices([1]), 0)).toThrow();
    // At twice the size a shard ends whatever the ids.
    expect(cutShards(notices([20, 20, 20]), 10)).toEqual([
      [2, 3],
      [1, 2],
      [0, 1],
    ]);
  });

  it('covers every notice once, oldest shard first; every shard but the newest holds size / 2 to 2 × size', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { maxLength: 60 }), fc.integer({ min: 1, max: 100 }), (counts, size) => {
        const ranges = cutShards(notices(counts), size);
        const covered = ranges.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i));
        expect(covered.sort((a, b) => a - b)).toEqual(counts.map((_, i) => i));
        ranges.forEach(([from, to], k) => {
          expect(to).toBeGreaterThan(from);
          if (k > 0) expect(to).toBe(ranges[k - 1]![0]);
          const records = counts.slice(from, to).reduce((a, b) => a + b, 0);
          if (k < ranges.length - 1) expect(records).toBeGreaterThanOrEqual(size / 2);
          // It stops at the first notice that reaches twice the size.
          expect(records - counts[from]!).toBeLessThan(2 * size);
        });
      }),
    );
  });

  it('averages about the size whatever the notices', () => {
    const list = corpus(10_000, 1);
    const records = list.reduce((a, b) => a + b.records, 0);
    const shards = cutShards(list, 3000).length;
    expect(records / shards).toBeGreaterThan(0.8 * 3000);
    expect(records / shards).toBeLessThan(1.2 * 3000);
  });

  it('a notice that gains clauses, or an old notice added or removed, moves only the cuts next to it', () => {
    // 10,000 notices of ~42 records: ~140 shards. The greedy cut (a shard ends at the first notice reaching the
    // size) moved up to 71 of them here, every cut newer than the change until the counts fell back into step.
    for (const seed of [1, 2, 3]) {
      const list = corpus(10_000, seed);
      const before = shardIds(list, 3000);
      const moved = (edit: (copy: ShardedNotice[]) => void) => {
        const copy = list.map((notice) => ({ ...notice }));
        edit(copy);
        const after = new Set(shardIds(copy, 3000));
        return before.filter((shard) => !after.has(shard)).length;
      };
      for (const at of [9_500, 9_000, 7_000, 5_000, 3_000, 1_000]) {
        expect(moved((copy) => (copy[at]!.records += 30))).toBeLessThanOrEqual(2);
        expect(moved((copy) => copy.splice(at, 0, { id: `added-${at}`, records: 40 }))).toBeLessThanOrEqual(2);
        expect(moved((copy) => copy.splice(at, 1))).toBeLessThanOrEqual(2);
      }
    }
  });
});
