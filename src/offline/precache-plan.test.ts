import { describe, expect, it } from 'vitest';
import { isSearchChunk, OFFLINE_BUDGET_BYTES, planPrecache, type PrecacheInventory } from './precache-plan.ts';

const KB = 1024;
const inventory = (): PrecacheInventory => ({
  shell: [
    { path: '', bytes: 20 * KB },
    { path: 'search/', bytes: 30 * KB },
    { path: 'offline/', bytes: 10 * KB },
    { path: '_astro/Base.css', bytes: 20 * KB },
  ],
  search: [
    { path: 'pagefind/pagefind.js', bytes: 50 * KB },
    { path: 'pagefind/pagefind-entry.json', bytes: 1 * KB },
    { path: 'pagefind/manifest.json', bytes: 3 * KB },
    { path: 'pagefind/s/0/x_1.pf_meta', bytes: 10 * KB },
    { path: 'pagefind/s/0/index/x_1.pf_index', bytes: 20 * KB },
    { path: 'pagefind/s/0/fragment/x_1.pf_fragment', bytes: 60 * KB },
    { path: 'pagefind/r/7.bin', bytes: 10 * KB },
  ],
  notices: [
    { path: 'notices/2019/', bytes: 70 * KB, date: '2019-03-01' },
    { path: 'notices/undated/', bytes: 10 * KB, date: null },
    { path: 'notices/2021/', bytes: 80 * KB, date: '2021-05-06' },
    { path: 'notices/2020/', bytes: 60 * KB, date: '2020-08-12' },
  ],
});
const REQUIRED = 20 + 30 + 10 + 20 + 50 + 1 + 3; // shell + search runtime, KB
const INDEX = 10 + 20 + 60 + 10; // shard meta, index chunk, fragment, router bucket

describe('planPrecache', () => {
  it('states its budget: 10 MiB', () => {
    expect(OFFLINE_BUDGET_BYTES).toBe(10_485_760);
    expect(planPrecache(inventory()).budget).toBe(OFFLINE_BUDGET_BYTES);
  });

  it('takes everything when it all fits: shell, search runtime, whole index, then notices newest first, undated last', () => {
    const plan = planPrecache(inventory(), 10 * 1024 * KB);
    expect(plan.searchIndex).toBe('whole');
    expect(plan.notices).toEqual(['notices/2021/', 'notices/2020/', 'notices/2019/', 'notices/undated/']);
    expect(plan.paths.slice(0, 11)).toEqual([
      '',
      'search/',
      'offline/',
      '_astro/Base.css',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/manifest.json',
      'pagefind/s/0/x_1.pf_meta',
      'pagefind/s/0/index/x_1.pf_index',
      'pagefind/s/0/fragment/x_1.pf_fragment',
      'pagefind/r/7.bin',
    ]);
    expect(plan.bytes).toBe((REQUIRED + INDEX + 70 + 10 + 80 + 60) * KB);
  });

  it('stops at the first notice that would pass the budget, so the newest are the ones kept', () => {
    // Room for the 2021 notice (80) and the 2020 one (60), not for 2019 (70), although the undated one (10) would fit.
    const budget = (REQUIRED + INDEX + 80 + 60 + 69) * KB;
    const plan = planPrecache(inventory(), budget);
    expect(plan.notices).toEqual(['notices/2021/', 'notices/2020/']);
    expect(plan.bytes).toBe((REQUIRED + INDEX + 140) * KB);
    expect(plan.bytes).toBeLessThanOrEqual(budget);
    // Exactly at the budget counts as fitting.
    expect(planPrecache(inventory(), (REQUIRED + INDEX + 80) * KB).notices).toEqual(['notices/2021/']);
  });

  it('leaves the index chunks to be cached on use when they do not fit, and gives the room to notices', () => {
    const plan = planPrecache(inventory(), (REQUIRED + INDEX - 1) * KB); // one KB short of the index: 99 KB for notices
    expect(plan.searchIndex).toBe('on use');
    expect(plan.paths.filter(isSearchChunk)).toEqual([]);
    expect(plan.paths).toContain('pagefind/pagefind-entry.json');
    expect(plan.paths).toContain('pagefind/manifest.json');
    expect(plan.notices).toEqual(['notices/2021/']);
  });

  it('always takes the shell and the search runtime, even over the budget', () => {
    const plan = planPrecache(inventory(), 1);
    expect(plan.paths).toHaveLength(7);
    expect(plan.bytes).toBe(REQUIRED * KB);
    expect(plan).toMatchObject({ searchIndex: 'on use', notices: [] });
  });

  it('does not depend on the order the files were listed in', () => {
    const reversed = inventory();
    reversed.notices.reverse();
    expect(planPrecache(reversed, 10 * 1024 * KB)).toEqual(planPrecache(inventory(), 10 * 1024 * KB));
  });

  it('tells the index proper (shards, router, lookup, chunks) from the runtime', () => {
    expect(
      [
        'pagefind/index/a.pf_index',
        'pagefind/s/3/x_1.pf_meta',
        'pagefind/s/0/chunks.json',
        'pagefind/r/12.bin',
        'pagefind/l/12.bin',
        'pagefind/f/unit.json',
      ].every(isSearchChunk),
    ).toBe(true);
    expect(['pagefind/pagefind.js', 'pagefind/manifest.json', 'pagefind/filters.json'].some(isSearchChunk)).toBe(false);
  });
});
