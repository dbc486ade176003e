/**
 * The search index's cache (scripts/index-search.ts): each index shard's files, as written to pagefind/s/<k>/, with
 * what the build needs of a shard besides — its record count, its router grams and its filter counts — so that a
 * shard whose notices did not change is copied, not indexed again, and the router is rebuilt without reading a record.
 *
 * A shard's key is a hash of everything its files depend on: its notices as the planner writes them (in order: their
 * order is the records' order and sort values), the code that makes and writes records (every module the shard
 * writer imports, followed from its imports), the exact libraries (the lock file; Pagefind's version besides, as
 * installed), and the writers' Pagefind chunk setting. Not the shard's number, which no file holds (the router and
 * lookup carry it and are rebuilt every run), nor BASE: records are site-relative (records.ts).
 *
 *   <cache>/<key>/index/       the shard's files
 *   <cache>/<key>/shard.json   ShardSummary
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FilterCounts } from '../../src/search/filter-options.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The module whose imports, followed, are the code a shard's files depend on. */
const WRITER = path.join(import.meta.dirname, 'search-shard-worker.ts');
/** A statement importing a relative module: `import … from "./x.ts"`, `export … from "./x.ts"`, `import "./x.ts"`. */
const RELATIVE_IMPORT = /^\s*(?:(?:import|export)\s[^;]*?\bfrom|import)\s*['"](\.\.?\/[^'"]+)['"]/gm;

const PLACE_BATCH = 64;

/** Where the index build keeps its cache unless told: beside the converter's (generated/.cache), outside dist/. */
export const DEFAULT_INDEX_CACHE = path.join(ROOT, 'generated', '.index-cache');

export interface ShardSummary {
  records: number;
  /** Every router key (router.ts routerKeys) of the shard's readings. */
  routerKeys: string[];
  filters: FilterCounts;
}

/** The project's source files `entry` imports, itself included, followed through relative imports; sorted. */
export function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.[cm]?[jt]s$/.test(file)) return; // data (JSON) is hashed, not followed
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = path.resolve(path.dirname(file), specifier!);
      const found = [target, `${target}.ts`, path.join(target, 'index.ts')].find(
        (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
      );
      if (!found) throw new Error(`${path.relative(ROOT, file)}: cannot find the module ${specifier}`);
      visit(found);
    }
  };
  visit(entry);
  return [...seen].sort();
}

let version: string | undefined;
/** A hash of the shard writer's code and libraries and of the Pagefind settings its process runs with; once per process. */
export function indexVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of [...importClosure(WRITER), path.join(ROOT, 'package-lock.json')])
    hash
      .update(`${path.relative(ROOT, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  const pagefind = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')) as {
    version: string;
  };
  hash.update(`pagefind ${pagefind.version}\0chunk ${process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? ''}`);
  version = hash.digest('hex');
  return version;
}

export class ShardCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The key of a shard whose notices the planner wrote as `notices` (JSON). */
  key(notices: string): string {
    return createHash('sha256').update(indexVersion()).update('\0').update(notices).digest('hex');
  }

  has(key: string): boolean {
    return existsSync(path.join(this.dir, key, 'shard.json'));
  }

  /**
   * Puts a cached shard's files in `to` as hard links: a shard is thousands of files (one per record) that nothing
   * writes in place (Pagefind names them by their content), and linking costs no copy. Copied where links cannot be
   * made (another file system).
   */
  async place(key: string, to: string): Promise<void> {
    const from = path.join(this.dir, key, 'index');
    const files = (await readdir(from, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
    for (const dir of new Set(files.map((file) => path.dirname(file))))
      await mkdir(path.join(to, dir), { recursive: true });
    const placeOne = (file: string) =>
      link(path.join(from, file), path.join(to, file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
        return copyFile(path.join(from, file), path.join(to, file));
      });
    // A few at a time: libuv's threads make the calls side by side.
    for (let i = 0; i < files.length; i += PLACE_BATCH)
      await Promise.all(files.slice(i, i + PLACE_BATCH).map(placeOne));
  }

  async summary(key: string): Promise<ShardSummary> {
    return JSON.parse(await readFile(path.join(this.dir, key, 'shard.json'), 'utf8')) as ShardSummary;
  }

  /** A fresh folder to write a shard into (its files under index/), made an entry by `keep`. */
  async staging(key: string): Promise<string> {
    const dir = path.join(this.dir, `.staging-${key}-${process.pid}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(path.join(dir, 'index'), { recursive: true });
    return dir;
  }

  /** Makes a written staging folder the entry of `key`: whole or not at all, so a stopped build leaves no half entry. */
  async keep(key: string, staging: string, summary: ShardSummary): Promise<void> {
    await writeFile(path.join(staging, 'shard.json'), JSON.stringify(summary));
    await rm(path.join(this.dir, key), { recursive: true, force: true });
    await rename(staging, path.join(this.dir, key));
  }

  /** Forgets every entry but `used`, so that the cache holds one index, not every version of it. Returns how many. */
  async prune(used: Set<string>): Promise<number> {
    if (!existsSync(this.dir)) return 0;
    const stale = (await readdir(this.dir)).filter((name) => !used.has(name));
    for (const name of stale) await rm(path.join(this.dir, name), { recursive: true, force: true });
    return stale.length;
  }
}
