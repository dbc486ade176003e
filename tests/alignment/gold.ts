/**
 * The hand-written gold alignments (fixtures/*.gold.json, judged by meaning, clause by clause) and how an automatic
 * alignment scores against them: precision and recall of (local clause, higher clause) links. Used by the unit test
 * (a floor) and by `npm run align-quality` (the figures, and --tune).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocuments, type AlignmentParameters, type ClauseLink } from '../../src/align/align.ts';
import { alignableDocument } from '../../src/align/documents.ts';
import { Notice } from '../../src/model/notice.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const golden = join(import.meta.dirname, '../golden/fixtures');

/** The bundled corpus as the golden tests keep it (tests/golden/fixtures/<content file>/expected.json). */
export function bundledNotice(name: string): Notice {
  return Notice.parse(JSON.parse(readFileSync(join(golden, name, 'expected.json'), 'utf8')));
}

export interface Score {
  found: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(predicted: Set<string>, gold: Set<string>): Score {
  const found = [...predicted].filter((k) => gold.has(k)).length;
  const precision = predicted.size ? found / predicted.size : 1;
  const recall = gold.size ? found / gold.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { found, predicted: predicted.size, gold: gold.size, precision, recall, f1 };
}

const key = (local: string, higher: string) => `${local} → ${higher}`;

/** Scores the links of the local clauses the gold set judged (and only those). */
function scoreLinks(links: ClauseLink[], judged: Set<string>, gold: [string, string][]): Score {
  return score(
    new Set(links.filter((l) => judged.has(l.local)).map((l) => key(l.local, l.higher))),
    new Set(gold.map(([l, h]) => key(l, h))),
  );
}

const GuobanGold = JSON.parse(readFileSync(join(fixtures, 'guoban-2020-17.gold.json'), 'utf8')) as {
  pairs: { local: string; national: string[] }[];
  localAdditions: { local: string }[];
  unnumbered: { pairs: { local: string; national: string[] }[]; localAdditions: { local: string }[] };
};

const JilinGold = JSON.parse(readFileSync(join(fixtures, 'jilin-2014-2020.gold.json'), 'utf8')) as {
  carried: { '2020': string; '2014': string[] }[];
  new: { '2020': string }[];
  dropped: { '2014': string }[];
};

export interface GoldReport {
  /** Numbered clauses of Youyi's 实施方案 → 国办发〔2020〕17号. */
  youyi: Score;
  /** Guangdong's own letter → the 国办发〔2020〕17号 it forwards. */
  guangdong: Score;
  /** Both, numbered clauses: the headline figure. */
  numbered: Score;
  /** Both, with the unnumbered paragraphs (continuations, preambles, closing paragraphs) as well. */
  all: Score;
  /** Jilin 2020 → 2014, year over year: links of carried-over clauses. */
  jilin: Score;
}

const guangdong = bundledNotice('2020-guangdong-zhuanfa-guoban');
const youyi = bundledNotice('2020-youyi-shishi-fangan');
const jilin2014 = bundledNotice('2014-jilin-yaodian');
const jilin2020 = bundledNotice('2020-jilin-yaodian');
const documents = {
  national: alignableDocument(guangdong, 'att_1'),
  youyi: alignableDocument(youyi, null),
  guangdong: alignableDocument(guangdong, null),
  jilin2014: alignableDocument(jilin2014, null),
  jilin2020: alignableDocument(jilin2020, null),
};

export function scoreAgainstGold(parameters?: AlignmentParameters): GoldReport {
  const { national } = documents;
  const links = [
    ...alignDocuments(documents.youyi, national, parameters).links.map((l) => ({
      ...l,
      local: `${youyi.id}#${l.local}`,
    })),
    ...alignDocuments(documents.guangdong, national, parameters).links.map((l) => ({
      ...l,
      local: `${guangdong.id}#${l.local}`,
    })),
  ].map((l) => ({ ...l, higher: `${guangdong.id}#${l.higher}` }));

  const goldPairs = (pairs: { local: string; national: string[] }[]) =>
    pairs.flatMap((p) => p.national.map((n): [string, string] => [p.local, n]));
  const numbered = [...GuobanGold.pairs, ...GuobanGold.localAdditions].map((p) => p.local);
  const unnumbered = [...GuobanGold.unnumbered.pairs, ...GuobanGold.unnumbered.localAdditions].map((p) => p.local);
  const of = (id: string) => (eIds: string[]) => eIds.filter((e) => e.startsWith(`${id}#`));
  const numberedPairs = goldPairs(GuobanGold.pairs);
  const unnumberedPairs = goldPairs(GuobanGold.unnumbered.pairs);

  const yearLinks = alignDocuments(documents.jilin2020, documents.jilin2014, parameters).links;
  const judged2020 = [...JilinGold.carried, ...JilinGold.new].map((c) => c['2020']);

  return {
    youyi: scoreLinks(
      links,
      new Set(of(youyi.id)(numbered)),
      numberedPairs.filter(([l]) => l.startsWith(`${youyi.id}#`)),
    ),
    guangdong: scoreLinks(
      links,
      new Set(of(guangdong.id)(numbered)),
      numberedPairs.filter(([l]) => l.startsWith(`${guangdong.id}#`)),
    ),
    numbered: scoreLinks(links, new Set(numbered), numberedPairs),
    all: scoreLinks(links, new Set([...numbered, ...unnumbered]), [...numberedPairs, ...unnumberedPairs]),
    jilin: scoreLinks(
      yearLinks,
      new Set(judged2020),
      JilinGold.carried.flatMap((c) => c['2014'].map((e): [string, string] => [c['2020'], e])),
    ),
  };
}
