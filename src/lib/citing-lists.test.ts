import { describe, expect, it } from 'vitest';
import type { Notice, Relation } from '../model/notice.ts';
import { clause, component, notice, reference } from '../../tests/helpers/notices.ts';
import { buildCatalog } from './catalog.ts';
import { citedByGroups, citedByListed, descendantsOf, lineageShown, nearestFirst, SHOWN } from './citing-lists.ts';

/** A notice that carries out (or cites) others: level, date and what it points at (notice id, or id#eId). */
const local = (
  id: string,
  level: Notice['level'],
  date: string,
  targets: string[],
  relation: Relation = 'implements',
) =>
  notice(id, {
    level,
    signedDate: date,
    documentNumber: `${id}号`,
    components: [component('main', 'letter', [clause('intro__p_1', null)])],
    references: targets.map((target) => {
      const [to, eId] = target.split('#');
      return reference(`（${to}）`, { relation, in: 'intro__p_1', target: { notice: to!, eId: eId ?? null } });
    }),
  });

const national = notice('national', {
  level: 'national',
  signedDate: '2019-01-01',
  documentNumber: '国办发〔2019〕1号',
  components: [component('main', 'text', [clause('sec_1', '一、'), clause('sec_2', '二、')])],
});

describe('citing lists', () => {
  // Under the national notice: two provinces, a city under one of them, a county under the city that also cites the
  // national notice's second clause, and a county that carries out the national notice itself.
  const catalog = buildCatalog([
    national,
    local('province-old', 'province', '2019-03-01', ['national']),
    local('province-new', 'province', '2019-06-01', ['national']),
    local('city', 'city', '2019-04-01', ['province-old']),
    local('county-a', 'county', '2019-07-01', ['city', 'national#sec_2'], 'implements'),
    local('county-b', 'county', '2019-08-01', ['national']),
  ]);

  it('orders the nearest level first, then the newest', () => {
    const ids = ['county-b', 'province-old', 'city', 'province-new', 'unknown'];
    expect(ids.sort(nearestFirst(national, catalog.notice))).toEqual([
      'province-new',
      'province-old',
      'city',
      'county-b',
      'unknown',
    ]);
  });

  it('groups what cites a notice by the cited part, the notice as a whole first, nearest first in each', () => {
    const groups = citedByGroups(catalog, national);
    expect(groups.map((g) => [g.key, g.items.map((r) => r.from.notice)])).toEqual([
      ['', ['province-new', 'province-old', 'county-b']],
      ['sec_2', ['county-a']],
    ]);
    expect(citedByListed(groups)).toBe(false);
  });

  it('lists every notice below once, at the nearest generation it is reached at, through what it carries out', () => {
    expect(descendantsOf(catalog, national).map((d) => [d.generation, d.notice, d.via])).toEqual([
      [1, 'province-new', 'national'],
      [1, 'province-old', 'national'],
      [1, 'county-b', 'national'],
      // county-a carries out the city's notice too, but is listed once, one step below: it cites the national one.
      [1, 'county-a', 'national'],
      [2, 'city', 'province-old'],
    ]);
  });

  it('shows a small lineage whole', () => {
    const shown = lineageShown(catalog, national);
    expect(shown.more).toBe(0);
    expect(shown.down).toEqual(catalog.lineage.down('national'));
  });

  it('shows of a large lineage the first one step below, counting the rest, and lists them all', () => {
    const counties = Array.from({ length: SHOWN.lineageDown + 3 }, (_, i) =>
      local(`county-${String(i).padStart(2, '0')}`, 'county', `2020-01-${String(i + 1).padStart(2, '0')}`, [
        'province',
      ]),
    );
    const big = buildCatalog([
      national,
      local('province', 'province', '2019-02-01', ['national']),
      local('town', 'township', '2020-03-01', ['county-00']),
      ...counties,
    ]);
    const shown = lineageShown(big, national);
    expect(shown.down).toEqual([{ notice: 'province', kind: 'implements', next: [] }]);
    expect(shown.all).toHaveLength(counties.length + 2);
    expect(shown.more).toBe(counties.length + 1);

    const below = lineageShown(big, big.notice('province')!);
    expect(below.down.map((d) => d.notice)).toEqual(
      counties
        .map((c) => c.id)
        .reverse()
        .slice(0, SHOWN.lineageDown),
    );
    expect(below.down.every((d) => d.next.length === 0)).toBe(true);
    expect(below.more).toBe(4);
  });

  it('sends what cites a notice to a list of its own once its page would leave some out', () => {
    const many = Array.from({ length: SHOWN.citedBy.perPart + 1 }, (_, i) =>
      local(`county-${i}`, 'county', '2020-01-01', ['national#sec_1']),
    );
    const groups = citedByGroups(buildCatalog([national, ...many]), national);
    expect(groups.map((g) => [g.key, g.items.length])).toEqual([['sec_1', many.length]]);
    expect(citedByListed(groups)).toBe(true);
  });
});
