import { describe, expect, it } from 'vitest';
import { buildRegionTree, regionChain, regionNotices, regionPath } from './regions.ts';
import { notice } from '../../tests/helpers/notices.ts';

const region = (code: string, name: string, province: string | null, city: string | null, county: string | null) => ({
  code,
  name,
  province,
  city,
  county,
});

describe('regionChain', () => {
  it('derives the province and city codes of a county', () => {
    expect(regionChain(region('230522', '友谊县', '黑龙江省', '双鸭山市', '友谊县'))).toEqual([
      ['230000', '黑龙江省', 'province'],
      ['230500', '双鸭山市', 'city'],
      ['230522', '友谊县', 'county'],
    ]);
  });

  it('stops at the named levels', () => {
    expect(regionChain(region('220000', '吉林省', '吉林省', null, null))).toEqual([['220000', '吉林省', 'province']]);
    expect(regionChain(region('511100', '乐山市', '四川省', '乐山市', null))).toEqual([
      ['510000', '四川省', 'province'],
      ['511100', '乐山市', 'city'],
    ]);
    // A district of a municipality: no city level in between.
    expect(regionChain(region('110105', '朝阳区', '北京市', null, '朝阳区'))).toEqual([
      ['110000', '北京市', 'province'],
      ['110105', '朝阳区', 'county'],
    ]);
  });
});

describe('buildRegionTree', () => {
  const youyi = notice('youyi', { region: region('230522', '友谊县', '黑龙江省', '双鸭山市', '友谊县') });
  const heilongjiang = notice('hlj', { region: region('230000', '黑龙江省', '黑龙江省', null, null) });
  const jilin = notice('jilin', { region: region('220000', '吉林省', '吉林省', null, null) });
  const national = notice('guoban');
  const tree = buildRegionTree([youyi, heilongjiang, jilin, national]);

  it('nests divisions by code and counts notices including descendants', () => {
    expect(tree.roots.map((n) => [n.code, n.total])).toEqual([
      ['220000', 1],
      ['230000', 2],
    ]);
    expect(tree.byCode.get('230500')?.children.map((n) => n.name)).toEqual(['友谊县']);
    expect(regionNotices(tree.byCode.get('230000')!).map((n) => n.id)).toEqual(['hlj', 'youyi']);
  });

  it('keeps notices without a region apart', () => {
    expect(tree.unplaced.map((n) => n.id)).toEqual(['guoban']);
  });

  it('gives the breadcrumb path of a division', () => {
    expect(regionPath(tree, '230522').map((n) => n.name)).toEqual(['黑龙江省', '双鸭山市', '友谊县']);
  });

  it('attaches a division first seen without its parent', () => {
    const city = notice('city', { region: region('511100', '乐山市', null, '乐山市', null) });
    const county = notice('county', { region: region('511102', '市中区', '四川省', '乐山市', '市中区') });
    const late = buildRegionTree([city, county]);
    expect(late.roots.map((n) => n.code)).toEqual(['510000']);
    expect(late.byCode.get('510000')?.total).toBe(2);
  });
});
