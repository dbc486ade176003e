/**
 * Benchmark figures for the README (printed, never asserted):
 * - converter throughput on the bundled corpus, repeated, and on generated notices of the genre;
 * - page weight of a notice page (HTML + CSS + JS without search), raw and gzip;
 * - bytes of a cold first search query (needs a built dist/ with its Pagefind index and Debian's chromium).
 *
 *   npm run bench [-- --rounds 20 --site dist --baseline <another checkout>]
 *
 * With --baseline, the converter of another checkout (e.g. a worktree of an earlier commit) is timed on the same
 * inputs, its rounds alternating with this one's, so a busy machine slows both alike.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { noticeText } from '../tests/arbitraries/notice-text.ts';
import { convertNotice } from './pipeline/convert-notice.ts';
import { toMdx } from './pipeline/stages/08-mdx/to-mdx.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    site: { type: 'string', default: 'dist' },
    baseline: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function throughput(label: string, inputs: { bytes: Uint8Array; file: string }[], repeat: number) {
  const started = performance.now();
  let characters = 0;
  for (let r = 0; r < repeat; r++) {
    for (const input of inputs) {
      const draft = convertNotice(input);
      toMdx({ id: 'bench', ...draft });
      characters += input.bytes.length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const count = inputs.length * repeat;
  console.log(
    `${label.padEnd(34)} ${String(count).padStart(6)} notices  ${(count / seconds).toFixed(0).padStart(5)} notices/s  ${(characters / 1024 / 1024 / seconds).toFixed(2)} MB/s`,
  );
}

type Convert = (input: { bytes: Uint8Array; file: string }) => unknown;

/** This converter against another checkout's, alternating rounds: notices/s of each and their ratio. */
async function againstBaseline(baseline: string, inputs: { bytes: Uint8Array; file: string }[]) {
  const theirs = (await import(join(process.cwd(), baseline, 'scripts/pipeline/convert-notice.ts')))
    .convertNotice as Convert;
  const time = (convert: Convert) => {
    const started = performance.now();
    for (const input of inputs) convert(input);
    return performance.now() - started;
  };
  const totals = { ours: 0, theirs: 0 };
  for (let r = 0; r < rounds; r++) {
    totals.ours += time(convertNotice);
    totals.theirs += time(theirs);
  }
  const rate = (ms: number) => (inputs.length * rounds) / (ms / 1000);
  console.log(
    `same run, alternating rounds: this ${rate(totals.ours).toFixed(0)} notices/s, ${baseline} ${rate(totals.theirs).toFixed(0)} notices/s (ratio ${(totals.theirs / totals.ours).toFixed(2)})`,
  );
}

async function converter() {
  console.log('## Converter (decode → … → MDX, one core)');
  const content = 'content';
  const seeds = readdirSync(content, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ bytes: readFileSync(join(content, f)), file: f }));
  throughput('bundled corpus (5 seeds, warm-up)', seeds, 1);
  throughput(`bundled corpus × ${rounds}`, seeds, rounds);
  const encoder = new TextEncoder();
  const generated = fc
    .sample(noticeText, { numRuns: 1000, seed: 42 })
    .map((text, i) => ({ bytes: encoder.encode(text), file: `g${i}.txt` }));
  throughput('1,000 generated notices', generated, 1);
  if (values.baseline) await againstBaseline(values.baseline, seeds);
}

function pageWeight(site: string) {
  console.log('\n## Page weight (a notice page without search)');
  const noticesDir = join(site, 'notices');
  if (!existsSync(noticesDir)) return console.log(`(no ${noticesDir}: run npm run build first)`);
  for (const id of readdirSync(noticesDir)) {
    const html = readFileSync(join(noticesDir, id, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+\.(?:css|js))"/g)].map((m) => m[1]);
    const files = [
      html,
      ...assets.map((a) => readFileSync(join(site, a.replace(/^\/([^/]+\/)?(?=_astro)/, '')), 'utf8')),
    ];
    const raw = files.reduce((n, f) => n + Buffer.byteLength(f), 0);
    const gzip = files.reduce((n, f) => n + gzipSync(f).length, 0);
    console.log(
      `${id.padEnd(34)} HTML ${kb(Buffer.byteLength(html)).padStart(9)}  + ${assets.length} CSS/JS  total ${kb(raw).padStart(9)} raw  ${kb(gzip).padStart(9)} gzip`,
    );
  }
}

async function searchBytes(site: string) {
  console.log('\n## Cold first query (fresh browser, bytes served)');
  if (!existsSync(join(site, 'pagefind'))) return console.log(`(no ${site}/pagefind: run npm run build first)`);
  const { measureColdQuery } = await import('./lib/measure-search.ts');
  for (const query of ['营商环境', '政务公开', '国办发〔2020〕17号', '人工智能']) {
    const { total, gzip, byKind } = await measureColdQuery(site, query);
    const parts = Object.entries(byKind).filter(([, v]) => v > 0);
    console.log(
      `${query.padEnd(20)} ${kb(gzip).padStart(9)} gzip ${kb(total).padStart(9)} raw  (${parts.map(([k, v]) => `${k} ${kb(v)}`).join(', ')})`,
    );
  }
}

/** What the service worker fetches in the background after the first visit (offline-manifest.json's list). */
function offlinePrecache(site: string) {
  const list = join(site, 'offline-manifest.json');
  if (!existsSync(list)) return;
  const { precache, budget } = JSON.parse(readFileSync(list, 'utf8')) as { precache: string[]; budget: number };
  const bytes = precache.map((file) =>
    readFileSync(join(site, file === '' || file.endsWith('/') ? `${file}index.html` : file)),
  );
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gzip = bytes.reduce((n, b) => n + gzipSync(b).length, 0);
  console.log(
    `\n## Offline precache (service worker, in the background after the first visit; budget ${kb(budget)} raw)\n` +
      `${precache.length} files  ${kb(gzip)} gzip  ${kb(raw)} raw`,
  );
}

await converter();
pageWeight(values.site);
await searchBytes(values.site);
offlinePrecache(values.site);
