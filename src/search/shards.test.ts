import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutShards } from './shards.ts';

describe('cutShards', () => {
  it('cuts from the oldest notice (the end), never splitting a notice', () => {
    expect(cutShards([5, 5, 5, 5, 5], 10)).toEqual([
      [3, 5],
      [1, 3],
      [0, 1],
    ]);
    expect(cutShards([], 10)).toEqual([]);
    expect(() => cutShards([1], 0)).toThrow();
  });

  it('covers every notice once, oldest shard first; every shard but the newest holds at least the size', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { maxLength: 60 }), fc.integer({ min: 1, max: 100 }), (counts, size) => {
        const ranges = cutShards(counts, size);
        const covered = ranges.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i));
        expect(covered.sort((a, b) => a - b)).toEqual(counts.map((_, i) => i));
        ranges.forEach(([from, to], k) => {
          expect(to).toBeGreaterThan(from);
          if (k > 0) expect(to).toBe(ranges[k - 1]![0]);
          const records = counts.slice(from, to).reduce((a, b) => a + b, 0);
          if (k < ranges.length - 1) expect(records).toBeGreaterThanOrEqual(size);
          // It stops at the first notice that reaches the size.
          expect(records - counts[from]!).toBeLessThan(size);
        });
      }),
    );
  });
});
