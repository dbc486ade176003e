/**
 * The converter's cache: a source file's draft (its Notice before the page id), kept under a key made of the
 * converter's version, the file's name and the sha256 of its bytes. An unchanged file converted by an unchanged
 * converter is read back instead of converted again; any edit to the converter's code or its libraries changes the
 * version and so every key.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { NoticeDraft } from '../pipeline/convert-notice.ts';

const ROOT = join(import.meta.dirname, '../..');
/**
 * What a draft depends on: the pipeline, the contract and the exact libraries (the lock file pins them); and what
 * writes a notice's files from it (convert.ts), since a notice whose draft is unchanged is not written again.
 */
const CONVERTER_SOURCES = [
  'scripts/pipeline',
  'src/model',
  'scripts/corpus/convert-cache.ts',
  'scripts/convert.ts',
  'package-lock.json',
];
const NOT_CODE = /(^|\/)fixtures\/|\.test\.ts$/;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A hash of every file the conversion of one source depends on, read once per process. */
let version: string | undefined;
export function converterVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const source of CONVERTER_SOURCES) {
    const files = statSync(join(ROOT, source)).isFile()
      ? [source]
      : readdirSync(join(ROOT, source), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
          .filter((file) => !NOT_CODE.test(file))
          .sort();
    for (const file of files)
      hash
        .update(`${file}\0`)
        .update(readFileSync(join(ROOT, file)))
        .update('\0');
  }
  version = hash.digest('hex');
  return version;
}

export class ConvertCache {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** The key of a source file: converter version, the file's name (the draft carries it), its bytes. */
  key(file: string, bytes: Uint8Array): string {
    return sha256(`${converterVersion()}\0${file}\0${sha256(bytes)}`);
  }

  /** The cached draft, or null. */
  get(key: string): NoticeDraft | null {
    try {
      return JSON.parse(readFileSync(this.#path(key), 'utf8')) as NoticeDraft;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  set(key: string, draft: NoticeDraft): void {
    mkdirSync(this.#dir, { recursive: true });
    writeFileSync(this.#path(key), JSON.stringify(draft));
  }

  /** Forgets every entry but `used`, so that the cache holds one corpus, not every version of it. */
  prune(used: Set<string>): number {
    if (!existsSync(this.#dir)) return 0;
    const stale = readdirSync(this.#dir).filter((name) => !used.has(name.replace(/\.json$/, '')));
    for (const name of stale) rmSync(join(this.#dir, name));
    return stale.length;
  }

  #path(key: string): string {
    return join(this.#dir, `${key}.json`);
  }
}
