/**
 * Administrative region (GB/T 2260) and level of a notice, read from its issuer, title and text.
 *
 * Division names come from divisions.ts (current GB/T 2260 codes and those of past revisions). Matching runs on a Traditional→Simplified fold of
 * both the input and the division names, so 樂山市 finds 乐山市 and 乾安县 still finds itself.
 */
import type { Level, Region } from '../../../src/model/notice.ts';
import { toSimplified, toTraditional } from '../../../src/model/script.ts';
import { divisionTree, type RawDivision } from './divisions.ts';

type Division = {
  code: string;
  name: string;
  level: Exclude<Level, 'national'>;
  province: Division | null; // null for a province itself
  city: Division | null; // null for provinces, cities, and counties directly under a province (直辖市, 省直辖县级)
};

type Mention = { start: number; end: number; divisions: Division[] };

/** Division names by name; and, per first character, the name lengths that start with it (longest first). */
type Index = { byName: Map<string, Division[]>; lengthsByFirst: Map<string, number[]> };

const NATIONAL: Region = { code: '100000', name: '全国', province: null, city: null, county: null };

let index: Index | null = null;

/** Built once, on first use: the JSON is a few hundred KB and most callers never need it. */
function divisionIndex(): Index {
  if (index) return index;
  const provinces = divisionTree();
  const byName = new Map<string, Division[]>();
  const add = (name: string, division: Division) => {
    // Keyed by the fold of the name and of its Traditional spelling: the fold is phrase-based, so 乾安县 and
    // 乾安縣 fold differently.
    for (const key of new Set([toSimplified(name), toSimplified(toTraditional(name))])) {
      const list = byName.get(key) ?? [];
      // The data keeps a superseded code beside the new one for a renamed-in-place unit (三元区 350403/350404);
      // under one parent, the higher code is the newer.
      const namesake = list.find(
        (other) => other.name === division.name && other.province === division.province && other.city === division.city,
      );
      if (namesake && namesake.code < division.code) list[list.indexOf(namesake)] = division;
      else if (!namesake) list.push(division);
      byName.set(key, list);
    }
  };
  const addCounty = (raw: RawDivision, province: Division, city: Division | null) => {
    // 市辖区 is a statistical placeholder, not a place anyone names.
    if (raw.n === '市辖区') return;
    add(raw.n, { code: raw.c, name: raw.n, level: countyLevel(raw), province, city });
  };
  for (const rawProvince of provinces) {
    const province: Division = {
      code: rawProvince.c,
      name: rawProvince.n,
      level: 'province',
      province: null,
      city: null,
    };
    add(province.name, province);
    // 台湾, 香港, 澳门 name a topic in a mainland notice (区台湾工作部, 对台), never where it was issued.
    if (!OUTSIDE_MAINLAND.test(province.code)) add(provinceShortName(province.name), province);
    for (const rawCity of rawProvince.d ?? []) {
      // Municipalities and SARs list their districts straight under the province.
      if (!rawCity.c.endsWith('00')) addCounty(rawCity, province, null);
      // "河南省-省直辖县级行政区划" groups county-level units that have no city above them.
      else if (rawCity.n.endsWith('行政区划')) for (const raw of rawCity.d ?? []) addCounty(raw, province, null);
      else {
        const city: Division = { code: rawCity.c, name: rawCity.n, level: 'city', province, city: null };
        add(city.name, city);
        for (const raw of rawCity.d ?? []) addCounty(raw, province, city);
      }
    }
  }
  const lengthsByFirst = new Map<string, number[]>();
  for (const name of byName.keys()) lengthsByFirst.set(name[0], [...(lengthsByFirst.get(name[0]) ?? []), name.length]);
  for (const [first, lengths] of lengthsByFirst)
    lengthsByFirst.set(
      first,
      [...new Set(lengths)].sort((a, b) => b - a),
    );
  index = { byName, lengthsByFirst };
  return index;
}

/**
 * 市辖区 are named …区; GB/T 2260 numbers counties and 旗 21–50, which keeps 神农架林区 (429021) a county
 * while 碑林区 (610103) stays a district. 县级市, 旗 and 自治县 are counties.
 */
function countyLevel(raw: RawDivision): 'county' | 'district' {
  const serial = Number(raw.c.slice(4));
  return raw.n.endsWith('区') && !(serial >= 21 && serial <= 50) ? 'district' : 'county';
}

const OUTSIDE_MAINLAND = /^(?:71|81|82)/;

/** 吉林省 → 吉林, 北京市 → 北京, 香港特别行政区 → 香港, 广西壮族自治区 → 广西 (autonomous regions go by two characters). */
function provinceShortName(name: string): string {
  if (name.endsWith('自治区')) return name.slice(0, 2);
  return name.replace(/(省|市|特别行政区)$/, '');
}

/**
 * Leftmost-longest division names in a (folded) string, so 吉林市 beats 吉林 and 海南藏族自治州 beats 海南.
 * Two-character county names (忠县, 城区, 和县) are everyday words too ("各市和县"), so they count only where
 * no Han character precedes them or right after another division name (重庆市忠县).
 */
function mentions(text: string): Mention[] {
  const { byName, lengthsByFirst } = divisionIndex();
  const found: Mention[] = [];
  for (let start = 0; start < text.length;) {
    let match: Mention | null = null;
    for (const length of lengthsByFirst.get(text[start]) ?? []) {
      if (match || length < 2 || start + length > text.length) continue;
      const divisions = byName.get(text.slice(start, start + length));
      if (!divisions) continue;
      const trusted =
        length > 2 ||
        divisions.every((division) => division.level === 'province') ||
        !/\p{Script=Han}/u.test(text[start - 1] ?? '') ||
        found.at(-1)?.end === start;
      if (trusted) match = { start, end: start + length, divisions };
    }
    if (match) found.push(match);
    start = match ? match.end : start + 1;
  }
  return found;
}

function isAncestor(ancestor: Division, division: Division): boolean {
  return division.province === ancestor || division.city === ancestor;
}

/**
 * The division a string is about: its first name, narrowed through the names written right after it
 * (北京市朝阳区, 黑龙江省双鸭山市友谊县). Returns every candidate still standing for that name.
 */
function leadingDivision(found: Mention[]): Division[] | null {
  const first = found[0];
  if (!first) return null;
  let candidates = first.divisions;
  for (let i = 1; i < found.length && found[i].start === found[i - 1].end; i++) {
    const children = found[i].divisions.filter((child) => candidates.some((parent) => isAncestor(parent, child)));
    if (children.length === 0) break;
    candidates = children;
  }
  return candidates;
}

/** Same-named divisions (和平区 in 天津市 and 沈阳市) are told apart by how often their ancestors are named. */
function disambiguate(candidates: Division[], context: Mention[]): Division | null {
  if (candidates.length === 1) return candidates[0];
  const named = new Map<Division, number>();
  for (const mention of context)
    for (const division of mention.divisions) named.set(division, (named.get(division) ?? 0) + 1);
  const support = (d: Division) =>
    (d.province ? (named.get(d.province) ?? 0) : 0) + (d.city ? (named.get(d.city) ?? 0) : 0);
  const ranked = candidates.map((d) => ({ d, score: support(d) })).sort((a, b) => b.score - a.score);
  return ranked[0].score > ranked[1].score ? ranked[0].d : null;
}

/**
 * The State Council, its ministries and commissions, and central Party/NPC bodies. Applied only to issuer-like
 * strings, since local notices cite 国务院 all the time. 省委宣传部 and the like are local, hence the exclusion.
 */
function isNationalBody(issuer: string): boolean {
  return issuer
    .split(/[\s、，,]+/)
    .some(
      (body) =>
        /^(中华人民共和国|中国|国务院|国办|国家|中共中央|中央|全国)/.test(body) ||
        (/(部|总署|署|总局)(办公厅)?$/.test(body) && !/^[省市县区州盟旗乡镇]/.test(body)),
    );
}

const LEVEL_BY_SUFFIX: [RegExp, Level][] = [
  [/(省|自治区)$/, 'province'],
  [/(市|自治州|州|盟|地区)$/, 'city'],
  [/(县|自治县|旗)$/, 'county'],
  [/区$/, 'district'],
  [/(镇|乡|街道)$/, 'township'],
];
const ORGANS = /(人民政府|政府|办公室|办公厅|委员会|管委会|办事处|[厅局委办])+$/;

/**
 * The level an issuer names by its place's suffix when the place is not in the division list (龙溪县人民政府办公室,
 * ××市人民政府办公室: a fictional, renamed or redacted place): 县 → county, 市 → city, 区 → district, 镇/乡/街道 →
 * township (below the division list's counties, so always named this way).
 */
function levelNamed(issuer: string): Level | null {
  const place = issuer.replace(ORGANS, '');
  if (place === issuer || place.length < 2) return null;
  return LEVEL_BY_SUFFIX.find(([suffix]) => suffix.test(place))?.[1] ?? null;
}

const RANK: Record<Level, number> = { national: 0, province: 1, city: 2, county: 3, district: 3, township: 4 };

function toRegion(division: Division): Region {
  const province = division.province ?? division;
  return {
    code: division.code,
    name: division.name,
    province: province.name,
    city: division.level === 'city' ? division.name : (division.city?.name ?? null),
    county: division.level === 'county' || division.level === 'district' ? division.name : null,
  };
}

/**
 * A body names other places too (参照海南离岛免税监管经验 in a Fujian notice): of its mentions, only those in the
 * province it names most often.
 */
function inMostNamedProvince(found: Mention[]): Mention[] {
  const provinceOf = (division: Division) => division.province ?? division;
  const counts = new Map<Division, number>();
  for (const mention of found)
    for (const province of new Set(mention.divisions.map(provinceOf)))
      counts.set(province, (counts.get(province) ?? 0) + 1 / mention.divisions.length);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return top ? found.filter((mention) => mention.divisions.some((division) => provinceOf(division) === top)) : found;
}

export function detectRegion(input: { issuer: string | null; title: string | null; text: string }): {
  region: Region | null;
  level: Level | null;
} {
  const issuer = toSimplified(input.issuer ?? '').trim();
  const title = toSimplified(input.title ?? '').trim();
  const text = toSimplified(input.text);
  // GB/T 9704 titles read 发文机关 + 关于 + 事由; the part before 关于 names the issuer.
  const titleIssuer = title.includes('关于') ? title.slice(0, title.indexOf('关于')) : '';
  const found = {
    issuer: mentions(issuer),
    titleIssuer: mentions(titleIssuer),
    title: mentions(title),
    text: mentions(text),
  };
  const context = [...found.issuer, ...found.title, ...found.text];
  const namedLevel = found.issuer.length || found.titleIssuer.length ? null : levelNamed(issuer || titleIssuer);

  // Strongest evidence first: issuer, then the title's issuer part, then the whole title, then the text.
  const steps = [
    { source: issuer, found: found.issuer, nationalToo: true },
    { source: titleIssuer, found: found.titleIssuer, nationalToo: true },
    { source: title, found: found.title, nationalToo: false },
    { source: text, found: inMostNamedProvince(found.text), nationalToo: false },
  ];
  for (const step of steps) {
    const candidates = leadingDivision(step.found);
    if (candidates) {
      const division = disambiguate(candidates, context);
      // An ambiguous place still tells the level when its namesakes share it (朝阳区 is a district either way).
      const levels = new Set(candidates.map((candidate) => candidate.level));
      const level = division?.level ?? (levels.size === 1 ? candidates[0].level : null);
      // An issuer the list lacks keeps its own level; a place its title or text names is at most the region it lies in.
      if (namedLevel)
        return {
          region: division && RANK[division.level] < RANK[namedLevel] ? toRegion(division) : null,
          level: namedLevel,
        };
      return { region: division && toRegion(division), level };
    }
    if (step.nationalToo && step.source && isNationalBody(step.source)) return { region: NATIONAL, level: 'national' };
  }
  return { region: null, level: namedLevel };
}
