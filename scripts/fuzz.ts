/**
 * Feeds generated and mutated notices (tests/arbitraries/hostile-notice.ts) through the converter and checks its
 * invariants on each (tests/helpers/converter-invariants.ts). Prints how many files converted, were refused in words
 * or broke an invariant, the slowest files, and writes each failing file to a folder to reproduce it.
 *
 *   npm run fuzz -- --runs 10000 [--seed 42] [--failures /tmp/fuzz-failures]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { hostileFile } from '../tests/arbitraries/hostile-notice.ts';
import { checkFile } from '../tests/helpers/converter-invariants.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    failures: { type: 'string', default: 'tmp/fuzz-failures' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const started = performance.now();
const counts = { notice: 0, refused: 0, violation: 0 };
const slowest: { ms: number; recipe: string; bytes: number }[] = [];
const kinds = new Map<string, number>();
let run = 0;
let stopped = false;
// Stopped early (Ctrl-C, a time limit), it still prints what it has found so far.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (stopped = true));
// fc.sample draws all values at once; in batches, memory stays bounded at any --runs.
for (let batch = 0; run < runs && !stopped; batch++) {
  const files = fc.sample(hostileFile, { numRuns: Math.min(100, runs - run), seed: seed + batch });
  for (const file of files) {
    if (stopped) break;
    run++;
    const verdict = await checkFile(file.bytes);
    counts[verdict.outcome]++;
    slowest.push({ ms: verdict.milliseconds, recipe: file.recipe, bytes: file.bytes.length });
    slowest.sort((a, b) => b.ms - a.ms).splice(5);
    if (verdict.outcome !== 'violation') continue;
    for (const v of verdict.violations) {
      const kind = v.replace(/\d+/g, 'N').slice(0, 90);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    mkdirSync(values.failures, { recursive: true });
    const name = join(values.failures, `seed-${seed}-run-${run}.bin`);
    writeFileSync(name, file.bytes);
    if (counts.violation <= 10)
      console.error(`✗ run ${run} (${file.recipe}) → ${name}\n  ${verdict.violations.join('\n  ')}`);
  }
  process.stderr.write(`\r${run}/${runs}`);
}
const seconds = (performance.now() - started) / 1000;
console.error('');
console.log(
  `fuzz: ${run} files${stopped ? ` (stopped before ${runs})` : ''}, seed ${seed}, ${seconds.toFixed(1)} s (${(run / seconds).toFixed(1)} files/s)`,
);
console.log(
  `  converted ${counts.notice}, refused with a reason ${counts.refused}, invariant broken ${counts.violation}`,
);
for (const [kind, n] of kinds) console.log(`  ${n} × ${kind}`);
console.log(
  `  slowest: ${slowest.map((s) => `${s.ms.toFixed(0)} ms (${(s.bytes / 1024).toFixed(0)} KB, ${s.recipe})`).join('; ')}`,
);
process.exitCode = counts.violation ? 1 : 0;
