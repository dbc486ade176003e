/**
 * One generated notice as printed, line by line, in Simplified script: the header (版头, 发文字号, a title wrapped over
 * lines, 主送), a cover letter signed and dated with its 附注, the issued text numbered 一、/（一）/1./（1） with
 * responsibility notes and a task table, or a forwarding letter with the forwarded notice in full, then 主题词 and
 * 抄送/印发. The structures and the fixed formulas (印发给你们, 以下简称, 此件公开发布) are those of the seeds and samples;
 * every heading and sentence comes from their pools (pools.ts). Script, width, line ends and encoding are applied
 * afterwards (generate-corpus.ts).
 */
import { chineseNumeral } from '../../src/model/forms.ts';
import type { Level } from '../../src/model/notice.ts';
import type { Pools } from './pools.ts';
import type { Random } from './random.ts';
import { ADDRESSEES, approverOf, LOCAL_GROUPS, ownPlaceWord, type Place, TIER } from './regions.ts';

export const GENRES = ['要点', '实施方案', '任务分解', '转发通知'] as const;
export type Genre = (typeof GENRES)[number];

export interface SignedDate {
  year: number;
  month: number;
  day: number;
}

export const isoDate = ({ year, month, day }: SignedDate) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** A notice issued earlier in the corpus, as later ones cite or forward it. */
export interface Issued {
  index: number;
  place: Place;
  genre: Genre;
  issuer: string;
  documentNumber: string | null;
  title: string;
  /** The text it issues (2020年政务公开工作要点), which a forwarding title names. */
  issuedTitle: string;
  /** What later notices call it after 以下简称. */
  alias: string;
  signed: SignedDate;
  /** The notice without web chrome, 主题词 or 抄送: what a forwarding notice embeds. */
  documentLines: string[];
  /** Numbered top-level clauses of each document in it, in order (the cover letter counts as one, often with 0). */
  components: number[];
}

export interface Citation {
  index: number;
  documentNumber: string;
  title: string;
}

export interface NoticePlan {
  place: Place;
  genre: Genre;
  signed: SignedDate;
  issuer: string;
  documentNumber: string | null;
  /** Earlier notices this one cites (each with a 发文字号). */
  cited: Issued[];
  /** The earlier notice a 转发通知 embeds. */
  forwarded: Issued | null;
  /** Whether a blank line is printed after every line (a web page copied). */
  blankLines: boolean;
  /** Whether it opens with the 版头 (…文件) of a printed document. */
  redHeader: boolean;
  /** Bytes the printed notice should come near (UTF-8, before any re-encoding). */
  targetBytes: number;
}

export interface ComposedNotice {
  lines: string[];
  issued: Omit<Issued, 'index'>;
  citations: Citation[];
}

const utf8Length = (lines: string[]) => lines.reduce((n, line) => n + Buffer.byteLength(line) + 1, 0);

/** 政府信息公开 before the 2013–2016 reform named it 政务公开 in notice titles. */
const topicOf = (year: number) => (year < 2014 ? '政府信息公开' : '政务公开');

/** 省/市/县/区/镇: the character a notice's place ends with, for 全省, 本市, 县政府. */
function placeSuffix(place: Place): string {
  if (place.level === 'national') return '国';
  if (place.level === 'province') return '省';
  return place.shortName.at(-1)!;
}

/** Writes the lines of one notice; `random` is the notice's own, so one notice's draws never shift another's. */
export function composeNotice(plan: NoticePlan, pools: Pools, random: Random): ComposedNotice {
  const { place, genre, signed, issuer, documentNumber } = plan;
  const year = signed.year;
  const topic = topicOf(year);
  const own = ownPlaceWord(place);
  const suffix = placeSuffix(place);
  const used = new Set<string>();

  /** A pool string not yet used in this notice, its years moved to the notice's year and its place words to its own. */
  const draw = (pool: string[]): string => {
    let text = random.pick(pool);
    for (let tries = 0; used.has(text) && tries < 8; tries++) text = random.pick(pool);
    used.add(text);
    return text
      .replace(/(?:19|20)\d{2}(?=年)/g, String(year))
      .replace(/我[省市县区镇]/g, own)
      .replace(/全[省市县区镇](?=[^份级委])/g, `全${suffix}`);
  };
  const sentences = (min: number, max: number) =>
    Array.from({ length: random.int(min, max) }, () => draw(pools.sentences)).join('');

  // ---- responsibility notes, in one style per notice, with units of the notice's own tier -----------------------
  // A county-level city (汉川市) names its departments 市…, a district 区…, a county 县….
  const countyWord = place.level === 'county' && place.shortName.endsWith('市') ? '市' : '县';
  const localize = (unit: string) => {
    if (place.level === 'district') return unit.replace(/^县/, '区');
    if (place.level === 'county') return unit.replace(/^[县区]/, countyWord);
    if (place.level === 'township' && place.shortName.endsWith('乡')) return unit.replace(/^镇/, '乡');
    return unit;
  };
  const unitPool = pools.units[TIER[place.level]];
  const unit = () => localize(random.pick(unitPool));
  const deadline = () =>
    random.pick([
      `${year}年底前`,
      `${year}年${random.int(3, 12)}月底前`,
      `${year}年6月30日前`,
      '长期坚持',
      '持续推进',
      '每季度末',
    ]);
  const noteStyle =
    place.level === 'national' ? 'none' : random.weighted({ labelled: 4, free: 3, bracketed: 1, none: 2 });
  const notePlacement = random.weighted({ sameLine: 4, ownLine: 1 });
  const units = () => [
    ...new Set([unit(), ...(random.chance(0.5) ? [unit()] : []), random.pick(LOCAL_GROUPS[place.level])]),
  ];
  const note = (): string | null => {
    if (noteStyle === 'none' || random.chance(0.25)) return null;
    const lead = random.chance(0.2) ? `${unit()}、${unit()}` : unit();
    if (noteStyle === 'labelled')
      return `（牵头单位：${lead}；责任单位：${units().join('，')}；完成时限：${deadline()}）`;
    if (noteStyle === 'free')
      return random.chance(0.5)
        ? `（${lead}牵头，${units().join('、')}按照职能分别落实）`
        : `（${lead}牵头组织，${units().join('、')}负责）`;
    return `〔责任单位:${[lead, ...units()].join(',')}〕`;
  };

  // ---- citations of earlier notices ------------------------------------------------------------------------------
  const citations: Citation[] = [];
  const cite = (target: Issued, withAlias: boolean) => {
    citations.push({ index: target.index, documentNumber: target.documentNumber!, title: target.title });
    return `《${target.title}》（${target.documentNumber}${withAlias ? `，以下简称《${target.alias}》` : ''}）`;
  };
  const aliased: Issued[] = [];
  const citing = (cited: Issued[]) =>
    cited.map((target) => {
      const withAlias = random.chance(0.4);
      if (withAlias) aliased.push(target);
      return cite(target, withAlias);
    });
  const joinCitations = (parts: string[]) =>
    parts.length > 1 ? `${parts.slice(0, -1).join('、')}和${parts.at(-1)}` : parts[0]!;
  /** A sentence that leads into a clause's text with a citation of an earlier notice: its alias, title or 发文字号. */
  const citingLead = (): string => {
    if (aliased.length && random.chance(0.5)) return `按照《${random.pick(aliased).alias}》要求，`;
    const target = random.pick(plan.cited);
    return random.chance(0.5) ? `按照${target.documentNumber}文件要求，` : `根据${cite(target, false)}部署，`;
  };

  // ---- the issued text's clauses ---------------------------------------------------------------------------------
  const childLevels = random.weighted({ 0: 6, 1: 3, 2: 1 });
  const runIn = random.chance(0.15); // 一、heading。text on one line, no （一） level (会同县, the Guangdong letter)
  const indent = random.chance(0.3) ? '　　' : '';
  const pointMarker = random.chance(0.8) ? '.' : '．';
  const perPara = 2 + Math.floor(plan.targetBytes / 9000);

  const withNote = (line: string, out: string[]) => {
    const text = note();
    if (text && notePlacement === 'ownLine') out.push(indent + line, indent + text);
    else out.push(indent + line + (text ?? ''));
  };
  const children = (depth: 2 | 3, out: string[]) => {
    const count = random.int(2, 4);
    for (let n = 1; n <= count; n++) {
      const marker = depth === 2 ? `${n}${pointMarker}` : `（${n}）`;
      const body = random.chance(0.5) ? sentences(1, 2) : '';
      out.push(indent + marker + draw(pools.headings[depth]) + body);
      if (depth === 2 && childLevels === '2' && random.chance(0.4)) children(3, out);
    }
  };
  const lead = () => (plan.cited.length && random.chance(0.12) ? citingLead() : '');

  /** Sections until the notice reaches its size: each 一、 with two to six （一）, each with its text and a note. */
  const sections = (budget: number, out: string[], tasks: string[]): number => {
    let count = 0;
    const start = utf8Length(out);
    while (count < 2 || (utf8Length(out) - start < budget && count < 15)) {
      count++;
      const heading = draw(pools.headings[0]);
      if (runIn) {
        withNote(
          `${chineseNumeral(count)}、${heading.replace(/[^。]$/, '$&。')}${lead()}${sentences(2, perPara + 1)}`,
          out,
        );
        tasks.push(heading);
        continue;
      }
      out.push(indent + `${chineseNumeral(count)}、${heading}`);
      const paras = random.int(2, 6);
      for (let n = 1; n <= paras; n++) {
        const paraHeading = draw(pools.headings[1]);
        tasks.push(paraHeading);
        withNote(`（${chineseNumeral(n)}）${paraHeading}${lead()}${sentences(1, perPara)}`, out);
        if (childLevels !== '0' && random.chance(0.35)) children(2, out);
        if (utf8Length(out) - start >= budget && n >= 2 && count >= 2) break;
      }
    }
    return count;
  };

  // ---- the header and the cover letter ----------------------------------------------------------------------------
  const approver = approverOf(place);
  const placeName = place.level === 'national' ? '' : place.name;
  const issuedTitle = {
    要点: `${placeName}${year}年${topic}工作要点`,
    实施方案: `${placeName}${year}年${topic}工作实施方案`,
    任务分解: `${placeName}${year}年${topic}工作要点及重点任务分工`,
    转发通知: '',
  }[genre];
  const forwarded = plan.forwarded;
  const title =
    genre === '转发通知'
      ? `${issuer}关于转发${forwarded!.issuer}${forwarded!.issuedTitle}的通知`
      : `${issuer}关于印发${issuedTitle}的通知`;

  const wrap = (text: string): string[] => {
    if (text.length < 24 || random.chance(0.5)) return [text];
    // Where printed titles break: after 关于印发/关于转发, or (when no blank line follows) before the year.
    const at = [text.search(/(?<=关于[印转]发)/), plan.blankLines ? -1 : text.search(/\d{4}年/)].filter(
      (i) => i > 6 && i < text.length - 4,
    );
    if (!at.length) return [text];
    const cut = random.pick(at);
    return [text.slice(0, cut), text.slice(cut)];
  };
  const numberLine = documentNumber ? [documentNumber] : [];
  const titleLines = wrap(title);
  const addressee = random.chance(0.9)
    ? [random.pick(ADDRESSEES[place.level]).replace(/县(?=政府|直)/g, countyWord)]
    : [];
  // The number stands above the title in some printings, but not above a title that starts like a conjunction
  // (和田地区…), which would read as the number running on.
  const numberFirst = random.chance(0.3) && !/^[和与及并或]/.test(title);
  const header = [
    ...(plan.redHeader ? [`${issuer}文件`, ''] : []),
    ...(numberFirst ? [...numberLine, ...titleLines] : [...titleLines, ...numberLine]),
    ...addressee,
  ];

  const signature = () => [
    random.chance(0.5) ? `${' '.repeat(random.int(8, 24))}${issuer}` : issuer,
    `${random.chance(0.5) ? ' '.repeat(random.int(8, 24)) : ''}${printedDate(signed, random.chance(0.08))}`,
  ];
  const annotation = () =>
    random.chance(0.75) ? [random.pick(['（此件公开发布）', '（此件主动公开）', '（此件依申请公开）'])] : [];

  const body: string[] = [];
  const components: number[] = [];
  const tableTitle = `${placeName}${year}年${topic}重点任务分解表`;

  if (genre === '转发通知') {
    const target = forwarded!;
    const alias = random.pick(['要点', target.alias, '通知']);
    citations.push({ index: target.index, documentNumber: target.documentNumber!, title: target.title });
    const ownClauses = random.chance(0.6);
    body.push(
      indent +
        `经${approver}同意，现将《${target.title}》（${target.documentNumber}，以下简称《${alias}》）转发给你们，` +
        (ownClauses ? `并结合${own}实际提出如下意见，请一并贯彻执行。` : '请认真贯彻执行。'),
    );
    const count = ownClauses ? sections(plan.targetBytes - utf8Length(target.documentLines) - 2000, body, []) : 0;
    if (ownClauses && random.chance(0.7)) body.push(indent + draw(pools.wrapups));
    body.push(...signature(), ...annotation(), ...target.documentLines);
    components.push(count, ...target.components);
  } else {
    const tasks: string[] = [];
    const single = genre === '实施方案' && random.chance(0.3);
    if (!single) {
      body.push(
        indent +
          random.pick([
            `《${issuedTitle}》已经${approver}同意，现印发给你们，请结合实际认真贯彻落实。`,
            `现将《${issuedTitle}》印发给你们，请认真抓好落实。`,
            `《${issuedTitle}》已经${approver}同意，现印发给你们，请认真遵照执行。`,
          ]),
      );
      if (genre === '任务分解') body.push(`附件：${tableTitle}`);
      body.push(...signature(), ...annotation(), '', ...wrap(issuedTitle));
      components.push(0);
    }
    const citationLead = plan.cited.length ? `为深入贯彻落实${joinCitations(citing(plan.cited))}精神，` : '为';
    body.push(
      indent +
        `${citationLead}${random.pick(['推进政务公开各项重点任务落实', '进一步做好政务公开工作'])}，` +
        `现结合${own}实际，制定本${genre === '要点' ? '要点' : '方案'}。`,
    );
    // A task table repeats each task's heading with its units and deadline: about a seventh of the text it lists.
    const rest = plan.targetBytes - utf8Length([...header, ...body]) - 400;
    const budget = genre === '任务分解' ? rest * 0.85 : rest;
    components.push(sections(budget, body, tasks));
    if (random.chance(0.7)) body.push(indent + draw(pools.wrapups));
    if (single) body.push(...signature(), ...annotation());
    if (genre === '任务分解') {
      const gap = random.pick(['  ', '    ', '\t', '　　']);
      body.push('', '附件', '', tableTitle, '', ['序号', '重点任务', '牵头单位', '责任单位', '完成时限'].join(gap));
      tasks.forEach((task, i) =>
        body.push([String(i + 1), task.replace(/[。\s]/g, ''), unit(), units().join('、'), deadline()].join(gap)),
      );
      components.push(0);
    }
  }

  // Forwarded in full, a notice is printed title first, as the seeds print the forwarded 国办发〔2020〕17号.
  const documentLines = [...titleLines, ...numberLine, ...addressee, ...body];
  const tail: string[] = [];
  if (year < 2012 && random.chance(0.5))
    tail.push('', `主题词：${topic}　${genre === '转发通知' ? '转发' : genre}　通知`);
  if (random.chance(0.3))
    tail.push(
      `抄送：${copiedTo(place, suffix)}。`,
      `${issuer}${'　'.repeat(random.int(2, 8))}${printedDate(addDays(signed, random.int(1, 5)), false)}印发`,
    );
  return {
    lines: [...header, ...body, ...tail],
    citations,
    issued: {
      place,
      genre,
      issuer,
      documentNumber,
      title,
      issuedTitle: issuedTitle || title,
      alias: { 要点: '要点', 实施方案: '方案', 任务分解: '任务分工', 转发通知: '通知' }[genre],
      signed,
      documentLines,
      components,
    },
  };
}

/** 抄送: the Party committee, the people's congress and the political consultative conference of the same place. */
function copiedTo(place: Place, suffix: string): string {
  if (place.level === 'national') return '中共中央办公厅，全国人大常委会办公厅，全国政协办公厅';
  if (place.level === 'province') return '省委办公厅，省人大常委会办公厅，省政协办公厅';
  return `${suffix}委办公室，${suffix}人大常委会办公室，${suffix}政协办公室`;
}

const HAN_DIGITS = '〇一二三四五六七八九';

/** 2020年8月12日, or as a signature is sometimes printed, 二〇二〇年八月十二日. */
export function printedDate({ year, month, day }: SignedDate, inHan: boolean): string {
  if (!inHan) return `${year}年${month}月${day}日`;
  const digits = [...String(year)].map((d) => HAN_DIGITS[Number(d)]).join('');
  return `${digits}年${chineseNumeral(month)}月${chineseNumeral(day)}日`;
}

export function addDays({ year, month, day }: SignedDate, days: number): SignedDate {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Which earlier notices a notice of this level would cite: its own chain (national, its province, its city). */
export function chainKeys(place: Place): string[] {
  const keys = ['national'];
  if (place.province) keys.push(`province:${place.province}`);
  if (place.city) keys.push(`city:${place.city}`);
  return keys;
}

export function chainKey(place: Place): string | null {
  const level: Level = place.level;
  if (level === 'national') return 'national';
  if (level === 'province') return `province:${place.province}`;
  if (level === 'city') return `city:${place.city}`;
  return null;
}
