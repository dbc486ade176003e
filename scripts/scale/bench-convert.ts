/**
 * The converter on one thread against worker threads (printed, never asserted): the generated corpus (cached per count
 * and seed, as bench-scale.ts keeps it) converted cold with --jobs 1 and --jobs N, rounds alternating so that a busy
 * machine slows both alike; then a warm run after one notice changed, on the cache of the last cold run.
 *
 *   node scripts/scale/bench-convert.ts [--notices 1000] [--seed 42] [--rounds 3] [--jobs 2]
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { editOneNotice } from './edit-notice.ts';
import { runStage } from './measure-stage.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    notices: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    rounds: { type: 'string', default: '3' },
    jobs: { type: 'string', default: '2' },
  },
});
const count = Number(values.notices);
const rounds = Number(values.rounds);
const jobs = [1, Number(values.jobs)];

const corpus = path.join(tmpdir(), 'zhengwu-scale-corpus', `n${count}-seed${values.seed}`);
if (!existsSync(`${corpus}.complete`)) {
  const args = ['--notices', String(count), '--seed', String(values.seed), '--out', corpus];
  await runStage('generate', process.execPath, ['scripts/scale/generate-corpus.ts', ...args], { cwd: ROOT });
  await writeFile(`${corpus}.complete`, '');
}

const work = await mkdtemp(path.join(tmpdir(), 'bench-convert-'));
const convert = (label: string, input: string, out: string, threads: number) =>
  runStage(label, process.execPath, ['scripts/convert.ts', '--in', input, '--out', out, '--jobs', String(threads)], {
    cwd: ROOT,
  });
const summary = (stdout: string) => /^转换 .*$/m.exec(stdout)?.[0] ?? '';

const seconds = new Map(jobs.map((j) => [j, [] as number[]]));
let last = '';
for (let round = 0; round < rounds; round++)
  for (const threads of round % 2 ? [...jobs].reverse() : jobs) {
    last = path.join(work, `out-${round}-${threads}`);
    const run = await convert(`--jobs ${threads}`, corpus, last, threads);
    seconds.get(threads)!.push(run.seconds);
    console.error(`round ${round + 1}, --jobs ${threads}: ${run.seconds.toFixed(1)} s  ${summary(run.stdout)}`);
  }

const edited = path.join(work, 'edited');
const file = await editOneNotice(corpus, edited);
const warm = await convert('warm', edited, last, jobs.at(-1)!);

const rate = (list: number[]) => (count * list.length) / list.reduce((a, b) => a + b, 0);
console.log(`| ${count} notices, seed ${values.seed}, ${rounds} alternating rounds | wall | notices/s |`);
console.log('|---|---|---|');
for (const [threads, list] of seconds)
  console.log(
    `| cold, --jobs ${threads} | ${list.map((s) => `${s.toFixed(1)} s`).join(', ')} | ${rate(list).toFixed(0)} |`,
  );
const [serial, parallel] = [rate(seconds.get(jobs[0]!)!), rate(seconds.get(jobs[1]!)!)];
console.log(`| --jobs ${jobs[1]} ÷ --jobs 1 | | ${(parallel / serial).toFixed(2)}× |`);
console.log(`| warm, ${file} changed | ${warm.seconds.toFixed(1)} s | ${summary(warm.stdout)} |`);
await rm(work, { recursive: true, force: true });
