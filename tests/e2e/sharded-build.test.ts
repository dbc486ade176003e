/**
 * The sharded site build (scripts/build-site.ts) against the plain one: the bundled corpus built in a notices shard
 * per notice and a corpus shard, merged, then given its redirects (scripts/build-redirects.ts), must give the very
 * files global-setup.ts's npm run build gave dist/ before its search index and offline steps — each notice page made
 * by a shard that read only the notices it shows.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, ROOT } from './global-setup.ts';

const SHARDED = path.join(ROOT, 'dist-sharded');
/** One notice a shard (the bundled corpus has 6): every page then reads its neighbours from other shards. */
const SHARDS = 6;
const WORK = path.join(ROOT, 'dist-sharded-work');
/** What npm run build writes after the site build and its redirects (index-search, build-offline). */
const LATER_STEPS = /^(pagefind\/|sw\.js$|offline-manifest\.json$)/;

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', OUT_DIR: path.relative(ROOT, SHARDED) };
  // As global-setup.ts built dist/: no deployment settings; and none of what vitest sets in a test worker's
  // environment for import.meta.env (MODE=test, DEV, SSR…), which the site build would read too.
  for (const key of ['BASE', 'SITE', 'SITE_SHARDS', 'SITE_SHARD', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'])
    delete env[key];
  const output: string[] = [];
  const run = (args: string[]) =>
    new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.on('error', reject);
      child.on('close', resolve);
    });
  const code =
    (await run(['scripts/build-site.ts', '--shards', String(SHARDS), '--work', path.relative(ROOT, WORK)])) ||
    (await run(['scripts/build-redirects.ts']));
  if (code !== 0)
    throw new Error(`sharded build failed (exit ${code}):\n${output.join('').split('\n').slice(-40).join('\n')}`);
}, 600_000);

afterAll(async () => {
  await rm(SHARDED, { recursive: true, force: true });
  await rm(WORK, { recursive: true, force: true });
});

describe('a sharded build', () => {
  test('writes the files of the plain build, no more, no fewer', async () => {
    const plain = (await files(DIST)).filter((file) => !LATER_STEPS.test(file));
    expect(await files(SHARDED)).toEqual(plain);
  });

  test("with the same bytes, calendars included (their stamps are the notices' dates)", async () => {
    const differing: string[] = [];
    for (const file of await files(SHARDED)) {
      const [sharded, plain] = await Promise.all([readFile(path.join(SHARDED, file)), readFile(path.join(DIST, file))]);
      if (!sharded.equals(plain)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  test('removes its work folder once merged', () => {
    expect(existsSync(WORK)).toBe(false);
  });
});
