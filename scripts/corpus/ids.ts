/**
 * Stable ASCII page keys for notices: pinyin of the 发文字号 (国办发〔2020〕17号 → guo-ban-fa-2020-17), or
 * region-date-hash when there is none, frozen in a manifest so that a pinyin-pro upgrade or a better parser
 * never renames a published page.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { documentNumberKey } from '../../src/model/keys.ts';

/** Canonical notice key → page id. Committed to the repository; an entry is never changed by the pipeline. */
export type IdManifest = Record<string, string>;

export type IdInput = {
  documentNumber: string | null;
  title: string;
  signedDate: string | null;
  regionCode: string | null;
};

const ID = /^[a-z0-9-]+$/;

/**
 * 吉政公组〔2020〕3号 → ji-zheng-gong-zu-2020-3, 国务院令第711号 → guo-wu-yuan-ling-711, 吉政发〔2020〕××号 →
 * ji-zheng-fa-2020-x. Null when the number lacks either an agency code or a sequence to build a key from.
 */
export function idFromDocumentNumber(documentNumber: string): string | null {
  const folded = documentNumber
    .normalize('NFKC') // full-width digits and letters, （）［］ → ()[]
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/[×*]/g, 'x') // redacted sequence numbers: ××号, **号
    .replace(/第(?=[0-9x])/g, '') // 令第711号: 第 and 号 frame the number, they are not part of it
    .replace(/(?<=[0-9x])[号號]/g, '');
  const tokens = (folded.match(/\p{Script=Han}+|[0-9]+|[a-z]+/gu) ?? []).flatMap((token) => {
    if (/^[0-9]+$/.test(token)) return [token];
    if (/^x+$/.test(token)) return ['x'];
    if (/^[a-z]+$/.test(token)) return [token];
    // A whole run at once, so pinyin-pro can pick readings from context (长春 chang, 重庆 chong).
    return pinyin(token, { toneType: 'none', type: 'array', v: true })
      .map((syllable) => syllable.toLowerCase().replace(/[^a-z]/g, ''))
      .filter(Boolean);
  });
  const hasCode = tokens.some((token) => /^[a-z]+$/.test(token) && token !== 'x'); // a redacted code names nothing
  const hasSequence = tokens.some((token) => /^([0-9]+|x)$/.test(token));
  return hasCode && hasSequence ? tokens.join('-') : null;
}

/** For notices without a 发文字号: 511100-2020-05-28-1a2b (region, 成文日期, 4 hex of the title's sha256). */
export function fallbackId(n: { regionCode: string | null; signedDate: string | null; title: string }): string {
  const hash = createHash('sha256').update(n.title).digest('hex').slice(0, 4);
  return `${n.regionCode ?? 'cn'}-${n.signedDate ?? 'undated'}-${hash}`;
}

/** The identity of a notice across runs: its 发文字号 (src/model/keys.ts), else title and date. */
export function manifestKey(n: { documentNumber: string | null; title: string; signedDate: string | null }): string {
  const number = n.documentNumber?.trim();
  return number ? documentNumberKey(number) : `${n.title}|${n.signedDate ?? ''}`;
}

/**
 * Ids for notices, in input order. Keys already in the manifest keep their id; new keys get a computed one,
 * suffixed -2, -3… past every id in use. A key seen again in the same input (a duplicate file) is recorded as
 * `key#2`, `key#3`…, so re-running with the returned manifest gives the same ids. Does not mutate `manifest`.
 */
export function assignIds(notices: IdInput[], manifest: IdManifest): { ids: string[]; manifest: IdManifest } {
  // A Map, not an object: keys are arbitrary text, "__proto__" included.
  const frozen = new Map(Object.entries(manifest));
  // Number keys written by an older version, which did not fold the script (國辦發), still find their notice.
  const older = new Map([...frozen].filter(([key]) => !key.includes('|')).map(([key, id]) => [rekey(key), id]));
  const taken = new Set<string>();
  for (const [key, id] of frozen) {
    if (!ID.test(id)) throw new Error(`notice id manifest: "${key}" maps to "${id}", which is not [a-z0-9-]`);
    if (taken.has(id)) throw new Error(`notice id manifest: "${id}" is given to more than one notice`);
    taken.add(id);
  }
  const occurrences = new Map<string, number>();
  const ids = notices.map((notice) => {
    const base = manifestKey(notice);
    const occurrence = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, occurrence);
    const key = occurrence === 1 ? base : `${base}#${occurrence}`;
    const kept = frozen.get(key) ?? older.get(key);
    if (kept !== undefined) return kept;
    const wanted = (notice.documentNumber && idFromDocumentNumber(notice.documentNumber)) || fallbackId(notice);
    let id = wanted;
    for (let suffix = 2; taken.has(id); suffix++) id = `${wanted}-${suffix}`;
    taken.add(id);
    frozen.set(key, id);
    return id;
  });
  return { ids, manifest: Object.fromEntries(frozen) };
}

const rekey = (key: string) => {
  const [number, occurrence] = key.split('#');
  return occurrence ? `${documentNumberKey(number!)}#${occurrence}` : documentNumberKey(key);
};

/** A missing manifest is an empty one: the first run creates it. */
export function readManifest(path: string): IdManifest {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const parsed: unknown = JSON.parse(json);
  const valid =
    typeof parsed === 'object' &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((id) => typeof id === 'string');
  if (!valid) throw new Error(`${path}: a notice id manifest must be a JSON object of strings`);
  return parsed as IdManifest;
}

/**
 * Sorted keys, 2-space JSON, trailing newline, so diffs stay small. Written by hand because an object would
 * put integer-like keys first whatever the sort.
 */
export function writeManifest(path: string, m: IdManifest): void {
  const entries = Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = entries.map(([key, id]) => `  ${JSON.stringify(key)}: ${JSON.stringify(id)}`).join(',\n');
  writeFileSync(path, entries.length ? `{\n${body}\n}\n` : '{}\n');
}
