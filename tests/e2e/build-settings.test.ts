/**
 * The deployment settings (scripts/lib/deploy-settings.ts) as a deployer meets them in a real build: the SITE warning
 * at the start and the end of npm run build, SITE in every absolute URL, and an OUT_DIR outside the repository refused
 * before anything is written. The builds are global-setup.ts's: dist/ without SITE, dist-subpath/ with one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { messages, PLACEHOLDER_SITE } from '../../scripts/lib/deploy-settings.ts';
import { BUILD_LOGS, DIST, DIST_SUBPATH, ROOT, SUBPATH, SUBPATH_SITE } from './global-setup.ts';

const buildLog = (name: 'root' | 'subpath') =>
  readFile(path.join(BUILD_LOGS, `build-${name}.log`), 'utf8').catch(() => {
    throw new Error(`no ${name} build log in ${BUILD_LOGS}: run the e2e tests once without E2E_REUSE_BUILD`);
  });

/** Every occurrence's index of `part` in `text`. */
const positions = (text: string, part: string) =>
  [...text.matchAll(new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((match) => match.index);

describe('SITE', () => {
  test('without it, npm run build warns before astro builds and again after the last step', async () => {
    const log = await buildLog('root');
    const warned = positions(log, messages.siteUnset);
    expect(warned).toHaveLength(2);
    expect(warned[0]).toBeLessThan(log.indexOf('page(s) built'));
    expect(warned[1]).toBeGreaterThan(log.lastIndexOf('index-search:'));
  });

  test('without it, the absolute URLs point to the placeholder; with it, canonical links, feed, sitemap and JSON-LD use it', async () => {
    expect(await readFile(path.join(DIST, 'index.html'), 'utf8')).toContain(
      `<link rel="canonical" href="${PLACEHOLDER_SITE}/">`,
    );

    expect(await buildLog('subpath')).not.toContain('SITE is not set');
    const deployed = `${SUBPATH_SITE}${SUBPATH}`;
    const home = await readFile(path.join(DIST_SUBPATH, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${deployed}">`);
    const notice = (await readFile(path.join(DIST_SUBPATH, 'notices.json'), 'utf8')).match(/"id": ?"([^"]+)"/)?.[1];
    expect(notice).toBeDefined();
    const noticePage = await readFile(path.join(DIST_SUBPATH, 'notices', notice!, 'index.html'), 'utf8');
    expect(noticePage).toContain(`"url":"${deployed}notices/${notice}/"`);
    for (const file of ['rss.xml', 'sitemap-0.xml']) {
      const text = await readFile(path.join(DIST_SUBPATH, file), 'utf8');
      expect(text, file).toContain(`${deployed}notices/${notice}/`);
      expect(text, file).not.toContain(PLACEHOLDER_SITE);
    }
  });
});

test('an OUT_DIR outside the repository stops the build with its reason before anything is written', async () => {
  const outside = path.join(tmpdir(), `zhengwu-out-dir-${process.pid}`);
  const { code, output } = await run(path.join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { OUT_DIR: outside });
  expect(code).not.toBe(0);
  expect(output).toContain(messages.outDirOutside(outside, ROOT));
  expect(existsSync(outside)).toBe(false);
});

async function run(command: string, args: string[], vars: Record<string, string>) {
  const env = { ...process.env, ...vars };
  env.PATH = `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${env.PATH ?? ''}`; // Node 24 for astro
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { code, output: output.join('') };
}
