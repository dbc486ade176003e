/**
 * The converter and the search index on files built to hurt them, beside the bundled corpus measured in the same run:
 * 100,000-line text dumps (one sentence a line; hard-wrapped with no punctuation; one number printed over and over)
 * and a page nested 100,000 deep. Each is converted (npm run convert -- --in … --out …) and indexed
 * (scripts/index-search.ts) as a child process; prints wall time, peak RSS, MB/s and the index files written.
 *
 *   npm run bench:hostile [-- --lines 100000]
 */
import { mkdir, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runStage } from './scale/measure-stage.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { lines: { type: 'string', default: '100000' } } });
const lines = Number(values.lines);
const HEADER = '关于做好政务公开工作的通知\n某政办发〔2020〕9号\n\n';

const inputs: Record<string, () => string> = {
  [`${lines.toLocaleString('en')} sentences, one a line`]: () =>
    HEADER + Array.from({ length: lines }, (_, i) => `第${i}行加强政务公开平台建设，落实监督考核要求。`).join('\n'),
  [`${lines.toLocaleString('en')} lines hard-wrapped, no punctuation`]: () =>
    HEADER + Array.from({ length: lines }, (_, i) => `加强政务公开平台建设推进信息发布和解读回应工作第${i}`).join('\n'),
  [`${lines.toLocaleString('en')} lines, 50 numbers repeated`]: () =>
    HEADER + Array.from({ length: lines }, (_, i) => `${(i % 50) + 1}. 推进信息发布和解读回应工作。`).join('\n'),
  [`a page nested ${lines.toLocaleString('en')} deep`]: () =>
    `<html><body><p>关于做好政务公开工作的通知</p>${'<div>'.repeat(lines)}一、加强组织领导。${'</div>'.repeat(lines)}</body></html>`,
};

const countFiles = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(bytes < 1024 ** 2 ? 2 : 0)} MB`;

async function measure(label: string, inDir: string, bytes: number): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-hostile-'));
  const out = path.join(work, 'out');
  const convert = await runStage(
    `convert ${label}`,
    process.execPath,
    ['scripts/convert.ts', '--in', inDir, '--out', out],
    {
      cwd: ROOT,
    },
  );
  const index = await runStage(
    `index ${label}`,
    process.execPath,
    ['scripts/index-search.ts', '--notices', path.join(out, 'notices.json'), '--site', work],
    { cwd: ROOT },
  );
  const files = await countFiles(path.join(work, 'pagefind'));
  const rss = (run: { peakRss: number | null; peakTreeRss: number }) => mb(run.peakRss ?? run.peakTreeRss);
  return `| ${label} | ${mb(bytes)} | ${convert.seconds.toFixed(1)} s, ${rss(convert)} | ${(bytes / 1024 ** 2 / convert.seconds).toFixed(2)} MB/s | ${index.seconds.toFixed(1)} s, ${rss(index)} | ${files.toLocaleString('en')} |`;
}

const rows = ['| Input | Size | Convert | Convert rate | Index | Index files |', '|---|---|---|---|---|---|'];
const content = (await readdir(path.join(ROOT, 'content'), { recursive: true, withFileTypes: true })).filter((e) =>
  e.isFile(),
);
let contentBytes = 0;
for (const e of content) contentBytes += (await stat(path.join(e.parentPath, e.name))).size;
rows.push(await measure(`baseline: content/ (${content.length} files)`, path.join(ROOT, 'content'), contentBytes));
for (const [label, make] of Object.entries(inputs)) {
  const dir = await mkdtemp(path.join(tmpdir(), 'hostile-in-'));
  await mkdir(dir, { recursive: true });
  const text = make();
  await writeFile(path.join(dir, label.includes('page') ? 'page.html' : 'dump.txt'), text);
  rows.push(await measure(label, dir, Buffer.byteLength(text)));
  console.error(rows.at(-1));
}
console.log(rows.join('\n'));
