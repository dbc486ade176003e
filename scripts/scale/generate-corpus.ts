/**
 * A seeded corpus of realistic notices for scale measurements, made from the seeds' and samples' own headings and
 * sentences (pools.ts) on real places (regions.ts): national to township, 2008–2025, 要点 / 实施方案 / 任务分解 /
 * 转发通知, citing and forwarding notices issued earlier in the same corpus; a few per cent in Traditional script
 * (some with Taiwan phrasing), full-width digits, CRLF, GB18030/GBK, UTF-16 or Big5. The same seed gives a
 * byte-identical corpus.
 *
 *   node scripts/scale/generate-corpus.ts --notices 1000 --seed 42 --out <dir>   → <dir>/<year>/<n>-<region>.txt
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import type { Level } from '../../src/model/notice.ts';
import {
  chainKey,
  chainKeys,
  type Citation,
  composeNotice,
  type Genre,
  isoDate,
  type Issued,
  type NoticePlan,
  type SignedDate,
} from './compose-notice.ts';
import { loadPools } from './pools.ts';
import { Random } from './random.ts';
import { drawPlace, type Place } from './regions.ts';

/** What a generated notice was made with, for tests to read the converter's output against. */
export interface NoticeFacts {
  /** Chronological position in the corpus: a notice cites only notices with a lower index and an earlier date. */
  index: number;
  level: Level;
  place: string;
  genre: Genre;
  issuer: string;
  /** As printed in the file (script and width applied); null for a township notice without one. */
  documentNumber: string | null;
  title: string;
  signedDate: string;
  /** Numbered top-level clauses per document: the cover letter or forwarding letter, then each issued text. */
  components: number[];
  citations: Citation[];
  forwarded: number | null;
  script: 'Hans' | 'Hant';
  encoding: string;
}

export interface GeneratedNotice {
  path: string;
  bytes: Uint8Array;
  facts: NoticeFacts;
}

const LEVELS = { national: 1, province: 8, city: 25, county: 34, district: 20, township: 12 } as const;
const FIRST_YEAR = 2008;
const LAST_YEAR = 2025;
/** Notices of the genre grew more common year by year. */
const YEARS = Object.fromEntries(
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => [String(FIRST_YEAR + i), 1 + 0.3 * i]),
) as Record<string, number>;

/** Sizes near real notices of the genre: median ~12 KB, mean ~14 KB, from 3 KB to 40 KB. */
const MIN_BYTES = 3 * 1024;
const MAX_BYTES = 40 * 1024;
function targetBytes(random: Random): number {
  const size = Math.exp(Math.log(12.3 * 1024) + 0.5 * random.gaussian());
  return Math.round(Math.min(MAX_BYTES, Math.max(MIN_BYTES, size)));
}

/** Issuer and 机关代字 of a level, as the seeds and samples print them (国办发, 吉政办发, 双政办发, 友政办发). */
function issuerOf(place: Place, random: Random): { issuer: string; code: string | null } {
  // A code never starts with a character that reads as running text before it (即墨区 → 墨政办发, 和田地区 →
  // 田府办): the converter cuts such lead-in words off a 机关代字, and 和 joins the line to the one above.
  const first = place.shortName.replace(/^[和与及并或的是为见即将把在对从由等于]+/, '')[0];
  switch (place.level) {
    case 'national':
      return random.chance(0.8)
        ? { issuer: '国务院办公厅', code: random.pick(['国办发', '国办函']) }
        : { issuer: '国务院办公厅政府信息与政务公开办公室', code: '国办公开办函' };
    case 'province':
      return {
        issuer: `${place.name}人民政府办公厅`,
        code: place.provinceAbbr + random.pick(['政办发', '府办', '政办函', '办发']),
      };
    case 'city':
      return {
        issuer: `${place.name}人民政府办公室`,
        code: first + random.pick(['政办发', '府办', '政办函', '府办发']),
      };
    case 'county':
    case 'district':
      return random.chance(0.8)
        ? { issuer: `${place.name}人民政府办公室`, code: first + random.pick(['政办发', '政办函']) }
        : { issuer: `${place.name}人民政府`, code: `${first}政发` };
    case 'township':
      return { issuer: `${place.name}人民政府`, code: random.chance(0.5) ? `${first}政发` : null };
  }
}

const BRACKETS = { '〔〕': 80, '[]': 6, '［］': 6, '【】': 4, '﹝﹞': 4 };

const fullWidthDigits = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const halfWidthPunctuation = (text: string) =>
  text.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',').replace(/；/g, ';');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });

/** How one file is written: the same changes apply to the whole text and to the facts read from it. */
interface Printing {
  script: 'Hans' | 'Hant' | 'Hant-TW';
  digits: 'ascii' | 'fullWidth' | 'fullWidthNumber';
  halfWidthPunctuation: boolean;
  blankLines: boolean;
  trailingSpaces: boolean;
  crlf: boolean;
  encoding: 'utf8' | 'utf8-bom' | 'gbk' | 'gb18030' | 'utf16le' | 'utf16be' | 'big5';
}

function drawPrinting(random: Random): Printing {
  const traditional = random.chance(0.04);
  return {
    script: traditional ? (random.chance(0.35) ? 'Hant-TW' : 'Hant') : 'Hans',
    digits: random.weighted({ ascii: 90, fullWidth: 4, fullWidthNumber: 6 }),
    halfWidthPunctuation: random.chance(0.03),
    blankLines: random.chance(0.2),
    trailingSpaces: random.chance(0.05),
    crlf: random.chance(0.1),
    encoding: traditional
      ? random.weighted({ utf8: 60, big5: 30, utf16le: 10 })
      : random.weighted({ utf8: 85, 'utf8-bom': 4, gbk: 3, gb18030: 3, utf16le: 4, utf16be: 1 }),
  };
}

function printText(text: string, printing: Printing): string {
  let out = printing.halfWidthPunctuation ? halfWidthPunctuation(text) : text;
  if (printing.digits === 'fullWidth') out = fullWidthDigits(out);
  if (printing.script === 'Hant') out = toTraditional(out);
  if (printing.script === 'Hant-TW') out = toTaiwan(out);
  return out;
}

/** The bytes of the file, and the encoding it ended up in (Big5 and GBK only when they hold every character). */
function encode(text: string, printing: Printing): { bytes: Uint8Array; encoding: string } {
  const exact = (encoding: string) => iconv.decode(iconv.encode(text, encoding), encoding) === text;
  const bom = (encoding: 'utf16le' | 'utf16be') => iconv.encode(text, encoding, { addBOM: true });
  switch (printing.encoding) {
    case 'utf8-bom':
      return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), encoding: 'UTF-8 BOM' };
    case 'utf16le':
    case 'utf16be':
      return { bytes: bom(printing.encoding), encoding: printing.encoding.toUpperCase() };
    case 'big5':
    case 'gbk':
      if (exact(printing.encoding))
        return { bytes: iconv.encode(text, printing.encoding), encoding: printing.encoding };
      return { bytes: iconv.encode(text, 'gb18030'), encoding: 'gb18030' };
    case 'gb18030':
      return { bytes: iconv.encode(text, 'gb18030'), encoding: 'gb18030' };
    default:
      return { bytes: Buffer.from(text), encoding: 'UTF-8' };
  }
}

interface Planned {
  place: Place;
  signed: SignedDate;
  random: Random;
}

/** The corpus, notice by notice in the order they were issued. */
export function* generateCorpus({ count, seed }: { count: number; seed: number }): Generator<GeneratedNotice> {
  const pools = loadPools();
  const random = new Random(seed);
  const plans: Planned[] = Array.from({ length: count }, () => {
    const level = random.weighted(LEVELS);
    const signed = { year: Number(random.weighted(YEARS)), month: random.int(1, 12), day: random.int(1, 28) };
    return { place: drawPlace(level, random), signed, random: random.fork() };
  });
  plans.sort((a, b) => isoDate(a.signed).localeCompare(isoDate(b.signed))); // stable: ties keep their draw order

  const issuedBy = new Map<string, Issued[]>(); // chain key → notices with a 发文字号, oldest first
  const lastNumber = new Map<string, number>();
  for (const [index, { place, signed, random: own }] of plans.entries()) {
    const date = isoDate(signed);
    const earlier = chainKeys(place)
      .flatMap((key) => issuedBy.get(key) ?? [])
      .filter((notice) => isoDate(notice.signed) < date && signed.year - notice.signed.year <= 2);
    const forwardable = earlier.filter(
      (notice) =>
        (notice.place.level === 'national' || (notice.place.level === 'province' && place.level !== 'province')) &&
        (notice.genre === '要点' || notice.genre === '实施方案') &&
        place.level !== 'township',
    );
    const genre = own.weighted({ 要点: 35, 实施方案: 30, 任务分解: 15, 转发通知: forwardable.length ? 20 : 0 });
    const forwarded = genre === '转发通知' ? own.pick(forwardable.slice(-4)) : null;
    const { issuer, code } = issuerOf(place, own);
    let documentNumber: string | null = null;
    if (code) {
      const key = code + signed.year;
      const seq = (lastNumber.get(key) ?? 0) + own.int(1, 6);
      lastNumber.set(key, seq);
      const [open, close] = [...own.weighted(BRACKETS)];
      documentNumber = `${code}${open}${signed.year}${close}${seq}号`;
    }
    const cited = own.chance(0.7) ? own.sample(earlier.slice(-6), own.int(1, 3)) : [];
    const forwardedBytes = forwarded ? Buffer.byteLength(forwarded.documentLines.join('\n')) + 3000 : 0;
    const printing = drawPrinting(own);
    const plan: NoticePlan = {
      place,
      genre,
      signed,
      issuer,
      documentNumber,
      cited: cited.filter((notice) => notice !== forwarded),
      forwarded,
      // Taiwan phrasing turns the 版头's 文件 into 檔案, which no printed notice has.
      blankLines: printing.blankLines,
      redHeader: place.level !== 'township' && printing.script !== 'Hant-TW' && own.chance(0.15),
      targetBytes: Math.max(targetBytes(own), forwardedBytes),
    };
    const composed = composeNotice(plan, pools, own);
    const lines = composed.lines.map((line) => {
      const printed = printing.digits === 'fullWidthNumber' && line === documentNumber ? fullWidthDigits(line) : line;
      return printing.trailingSpaces ? `${printed} ` : printed;
    });
    const eol = printing.crlf ? '\r\n' : '\n';
    const text = printText(lines.join(printing.blankLines ? eol + eol : eol), printing) + eol;
    const { bytes, encoding } = encode(text, printing);
    const printedNumber =
      documentNumber && (printing.digits === 'fullWidthNumber' ? fullWidthDigits(documentNumber) : documentNumber);

    const key = chainKey(place);
    if (key && documentNumber) {
      const list = issuedBy.get(key) ?? [];
      list.push({ index, ...composed.issued });
      issuedBy.set(key, list.slice(-12)); // later notices cite recent ones only; older texts can be let go
    }
    yield {
      path: `${signed.year}/${String(index).padStart(5, '0')}-${place.code}.txt`,
      bytes,
      facts: {
        index,
        level: place.level,
        place: place.name,
        genre,
        issuer: printText(issuer, printing),
        documentNumber: printedNumber && printText(printedNumber, printing),
        title: printText(composed.issued.title, printing),
        signedDate: date,
        components: composed.issued.components,
        citations: composed.citations,
        forwarded: forwarded?.index ?? null,
        script: printing.script === 'Hans' ? 'Hans' : 'Hant',
        encoding,
      },
    };
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      notices: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('usage: node scripts/scale/generate-corpus.ts --notices 1000 --seed 42 --out <dir>');
  const out = resolve(values.out);
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  let files = 0;
  let bytes = 0;
  for (const notice of generateCorpus({ count: Number(values.notices), seed: Number(values.seed) })) {
    const file = join(out, notice.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, notice.bytes);
    files++;
    bytes += notice.bytes.length;
  }
  console.log(
    `generate-corpus: ${files} notices, ${(bytes / 1024 / 1024).toFixed(1)} MB (mean ${(bytes / files / 1024).toFixed(1)} KB) → ${out} ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.main) main();
