/**
 * Builds the site once per e2e run, three times over: served at the root (dist/), under a subpath (dist-subpath/),
 * and under the subpath with a notice of 2,000 clauses shown on several pages (dist-long/).
 * Every browser test then reads these directories; nothing else runs astro build (offline.test.ts derives a second
 * deployment from a copy of dist/ with the index and offline steps alone).
 *
 * E2E_REUSE_BUILD=1 skips the builds when both directories already exist — for fast local iteration only,
 * since it happily tests a stale site.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { longNotice } from '../../scripts/scale/long-notice.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const DIST_SUBPATH = path.join(ROOT, 'dist-subpath');
/** The bundled notices and one of 2,000 clauses (shown on several pages), built under the subpath. */
export const DIST_LONG = path.join(ROOT, 'dist-long');
/** The long notice's page id and the clauses it cites of itself, the first citing one on its last page. */
export const LONG_NOTICE = {
  id: 'mou-zheng-ban-fa-2020-99',
  citing: 'sec_1__para_1',
  cited: 'sec_40',
  file: 'long.txt',
};
/**
 * In the same build, more notices carrying out 国办发〔2020〕17号 (each its first clause, copied) than its page shows
 * of what cites it, carries out its clause and stands below it (src/lib/citing-lists.ts SHOWN): the rest are on its
 * lists' pages. Their 发文字号 甲政办发〔2020〕31号 … (newest first: the last is the newest).
 */
export const CITING_NOTICES = {
  cited: 'guo-ban-fa-2020-17',
  count: 13,
  prefixes: [...'甲乙丙丁戊己庚辛壬癸子丑寅'],
};
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

  const built = [DIST, DIST_SUBPATH, DIST_LONG].every((dist) => existsSync(path.join(dist, 'index.html')));
  if (process.env.E2E_REUSE_BUILD === '1' && built) {
    console.log('[e2e] E2E_REUSE_BUILD=1: reusing dist/ and dist-subpath/');
    return;
  }

  await buildWithLongNotice();
  await build('subpath', { BASE: SUBPATH, SITE: SUBPATH_SITE, OUT_DIR: path.relative(ROOT, DIST_SUBPATH) });
  await build('root', {});
}

/**
 * The bundled notices and a notice of 40 sections of 49 items (2,000 clauses, ~3.3 MB of HTML on one page), its
 * first item citing its last section: converted into generated/ (which the next builds convert afresh from content/)
 * and built under the subpath, as npm run build builds it, for the link check and the browser tests of a notice shown
 * on several pages.
 */
async function buildWithLongNotice(): Promise<void> {
  const input = await mkdtemp(path.join(tmpdir(), 'e2e-long-'));
  await cp(path.join(ROOT, 'content'), input, { recursive: true, filter: (from) => !from.endsWith('notice-ids.json') });
  const text = longNotice(40, 49).replace('（一）做好第1类第1项', '（一）按照本通知第四十条做好第1类第1项');
  await writeFile(path.join(input, LONG_NOTICE.file), text);
  for (let i = 0; i < CITING_NOTICES.count; i++)
    await writeFile(path.join(input, `citing-${i + 1}.txt`), citingNotice(CITING_NOTICES.prefixes[i]!, i + 1));
  const vars = { BASE: SUBPATH, SITE: SUBPATH_SITE, OUT_DIR: path.relative(ROOT, DIST_LONG) };
  await run('long-convert', ['node', 'scripts/convert.ts', '--in', input, '--out', 'generated'], vars);
  // The rest of the build as npm run build runs it (astro build, redirects, search index, offline files).
  const { build: script } = (
    JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: { build: string };
    }
  ).scripts;
  const afterConvert = script.replace(/^npm run convert && /, '');
  if (afterConvert === script) throw new Error(`package.json's build no longer starts with npm run convert: ${script}`);
  await run('long', ['sh', '-c', afterConvert], vars);
  await rm(input, { recursive: true, force: true });
}

/** A county's notice carrying out 国办发〔2020〕17号: its first clause, copied (CITING_NOTICES). */
function citingNotice(county: string, n: number): string {
  return [
    `${county}县人民政府办公室关于印发${county}县2020年政务公开工作要点的通知`,
    `${county}政办发〔2020〕${30 + n}号`,
    '各乡（镇）人民政府，县政府各部门：',
    '为深入贯彻《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号），现将有关事项通知如下。',
    '一、围绕贯彻落实党的十九届四中全会精神加强用权公开',
    '（一）以权责清单为依托，加强权力配置信息公开。要对照法律法规规章，全面梳理本机关依法行使的行政权力和依法承担的公共服务职责，更新完善权责清单并按要求公开。',
    `${county}县人民政府办公室`,
    `2020年8月${n}日`,
    '',
  ].join('\n');
}

/** The variables a build reads (scripts/lib/deploy-settings.ts); those left out are unset, whatever the caller's shell says. */
interface DeployVars {
  BASE?: string;
  SITE?: string;
  OUT_DIR?: string;
}

const build = (name: 'root' | 'subpath', vars: DeployVars) => run(name, ['npm', 'run', 'build'], vars);

async function run(name: string, [command, ...args]: string[], vars: DeployVars): Promise<void> {
  const label = `${Object.entries(vars)
    .map(([key, value]) => `${key}=${value} `)
    .join('')}${[command, ...args].join(' ')}`;
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
    const child = spawn(command!, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
