import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { Level, Region } from '../../../src/model/notice.ts';
import { divisionTree } from './divisions.ts';
import { detectRegion } from './region.ts';
import { readSeed } from '../../../tests/seeds.ts';

const fixture = (name: string) => readSeed(name);

const national = { code: '100000', name: '全国', province: null, city: null, county: null };

describe('detectRegion on the seed notices', () => {
  const seeds = [
    {
      file: '000-jilin-2020.txt',
      issuer: '吉林省政务公开（政府信息公开）领导小组',
      title: '吉林省政务公开（政府信息公开）领导小组关于印发《吉林省2020年政务公开工作要点及重点任务分工》的通知',
      region: { code: '220000', name: '吉林省', province: '吉林省', city: null, county: null },
      level: 'province',
    },
    {
      file: '001-guangdong-forwarding.txt',
      issuer: '广东省人民政府办公厅',
      title: '广东省人民政府办公厅关于转发国务院办公厅2020年政务公开工作要点的通知',
      region: { code: '440000', name: '广东省', province: '广东省', city: null, county: null },
      level: 'province',
    },
    {
      file: '002-youyi-county.txt',
      issuer: '友谊县人民政府办公室',
      title: '友谊县人民政府办公室关于印发友谊县2020年政务公开工作实施方案的通知',
      region: { code: '230522', name: '友谊县', province: '黑龙江省', city: '双鸭山市', county: '友谊县' },
      level: 'county',
    },
    {
      file: '003-leshan-traditional.txt',
      issuer: '樂山市人民政府辦公室',
      title: '樂山市2020年政務公開工作要點',
      region: { code: '511100', name: '乐山市', province: '四川省', city: '乐山市', county: null },
      level: 'city',
    },
    {
      file: '004-jilin-2014.txt',
      issuer: '吉林省人民政府办公厅',
      title: '吉林省人民政府办公厅关于印发2014年全省政务公开工作要点的通知',
      region: { code: '220000', name: '吉林省', province: '吉林省', city: null, county: null },
      level: 'province',
    },
  ];

  for (const seed of seeds) {
    it(`${seed.file} from issuer, title and text`, () => {
      const text = fixture(seed.file);
      expect(detectRegion({ issuer: seed.issuer, title: seed.title, text })).toEqual({
        region: seed.region,
        level: seed.level,
      });
    });

    it(`${seed.file} from the text alone`, () => {
      const text = fixture(seed.file);
      expect(detectRegion({ issuer: null, title: null, text })).toEqual({ region: seed.region, level: seed.level });
    });
  }
});

describe('detectRegion', () => {
  const fromIssuer = (issuer: string, text = '') => detectRegion({ issuer, title: null, text });

  it('puts the State Council and its bodies at national level', () => {
    for (const issuer of [
      '国务院办公厅',
      '国务院',
      '国办',
      '教育部',
      '国家发展改革委 教育部',
      '海关总署',
      '中国人民银行',
    ])
      expect(fromIssuer(issuer), issuer).toEqual({ region: national, level: 'national' });
  });

  it('reads a national title, but not a local title that forwards a national notice', () => {
    const title = (t: string) => detectRegion({ issuer: null, title: t, text: '' });
    expect(title('国务院办公厅关于印发2020年政务公开工作要点的通知')).toEqual({ region: national, level: 'national' });
    expect(title('吉林省人民政府办公厅关于转发国务院办公厅2020年政务公开工作要点的通知').region?.code).toBe('220000');
  });

  it('does not take local Party departments for ministries', () => {
    expect(fromIssuer('省委宣传部')).toEqual({ region: null, level: null });
  });

  it('does not take a local notice that cites 国务院 in its text for a national one', () => {
    expect(detectRegion({ issuer: null, title: null, text: '为贯彻落实国务院办公厅有关要求，结合我县实际……' })).toEqual(
      {
        region: null,
        level: null,
      },
    );
  });

  it('narrows a municipality to its district', () => {
    expect(fromIssuer('北京市朝阳区人民政府办公室')).toEqual({
      region: { code: '110105', name: '朝阳区', province: '北京市', city: null, county: '朝阳区' },
      level: 'district',
    });
  });

  it('finds a prefecture-level city', () => {
    expect(fromIssuer('长春市人民政府')).toEqual({
      region: { code: '220100', name: '长春市', province: '吉林省', city: '长春市', county: null },
      level: 'city',
    });
  });

  it('tells same-named districts apart by the ancestors the text names', () => {
    // 和平区 is both 120101 (天津市) and 210102 (沈阳市, 辽宁省).
    expect(fromIssuer('和平区人民政府办公室', '根据沈阳市人民政府办公室要求……').region?.code).toBe('210102');
    expect(fromIssuer('和平区人民政府办公室', '根据天津市人民政府办公厅要求……').region?.code).toBe('120101');
    expect(fromIssuer('长春市朝阳区人民政府').region?.code).toBe('220104');
  });

  it('keeps the level but no place when namesakes cannot be told apart', () => {
    expect(fromIssuer('和平区人民政府办公室')).toEqual({ region: null, level: 'district' });
  });

  it('reads the level off an issuer the division list lacks, and a province its text names as its region', () => {
    expect(fromIssuer('龙溪县人民政府办公室', '为贯彻落实《湖南省政府信息公开规定》……')).toMatchObject({
      level: 'county',
      region: { code: '430000' },
    });
    expect(fromIssuer('××市人民政府办公室', '各县（市、区）人民政府')).toEqual({ region: null, level: 'city' });
    // A place no higher than the issuer's own level is not where it lies.
    expect(fromIssuer('东陵市人民政府', '参照长春市的做法……')).toEqual({ region: null, level: 'city' });
    expect(fromIssuer('枫川镇人民政府', '湖南省')).toMatchObject({ level: 'township', region: { code: '430000' } });
  });

  it('prefers the province 吉林 unless 吉林市 is written', () => {
    expect(fromIssuer('中共吉林省委办公厅').region?.code).toBe('220000');
    expect(detectRegion({ issuer: null, title: '2020年吉林政务公开工作要点', text: '' }).region?.code).toBe('220000');
    expect(fromIssuer('吉林市人民政府办公室')).toEqual({
      region: { code: '220200', name: '吉林市', province: '吉林省', city: '吉林市', county: null },
      level: 'city',
    });
  });

  it('reads the short forms of autonomous regions and SARs', () => {
    expect(detectRegion({ issuer: null, title: '广西2020年政务公开工作要点', text: '' }).region?.code).toBe('450000');
    expect(detectRegion({ issuer: null, title: '香港特别行政区政府', text: '' }).region?.code).toBe('810000');
  });

  it('ranks the issuer above the title and the title above the text', () => {
    const text = '乐山市人民政府办公室';
    expect(detectRegion({ issuer: '长春市人民政府', title: '吉林省2020年政务公开工作要点', text }).region?.code).toBe(
      '220100',
    );
    expect(detectRegion({ issuer: null, title: '吉林省2020年政务公开工作要点', text }).region?.code).toBe('220000');
  });

  it('counts 自治州/地区/盟 as cities and 县级市/旗/自治县/林区 as counties', () => {
    const level = (issuer: string) => fromIssuer(issuer).level;
    expect(level('延边朝鲜族自治州人民政府')).toBe('city');
    expect(level('大兴安岭地区行政公署')).toBe('city');
    expect(level('兴安盟行政公署')).toBe('city');
    expect(level('延吉市人民政府')).toBe('county');
    expect(level('鄂托克旗人民政府')).toBe('county');
    expect(level('长白朝鲜族自治县人民政府')).toBe('county');
    expect(level('神农架林区人民政府')).toBe('county');
    expect(level('西安市碑林区人民政府')).toBe('district');
  });

  it('folds Traditional script, including characters the fold changes (乾安縣)', () => {
    expect(fromIssuer('樂山市人民政府辦公室').region?.code).toBe('511100');
    expect(fromIssuer('吉林省松原市乾安縣人民政府').region?.code).toBe('220723');
    expect(fromIssuer('吉林省松原市乾安县人民政府').region?.code).toBe('220723');
  });

  it('does not read two-character county names out of ordinary words', () => {
    // 和县 (安徽) hides in 各市和县.
    expect(detectRegion({ issuer: null, title: null, text: '各市和县人民政府：' })).toEqual({
      region: null,
      level: null,
    });
    expect(fromIssuer('重庆市忠县人民政府').region?.code).toBe('500233');
  });

  it('takes the newer code where the data keeps a superseded one (三元区 350403 → 350404)', () => {
    expect(fromIssuer('三明市三元区人民政府').region?.code).toBe('350404');
  });
});

describe('detectRegion properties', () => {
  type Chain = { text: string; province: string; city: string | null; name: string };
  type Raw = { c: string; n: string; d?: Raw[] };
  // An oracle built straight from the registry data: every division written out with its ancestors.
  const chains: Chain[] = (() => {
    const provinces = divisionTree() as Raw[];
    const out: Chain[] = [];
    for (const p of provinces) {
      out.push({ text: p.n, province: p.n, city: null, name: p.n });
      for (const c of p.d ?? []) {
        const isCity = c.c.endsWith('00') && !c.n.endsWith('行政区划');
        if (!c.c.endsWith('00')) out.push({ text: p.n + c.n, province: p.n, city: null, name: c.n });
        if (isCity) out.push({ text: p.n + c.n, province: p.n, city: c.n, name: c.n });
        for (const a of c.d ?? [])
          if (a.n !== '市辖区')
            out.push({ text: p.n + (isCity ? c.n : '') + a.n, province: p.n, city: isCity ? c.n : null, name: a.n });
      }
    }
    return out;
  })();
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

  it('finds every division written with its ancestors, in either script', () => {
    fc.assert(
      fc.property(fc.constantFrom(...chains), fc.boolean(), (chain, traditional) => {
        const issuer = (traditional ? toTraditional(chain.text) : chain.text) + '人民政府办公室';
        const { region } = detectRegion({ issuer, title: null, text: '' });
        expect(region).toMatchObject({ name: chain.name, province: chain.province, city: chain.city });
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the level an issuer names when the list lacks its place, and the place the title names around it', () => {
    // Found by the property below: 和县 after 人民政府 reads as "and", so the issuer names a county the list lacks.
    expect(detectRegion({ issuer: '人民政府和县人民政府', title: '北京市', text: '' })).toMatchObject({
      region: { name: '北京市', county: null },
      level: 'county',
    });
  });

  it('always returns a schema-valid region whose fields agree with its level', () => {
    const piece = fc.oneof(
      fc.constantFrom(...chains.map((chain) => chain.name)),
      fc.constantFrom('人民政府', '办公室', '关于', '国务院', '部', '省委', '和县', '各市', '，', ' ', '\n'),
      fc.string({ maxLength: 3 }),
    );
    const field = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.option(field), fc.option(field), field, (issuer, title, text) => {
        const { region, level } = detectRegion({ issuer, title, text });
        if (level !== null) Level.parse(level);
        if (region === null) return;
        Region.parse(region);
        expect(level).not.toBeNull();
        expect(region.province === null).toBe(level === 'national');
        // The region is the notice's own place, or — for an issuer the division list lacks (龙溪县人民政府, 人民政府和县
        // 人民政府) — the place around it that the title names: never finer than the level.
        const rank = { national: 0, province: 1, city: 2, county: 3, district: 3, township: 4 } as const;
        const regionRank = region.county !== null ? 3 : region.city !== null ? 2 : region.province !== null ? 1 : 0;
        expect(regionRank).toBeLessThanOrEqual(rank[level!]);
        if (region.county !== null) expect(['county', 'district']).toContain(level);
        if (region.city !== null && region.city === region.name) expect(level).not.toBe('province');
      }),
      { numRuns: 500 },
    );
  });
});

describe('divisions created, renamed or merged since 2016', () => {
  it.each([
    ['白杨市人民政府', '659012', '白杨市'], // a city created in 2021
    ['错那市人民政府办公室', '540581', '错那市'], // 错那县 became a city in 2023
    ['兖州市人民政府办公室', '370882', '兖州市'], // a 2011 notice: 兖州市 is 兖州区 since 2013
    ['莱芜市人民政府', '371200', '莱芜市'], // merged into 济南市 in 2019
  ])('places %s at %s', (issuer, code, name) => {
    expect(detectRegion({ issuer, title: null, text: '' }).region).toMatchObject({ code, name });
  });
});

describe('places a body names in passing', () => {
  it('never takes a topic (对台, 参照海南经验) for where the notice was issued', () => {
    const text = '加强区台湾工作部信息公开。参照海南离岛免税监管经验，推动福建自贸试验区建设，落实福建省政务公开要点。';
    expect(detectRegion({ issuer: '某综合实验区管委会', title: null, text }).region?.province).toBe('福建省');
  });
});
