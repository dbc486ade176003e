import { describe, expect, it } from 'vitest';
import { strings } from '../i18n/strings.ts';
import { component, notice } from '../../tests/helpers/notices.ts';
import { buildCatalog } from './catalog.ts';
import { groupByProvince } from './facet-groups.ts';

const place = (code: string, name: string, province: string | null) => ({
  code,
  name,
  province,
  city: null,
  county: null,
});
const youyi = { ...place('230522', '友谊县', '黑龙江省'), city: '双鸭山市', county: '友谊县' };
const guangdongProvince = place('440000', '广东省', null);
const catalog = buildCatalog([
  notice('gd-1', { issuer: '广东省人民政府办公厅', region: guangdongProvince, level: 'province' }),
  notice('gd-2', { issuer: '广东省人民政府办公厅', region: guangdongProvince, level: 'province' }),
  // 广东 forwards 国务院办公厅's document, and 教育部's, which has no notice of its own here.
  notice('gd-3', {
    issuer: '广东省人民政府办公厅',
    region: guangdongProvince,
    level: 'province',
    components: [
      component('main', 'letter', []),
      component('att_1', 'text', [], { issuer: '国务院办公厅' }),
      component('att_2', 'text', [], { issuer: '教育部办公厅' }),
    ],
  }),
  notice('gov-1', { issuer: '国务院办公厅', level: 'national' }),
  notice('hlj-1', { issuer: '友谊县人民政府办公室', region: youyi, level: 'county' }),
  // An issuer printed with notices of two provinces belongs to the one with more.
  notice('hlj-2', { issuer: '某厅', region: youyi, level: 'county' }),
  notice('hlj-3', { issuer: '某厅', region: youyi, level: 'county' }),
  notice('gd-4', { issuer: '某厅', region: guangdongProvince, level: 'province' }),
  notice('x-1', { issuer: '某某办公室' }),
  // 全国 (GB/T 2260 100000) is the country, not a province.
  notice('cn-1', { issuer: '国务院', region: place('100000', '全国', null) }),
]);
const groups = groupByProvince('issuer', catalog.facet('issuer'));

describe('groupByProvince', () => {
  it('puts each issuer under the province of its own notices, national first, then provinces by code, then the rest', () => {
    expect(groups.map((g) => [g.key, g.label, g.values.map((v) => v.value)])).toEqual([
      ['national', strings.levels.national, ['国务院办公厅', '国务院']],
      ['230000', '黑龙江省', ['某厅', '友谊县人民政府办公室']],
      ['440000', '广东省', ['广东省人民政府办公厅']],
      ['none', strings.browse.noRegion, ['某某办公室']],
      ['forwarded', strings.browse.forwardedOnly, ['教育部办公厅']],
    ]);
  });

  it('lists every value once, in the facet’s order within a group', () => {
    const all = catalog.facet('issuer');
    expect(groups.flatMap((g) => g.values.map((v) => v.value)).sort()).toEqual(all.map((v) => v.value).sort());
    for (const group of groups) expect(group.values).toEqual(all.filter((v) => group.values.includes(v)));
  });
});
