/**
 * Builds the site once per e2e run, twice over: served at the root (dist/) and under a subpath (dist-subpath/).
 * Every browser test then reads these directories; nothing else runs astro build (offline.test.ts derives a second
 * deployment from a copy of dist/ with the index and offline steps alone).
 *
 * E2E_REUSE_BUILD=1 skips the builds when both directories already exist — for fast local iteration only,
 * since it happily tests a stale site.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const DIST_SUBPATH = path.join(ROOT, 'dist-subpath');
/** The mount path of the subpath build; BASE for astro.config.mjs. */
export const SUBPATH = '/zhengwu/';
export const NOTICES_JSON = path.join(ROOT, 'generated', 'notices.json');
/** What each build printed, kept for tests that check the build's own messages: build-root.log, build-subpath.log. */
export const BUILD_LOGS = path.join(ROOT, 'tests', 'e2e', 'logs');

/** The deployment address of the subpath build; the root build has no SITE, as a trial build (and its warning). */
export const SUBPATH_SITE = 'https://deploy.example.gov.cn';

export default async function setup(): Promise<void> {
  // Child builds must run on the devDependency's Node 24 even when vitest was started some other way.
  process.env.PATH = `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`;

  const built = existsSync(path.join(DIST, 'index.html')) && existsSync(path.join(DIST_SUBPATH, 'index.html'));
  if (process.env.E2E_REUSE_BUILD === '1' && built) {
    console.log('[e2e] E2E_REUSE_BUILD=1: reusing dist/ and dist-subpath/');
    return;
  }

  await build('subpath', { BASE: SUBPATH, SITE: SUBPATH_SITE, OUT_DIR: path.relative(ROOT, DIST_SUBPATH) });
  await build('root', {});
}

/** The variables a build reads (scripts/lib/deploy-settings.ts); those left out are unset, whatever the caller's shell says. */
interface DeployVars {
  BASE?: string;
  SITE?: string;
  OUT_DIR?: string;
}

async function build(name: 'root' | 'subpath', vars: DeployVars): Promise<void> {
  const label = `${Object.entries(vars)
    .map(([key, value]) => `${key}=${value} `)
    .join('')}npm run build`;
  const env = { ...process.env };
  for (const key of ['BASE', 'SITE', 'OUT_DIR'] as const) delete env[key];
  // vitest sets NODE_ENV=test; the site must be built as a user builds it (production), or production-only
  // behaviour such as the service worker registration is silently left out.
  env.NODE_ENV = 'production';
  Object.assign(env, vars);

  const started = performance.now();
  console.log(`[e2e] ${label} …`);
  // Output is kept, not streamed: it would drown vitest's report, and it only matters when the build fails.
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  await mkdir(BUILD_LOGS, { recursive: true });
  await writeFile(path.join(BUILD_LOGS, `build-${name}.log`), output.join(''));
  if (code !== 0) {
    const tail = output.join('').split('\n').slice(-80).join('\n');
    throw new Error(`[e2e] ${label} failed (exit ${code}); last lines:\n${tail}`);
  }
  console.log(`[e2e] ${label} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
