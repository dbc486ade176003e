import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { NoticesShard } from '../../src/lib/site-shard.ts';
import { type NoticeSketch, planShards } from './plan.ts';

/** A notice sketch dated `date`, with whatever links the test gives it. */
const sketch = (id: string, date: string, links: Partial<NoticeSketch> = {}): NoticeSketch => ({
  id,
  date: { id, signedDate: date, publishedDate: null, printedDate: null },
  targets: [],
  descends: [],
  carries: [],
  printedIn: [],
  series: null,
  year: Number(date.slice(0, 4)),
  facetValues: {},
  unitKeys: [],
  ...links,
});

const noticeShards = (shards: ReturnType<typeof planShards>['shards']) =>
  shards.filter((shard): shard is NoticesShard => shard.role === 'notices');

describe('planShards', () => {
  test('cuts the notices, newest first, into runs of equal count, after the corpus shard', () => {
    const notices = ['2020-01-01', '2024-05-01', '2019-03-01', '2022-07-01', '2021-02-01'].map((date, i) =>
      sketch(`n${i}`, date),
    );
    const { shards } = planShards(notices, 2);
    expect(shards[0]).toEqual({ role: 'corpus', name: 'corpus' });
    expect(noticeShards(shards).map((s) => [s.name, s.own])).toEqual([
      ['notices-0', ['n1', 'n3', 'n4']],
      ['notices-1', ['n0', 'n2']],
    ]);
  });

  test('a shard reads what its pages show: cited, citing, carried, lineage, neighbouring years of its series', () => {
    const notices = [
      sketch('national', '2020-01-01'),
      sketch('province', '2020-02-01', { targets: ['national'], descends: ['national'], carries: ['forwarded'] }),
      sketch('forwarded', '2020-01-15', { printedIn: ['province'] }),
      sketch('city', '2020-03-01', { targets: ['province'], descends: ['province'] }),
      sketch('county', '2020-04-01', { targets: ['city'], descends: ['city'] }),
      sketch('cites-forwarded', '2020-05-01', { targets: ['forwarded'] }),
      sketch('plan-2018', '2018-01-01', { series: 's' }),
      sketch('plan-2019', '2019-01-01', { series: 's' }),
      sketch('plan-2021', '2021-01-01', { series: 's' }),
      sketch('plan-2022', '2022-01-01', { series: 's' }),
      sketch('plan-2020', '2020-06-01', { series: 's' }),
      sketch('unrelated', '2020-07-01'),
    ];
    const readBy = (own: string) => {
      const shards = noticeShards(planShards(notices, notices.length).shards);
      return new Set(shards.find((s) => s.own[0] === own)!.read);
    };
    // Lineage to the top and to the bottom, and what it carries (and what cites that).
    expect(readBy('province')).toEqual(
      new Set(['province', 'national', 'city', 'county', 'forwarded', 'cites-forwarded']),
    );
    // A forwarded document: where it is printed, what cites it.
    expect(readBy('forwarded')).toEqual(new Set(['forwarded', 'province', 'cites-forwarded']));
    // Its series: its own year, the one before and the one after.
    expect(readBy('plan-2020')).toEqual(new Set(['plan-2019', 'plan-2020', 'plan-2021']));
    expect(readBy('unrelated')).toEqual(new Set(['unrelated']));
  });

  test('every notice is rendered by exactly one shard and read by it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (days, count) => {
          const notices = days.map((day) =>
            sketch(`n${day}`, new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10)),
          );
          const shards = noticeShards(planShards(notices, count).shards);
          expect(shards).toHaveLength(count);
          const own = shards.flatMap((s) => s.own);
          expect(own.sort()).toEqual(notices.map((n) => n.id).sort());
          for (const shard of shards) for (const id of shard.own) expect(shard.read).toContain(id);
        },
      ),
    );
  });
});
