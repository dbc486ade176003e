/**
 * Stable ASCII page keys for notices: pinyin of the 发文字号 (国办发〔2020〕17号 → guo-ban-fa-2020-17), or
 * region-date-hash when there is none, frozen in a manifest so that a pinyin-pro upgrade or a better parser
 * never renames a published page.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { documentNumberKey } from '../../src/model/keys.ts';

/**
 * Notice key → page id, committed to the repository. Three kinds of entry:
 * - a name: the notice's key (its 发文字号, else title|date) → its id; a second notice with the same key is
 *   `key#<text fingerprint>` (older versions wrote `key#2`, `key#3`… by file order, still read);
 * - `text:<fingerprint>` → id: where the notice with that body text was last seen, so that a renamed or moved file, a
 *   corrected title or a reordered folder keeps every id (rewritten each run for the notices present);
 * - `moved:<old id>` → new id: a page whose id was changed by hand in this file; the old URL redirects.
 */
export type IdManifest = Record<string, string>;

export interface IdInput {
  documentNumber: string | null;
  title: string;
  signedDate: string | null;
  regionCode: string | null;
  /** textFingerprint of the notice: the same body, whatever the file's name, place or title. */
  fingerprint: string;
}

const ID = /^[a-z0-9-]+$/;
const TEXT = 'text:';
const MOVED = 'moved:';
const isName = (key: string) => !key.startsWith(TEXT) && !key.startsWith(MOVED);

interface ClauseText {
  number: string | null;
  heading: string | null;
  text: string;
  children: readonly ClauseText[];
}
interface ComponentText {
  front: readonly { text: string }[];
  clauses: readonly ClauseText[];
  back: readonly { text: string }[];
}

/**
 * 16 hex of the sha256 of what the clauses say (numbers, headings and text, in order) — not the title, not the file —
 * or, for a notice without clauses, of its other lines.
 */
export function textFingerprint(components: readonly ComponentText[]): string {
  const hash = createHash('sha256');
  const add = (clauses: readonly ClauseText[]) => {
    for (const clause of clauses) {
      hash.update(`${clause.number ?? ''}\u0000${clause.heading ?? ''}\u0000${clause.text}\u0001`);
      add(clause.children);
    }
  };
  for (const component of components) add(component.clauses);
  if (components.every((component) => component.clauses.length === 0))
    for (const part of components.flatMap((component) => [...component.front, ...component.back]))
      hash.update(`${part.text}\u0001`);
  return hash.digest('hex').slice(0, 16);
}

/** What assignIds reads of a converted notice. */
export const idInput = (notice: {
  documentNumber: string | null;
  title: string;
  signedDate: string | null;
  region: { code: string } | null;
  components: readonly ComponentText[];
}): IdInput => ({
  documentNumber: notice.documentNumber,
  title: notice.title,
  signedDate: notice.signedDate,
  regionCode: notice.region?.code ?? null,
  fingerprint: textFingerprint(notice.components),
});

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

export interface IdAssignment {
  /** The page id of each notice, in input order. */
  ids: string[];
  manifest: IdManifest;
  /** Old id → current id, for every page renamed by hand whose notice is present: the old URL redirects. */
  redirects: Record<string, string>;
}

/** A second notice's name: `key#2` (older versions, by file order) or `key#<fingerprint>`. */
const COPY = /#(?:\d+|[0-9a-f]{16}(?:-\d+)?)$/;

/**
 * Ids for notices, independent of file names and order. Each notice is found in the manifest by, in turn: its own
 * name for a second notice with its key (`key#<fingerprint>`); its body text, where that names the same key (a
 * renamed or moved file among several with one 发文字号); its key (the common case: a changed id there is a page
 * renamed by hand, and the id its text had redirects); its body text alone (a corrected title); an older version's
 * `key#2`… by file order; else a new id, computed and suffixed -2, -3… past every id in use, never one given before.
 * Re-running with the returned manifest gives the same ids. Does not mutate `manifest`.
 */
export function assignIds(notices: IdInput[], manifest: IdManifest): IdAssignment {
  // A Map, not an object: keys are arbitrary text, "__proto__" included.
  const frozen = new Map(Object.entries(manifest));
  const names = new Map([...frozen].filter(([key]) => isName(key)));
  // Number keys written by an older version, which did not fold the script (國辦發), still find their notice.
  const older = new Map([...names].filter(([key]) => !key.includes('|')).map(([key, id]) => [rekey(key), id]));
  const named = new Map<string, string>(); // id → the name entry that gives it
  const taken = new Set<string>();
  for (const [key, id] of frozen) {
    if (!ID.test(id)) throw new Error(`notice id manifest: "${key}" maps to "${id}", which is not [a-z0-9-]`);
    if (key.startsWith(MOVED)) taken.add(key.slice(MOVED.length)); // an old URL is never given to another notice
    if (!isName(key)) continue;
    if (named.has(id)) throw new Error(`notice id manifest: "${id}" is given to more than one notice`);
    named.set(id, key);
    taken.add(id);
  }
  const baseOf = (name: string) => name.replace(COPY, '');
  const ids: (string | undefined)[] = notices.map(() => undefined);
  const given = new Set<string>();
  const redirects = new Map<string, string>();
  const give = (i: number, id: string) => {
    ids[i] = id;
    given.add(id);
  };
  const free = (id: string | undefined): id is string => id !== undefined && !given.has(id);
  const keys = notices.map(manifestKey);
  const located = notices.map((n) => frozen.get(`${TEXT}${n.fingerprint}`));

  // A second notice with its key is named by its text, and a third with the same text (a copy) by its place among them.
  const copies = new Map<string, number>();
  const copy = notices.map((notice, i) => {
    const name = `${keys[i]}#${notice.fingerprint}`;
    copies.set(name, (copies.get(name) ?? 0) + 1);
    return copies.get(name)!;
  });
  const ownNames = notices.map((n, i) => `${keys[i]}#${n.fingerprint}${copy[i]! > 1 ? `-${copy[i]}` : ''}`);
  // Found by their own text first, whatever the order of the files.
  notices.forEach((_, i) => {
    const own = frozen.get(ownNames[i]!);
    const text = located[i];
    const byText = copy[i] === 1 && text !== undefined && baseOf(named.get(text) ?? '') === keys[i] ? text : undefined;
    const id = free(own) ? own : byText;
    if (free(id)) give(i, id);
  });
  notices.forEach((notice, i) => {
    if (ids[i] !== undefined) return;
    const key = keys[i]!;
    const text = located[i];
    const byKey = names.get(key) ?? older.get(key);
    // The text was last seen under an id no name gives any more: the name's id was changed by hand.
    const renamed = text !== undefined && text !== byKey && !named.has(text);
    // The text was last seen as another notice with this key: the key's own id is not this one's.
    const another = text !== undefined && text !== byKey && baseOf(named.get(text) ?? '') === key;
    if (free(byKey) && !another) {
      if (renamed) redirects.set(text, byKey);
      return give(i, byKey);
    }
    if (free(text)) {
      // The key changed (a corrected title, a 发文字号 found): the name follows the notice.
      for (const [name, id] of names) if (id === text && !keys.includes(name)) frozen.delete(name);
      frozen.set(names.has(key) ? ownNames[i]! : key, text);
      return give(i, text);
    }
    for (let copy = 2; frozen.has(`${key}#${copy}`) || older.has(`${key}#${copy}`); copy++) {
      const id = frozen.get(`${key}#${copy}`) ?? older.get(`${key}#${copy}`);
      if (free(id)) return give(i, id);
    }
    const wanted = (notice.documentNumber && idFromDocumentNumber(notice.documentNumber)) || fallbackId(notice);
    let id = wanted;
    for (let suffix = 2; taken.has(id) || given.has(id); suffix++) id = `${wanted}-${suffix}`;
    taken.add(id);
    frozen.set(names.has(key) || frozen.has(key) ? ownNames[i]! : key, id);
    give(i, id);
  });

  // Where each text is now; texts no longer present are forgotten.
  for (const key of [...frozen.keys()]) if (key.startsWith(TEXT)) frozen.delete(key);
  notices.forEach((notice, i) => {
    if (!frozen.has(`${TEXT}${notice.fingerprint}`)) frozen.set(`${TEXT}${notice.fingerprint}`, ids[i]!);
  });
  for (const [from, to] of redirects) frozen.set(`${MOVED}${from}`, to);
  // A page renamed twice redirects from both old ids to the current one.
  const current = new Set(ids);
  const moved = new Map(
    [...frozen].filter(([key]) => key.startsWith(MOVED)).map(([k, v]) => [k.slice(MOVED.length), v]),
  );
  const resolve = (id: string, seen = new Set<string>()): string =>
    moved.has(id) && !seen.has(id) ? resolve(moved.get(id)!, seen.add(id)) : id;
  const allRedirects = Object.fromEntries(
    [...moved.keys()].map((from) => [from, resolve(from)] as const).filter(([, to]) => current.has(to)),
  );
  return { ids: ids as string[], manifest: Object.fromEntries(frozen), redirects: allRedirects };
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
export function manifestText(m: IdManifest): string {
  const entries = Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = entries.map(([key, id]) => `  ${JSON.stringify(key)}: ${JSON.stringify(id)}`).join(',\n');
  return entries.length ? `{\n${body}\n}\n` : '{}\n';
}

export function writeManifest(path: string, m: IdManifest): void {
  writeFileSync(path, manifestText(m));
}
