/**
 * Responsible units normalised within their region. A note prints a unit as its notice's writer knew it — 县司法局 or
 * 司法局, 省政务服务数据管理局 or 省政数局, 市衛生健康委 — and means the department of its own region: 县司法局 in a
 * 友谊县 notice is 友谊县's, never another county's. So a unit is keyed by its region (the notice's, or the level its
 * prefix names: 省… in a city notice is the province's) and its name with the prefix, the script, 人民 and standard
 * abbreviations folded away. Printed forms are kept as the unit's aliases; the name shown is one of them, never made up.
 *
 * Collective addressees (各乡（镇）政府, 县直各单位, 省政府有关部门) are a kind of their own. 卫生健康局等部门 is
 * 卫生健康局 and a collective remainder.
 */
import { indexClauses } from '../model/citation.ts';
import type { Notice, Region, Responsibility } from '../model/notice.ts';
import { toSimplified } from '../model/script.ts';
import { foldWidth } from '../model/width.ts';
import { regionChain, type RegionRank } from './regions.ts';

export type UnitKind = 'named' | 'collective';

/** One printed name read as a unit: its key (region + folded name), what kind it is and where it sits. */
export interface UnitReading {
  key: string;
  kind: UnitKind;
  /** The name as printed (for 等部门: the named part alone, or the whole phrase for the collective remainder). */
  printed: string;
  /** The region the unit belongs to, or null when its notice names none (then the unit is that notice's alone). */
  region: Region | null;
  /** The folded name without its region prefix: 司法局, 政府办公室, 直各单位. */
  core: string;
}

// Brackets of every shape read as one, for comparing (各市〔州〕 = 各市（州）).
const OPEN = /[〔［[【(]/g;
const CLOSE = /[〕］\]】)]/g;

/** A name as compared: Simplified, half-width letters and digits, no spaces, one bracket shape. */
export function comparable(name: string): string {
  return toSimplified(foldWidth(name)).replace(/\s+/g, '').replace(OPEN, '（').replace(CLOSE, '）');
}

// 各…, …有关部门, 全省各级…, 省属国有企业, 试点市（州）人民政府, 县（市、区）政府: addressees that name no one department.
const COLLECTIVE = /各|有关|相关|^全[省市县区镇乡]|^[省市县区]属|^试点|^[省市县区州]（[^）]*、/;
// 卫生健康局等部门: one named unit and the rest left unnamed.
const ET_AL = /^(?<named>.+?)等(?:有关|相关)?(?:部门|单位|处室|科室)$/;

/** The level a prefix names; the look-aheads keep words that merely start with the character (市场监管局, 乡村振兴局). */
const LEVEL_PREFIX =
  /^(?:(?<province>省)(?!份)|(?<city>[市州盟])(?!场|政公用|容)|(?<county>[县区旗])(?!域|块)|[镇乡](?!村))(?!（)/;

/**
 * Standard abbreviations, each group's first form the one compared; a stem counts only right before the organ
 * (发改委, 住建局), so 交通 is 交通运输 only in 交通局 and never inside a longer name.
 */
const STANDARD_ABBREVIATIONS: string[][] = [
  ['发展改革', '发展和改革', '发改'],
  ['住房城乡建设', '住房和城乡建设', '住建'],
  ['人力资源社会保障', '人力资源和社会保障', '人社', '人力社保'],
  ['卫生健康', '卫健'],
  ['卫生计生', '卫生和计划生育'],
  ['市场监管', '市场监督管理'],
  ['教育体育', '教育和体育', '教体'],
  ['工业和信息化', '工业信息化', '工信'],
  ['交通运输', '交通'],
  ['应急管理', '应急'],
  ['政务服务数据管理', '政数'],
  ['医疗保障', '医保'],
  ['国资', '国有资产监督管理'],
  ['网信', '网络安全和信息化'],
  ['食品药品监管', '食品药品监督管理', '食药监'],
  ['政府办公', '政府办'],
];
const ORGAN = '[厅局委办]';
const ABBREVIATION_RULES = STANDARD_ABBREVIATIONS.map((forms) => ({
  pattern: new RegExp(`^(?:${[...forms].sort((a, b) => b.length - a.length).join('|')})(?=${ORGAN}|室$)`),
  canonical: forms[0]!,
}));

/** A core name with 人民, 委员会 and the standard abbreviations folded: 卫生健康委员会 → 卫生健康委, 政府办 → 政府办公室. */
export function foldCore(core: string): string {
  let folded = core.replace(/人民政府/g, '政府').replace(/委员会(办公室)?$/, (_, office) => (office ? '委办' : '委'));
  if (folded === '政府办') folded = '政府办公室';
  for (const { pattern, canonical } of ABBREVIATION_RULES) {
    const m = pattern.exec(folded);
    if (m) return canonical + folded.slice(m[0].length);
  }
  return folded;
}

/** Full names a text defines a short name for: 省政务服务数据管理局（以下简称省政数局） → [省政务服务数据管理局, 省政数局]. */
export function definedAbbreviations(text: string): [full: string, short: string][] {
  const found: [string, string][] = [];
  const re =
    /(?<full>[\u4e00-\u9fff]{2,30}?(?:局|厅|委员会|委|办公室|中心))[（(](?:以下)?简称[“"「]?(?<short>[\u4e00-\u9fff]{2,12})[”"」]?[）)]/g;
  for (const m of comparable(text).matchAll(re)) found.push([m.groups!.full!, m.groups!.short!]);
  return found;
}

const abbreviationsOf = new WeakMap<Notice, [string, string][]>();

/** The short names a notice defines anywhere in its clauses; read once per notice, however many clauses ask. */
export function noticeAbbreviations(notice: Notice): [full: string, short: string][] {
  let found = abbreviationsOf.get(notice);
  if (!found) {
    const text = [...indexClauses(notice).values()].map(({ clause }) => `${clause.heading ?? ''}${clause.text}`);
    abbreviationsOf.set(notice, (found = definedAbbreviations(text.join('\n'))));
  }
  return found;
}

const RANK_OF_GROUP = { province: 'province', city: 'city', county: 'county' } as const;

/** The region a level names, seen from the notice's region: 省 in a county notice is its province. */
function regionAt(region: Region, rank: RegionRank): Region | null {
  const entry = regionChain(region).find(([, , r]) => r === rank);
  if (!entry) return null;
  const [code, name] = entry;
  return {
    code,
    name,
    province: rank === 'province' ? null : region.province,
    city: rank === 'county' ? region.city : null,
    county: null,
  };
}

/** Where a folded name sits and what is left of it without its prefix (友谊县司法局 → 友谊县, 司法局). */
function placeName(name: string, region: Region | null): { region: Region | null; core: string } {
  if (region === null) return { region, core: name.replace(LEVEL_PREFIX, '') || name };
  // A full region name as prefix: 吉林省政府办公厅, 友谊县司法局.
  for (const [code, regionName, rank] of regionChain(region))
    if (name.startsWith(regionName) && name.length > regionName.length)
      return { region: code === region.code ? region : regionAt(region, rank), core: name.slice(regionName.length) };
  const m = LEVEL_PREFIX.exec(name);
  if (!m || m[0].length === name.length) return { region, core: name };
  const group = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] as
    keyof typeof RANK_OF_GROUP | undefined;
  const rank = group && RANK_OF_GROUP[group];
  const own = regionChain(region).at(-1)![2];
  // 市… in a province notice or 县… in a city notice names none of the notice's regions: it stays the notice's.
  const at = rank && rank !== own ? (regionAt(region, rank) ?? region) : region;
  return { region: at, core: name.slice(m[0].length) };
}

function reading(printed: string, kind: UnitKind, notice: Notice, short: Map<string, string>): UnitReading {
  const name = comparable(printed);
  const { region, core } = placeName(short.get(name) ?? name, notice.region);
  const scope = region ? region.code : `notice-${notice.id}`;
  return {
    key: `${scope}:${kind === 'named' ? foldCore(core) : core.replace(/人民政府/g, '政府')}`,
    kind,
    printed,
    region,
    core,
  };
}

/**
 * The units a printed name stands for in a notice: one, or for 卫生健康局等部门 the named unit and the collective
 * remainder. `abbreviations` are the short names the notice defines (definedAbbreviations over its text).
 */
export function readUnit(printed: string, notice: Notice, abbreviations: [string, string][] = []): UnitReading[] {
  const short = new Map(abbreviations.map(([full, s]) => [s, full]));
  const name = comparable(printed);
  const etAl = ET_AL.exec(name);
  if (etAl && !COLLECTIVE.test(etAl.groups!.named!)) {
    const named = printed.slice(0, etAl.groups!.named!.length);
    return [reading(named, 'named', notice, short), reading(printed, 'collective', notice, short)];
  }
  return [reading(printed, COLLECTIVE.test(name) || etAl ? 'collective' : 'named', notice, short)];
}

// 县直各单位, 省政府各部门, 市级各部门, 各单位: every department of the region's government, each of them included.
const EVERY_DEPARTMENT = /^(?:政府|直|级)?各(?:部门|单位|机关|委办局)$/;

/** Whether a collective addressee takes in every named department of its region (a county's 县直各单位 its 县司法局). */
export function includesEveryDepartment(collective: UnitReading): boolean {
  return collective.kind === 'collective' && EVERY_DEPARTMENT.test(collective.core);
}

/** A government (县政府, 各乡（镇）政府) is addressed, not one of the departments a 各单位 takes in. */
export function isDepartment(unit: UnitReading): boolean {
  return unit.kind === 'named' && !/政府$/.test(unit.core);
}

/** The keys of the units a clause's duty names, lead and responsible (the search's unit filter, src/lib/facets.ts). */
export function dutyUnitKeys(notice: Notice, duty: Responsibility | null): string[] {
  if (!duty) return [];
  const printed = [...new Set([...duty.lead, ...duty.units])];
  return printed.flatMap((name) => readUnit(name, notice, noticeAbbreviations(notice)).map((unit) => unit.key));
}
