/**
 * The search index build's cache of shards (scripts/lib/search-index-cache.ts): a warm build writes the very files of
 * a cold one, reusing every shard whose notices did not change and rebuilding the ones that did.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Notice } from '../src/model/notice.ts';
import { clause, component, notice } from '../tests/helpers/notices.ts';
import { importClosure } from './lib/search-index-cache.ts';

const SCRIPT = path.join(import.meta.dirname, 'index-search.ts');
/** Small shards, so that a corpus of a few notices has several. */
const SHARD_RECORDS = '8';
const work = await mkdtemp(path.join(tmpdir(), 'index-search-test-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** 16 notices of 3–5 clauses, each clause text its own, one a month of 2020. */
const corpus = (): Notice[] =>
  Array.from({ length: 16 }, (_, i) =>
    notice(`notice-${i}`, {
      title: `第${i}号政务公开通知`,
      signedDate: `2020-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`,
      components: [
        component(
          'main',
          'text',
          Array.from({ length: 3 + (i % 3) }, (_, j) =>
            clause(`sec_${j + 1}`, `${'一二三四五'[j]}、`, [], {
              text: `第${i}件通知第${j + 1}条，推进政务公开${i * 7 + j}。`,
            }),
          ),
        ),
      ],
    }),
  );

let runs = 0;
/** Runs the index build on `notices` into a site folder of its own; returns that folder and what the build printed. */
async function build(notices: Notice[], cache: string): Promise<{ site: string; printed: string }> {
  const site = path.join(work, `site-${++runs}`);
  const file = path.join(work, `notices-${runs}.json`);
  await writeFile(file, `[\n${notices.map((n) => JSON.stringify(n)).join(',\n')}\n]\n`);
  const args = [SCRIPT, '--notices', file, '--site', site, '--cache', cache, '--shard-records', SHARD_RECORDS];
  const { stdout } = await promisify(execFile)(process.execPath, args);
  return { site, printed: stdout };
}

/** Every file under `dir`/pagefind, by path. */
async function tree(dir: string): Promise<Map<string, Buffer>> {
  const root = path.join(dir, 'pagefind');
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(root, file), await readFile(file));
    }
  return files;
}

/** The same files, byte for byte: their names sorted, then the names of those whose bytes differ (none). */
async function expectSameTree(a: string, b: string): Promise<void> {
  const [left, right] = await Promise.all([tree(a), tree(b)]);
  expect([...left.keys()].sort()).toEqual([...right.keys()].sort());
  expect([...left].filter(([file, bytes]) => !bytes.equals(right.get(file)!)).map(([file]) => file)).toEqual([]);
}

const reuse = (printed: string) => {
  const [, reused, rebuilt] = /索引分片：复用 (\d+) 个，重建 (\d+) 个/.exec(printed) ?? [];
  return { reused: Number(reused), rebuilt: Number(rebuilt) };
};

describe('index-search with its cache', () => {
  const cache = path.join(work, 'cache');
  const notices = corpus();
  let cold: { site: string; printed: string };
  let shards = 0;

  it('builds cold, then unchanged reuses every shard and writes the same files', async () => {
    cold = await build(notices, cache);
    shards = reuse(cold.printed).rebuilt;
    expect(shards).toBeGreaterThan(3);
    expect(reuse(cold.printed).reused).toBe(0);
    const warm = await build(notices, cache);
    expect(reuse(warm.printed)).toEqual({ reused: shards, rebuilt: 0 });
    await expectSameTree(warm.site, cold.site);
  }, 180_000);

  it.each([
    [
      'one clause reworded',
      (list: Notice[]) => (list[5]!.components[0]!.clauses[1]!.text = '改写后的条款：推进政务公开标准化规范化。'),
    ],
    [
      'one clause added',
      (list: Notice[]) => list[9]!.components[0]!.clauses.push(clause('sec_9', '九、', [], { text: '新增的条款。' })),
    ],
    ['one notice dated otherwise, within its shard', (list: Notice[]) => (list[3]!.signedDate = '2020-04-05')],
  ])(
    '%s: rebuilds only the shards that hold the change, and writes what a cold build of the changed corpus writes',
    async (_, change) => {
      const changed = corpus();
      change(changed);
      const warm = await build(changed, cache);
      const fresh = await build(changed, path.join(work, `cold-cache-${runs}`));
      await expectSameTree(warm.site, fresh.site);
      const { reused, rebuilt } = reuse(warm.printed);
      expect(rebuilt).toBeGreaterThanOrEqual(1);
      expect(rebuilt).toBeLessThanOrEqual(2);
      expect(reused + rebuilt).toBe(reuse(fresh.printed).rebuilt);
      // Back to the first corpus: the cache was pruned to the changed one's shards, so the shards the change touched
      // are built again, the others reused.
      const back = await build(notices, cache);
      expect(reuse(back.printed).rebuilt).toBeGreaterThanOrEqual(1);
      expect(reuse(back.printed).rebuilt).toBeLessThanOrEqual(2);
      expect(reuse(back.printed).reused + reuse(back.printed).rebuilt).toBe(shards);
      await expectSameTree(back.site, cold.site);
    },
    180_000,
  );
});

describe('the shard key', () => {
  it('covers the code that makes and writes records, followed through imports', () => {
    const files = importClosure(path.join(import.meta.dirname, 'lib', 'search-shard-worker.ts')).map((file) =>
      path.relative(path.join(import.meta.dirname, '..'), file),
    );
    for (const file of [
      'src/search/records.ts',
      'src/search/fold.ts',
      'src/search/ngram.ts',
      'src/search/original.ts',
      'src/search/query.ts',
      'src/search/router.ts',
      'src/model/notice-pages.ts',
      'src/lib/facets.ts',
    ])
      expect(files).toContain(file);
  });
});
