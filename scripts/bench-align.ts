/**
 * The alignment step at scale (printed, never asserted): on a converted corpus, the time to find the related pairs,
 * align them, and diff the wording the compare pages show, against the time of the catalog every build computes
 * once (facets, slugs, the responsibility index, citation targets) — measured in the same run, as the baseline.
 * Times are CPU seconds of the process, so that the neighbours on a shared machine count for little.
 *
 *   node scripts/bench-align.ts [--notices generated/notices.json]
 *   (a scale corpus: node scripts/scale/generate-corpus.ts --notices 1000 --seed 42 --out /tmp/c,
 *    then npm run convert -- --in /tmp/c --out /tmp/c-out, then --notices /tmp/c-out/notices.json)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compareCorpus } from '../src/align/compare.ts';
import { findRelations } from '../src/align/relations.ts';
import { diffWording } from '../src/align/wording.ts';
import { buildCatalog } from '../src/lib/catalog.ts';
import type { Notice } from '../src/model/notice.ts';

const { values } = parseArgs({ options: { notices: { type: 'string', default: 'generated/notices.json' } } });
const notices = JSON.parse(readFileSync(values.notices!, 'utf8')) as Notice[];

/** CPU seconds of this process (user + system): on a shared machine wall time mostly measures the neighbours. */
function timed<T>(run: () => T): [T, number] {
  const started = process.cpuUsage();
  const result = run();
  const { user, system } = process.cpuUsage(started);
  return [result, (user + system) / 1e6];
}

const [catalog, catalogSeconds] = timed(() => buildCatalog(notices));
const [relations, relationSeconds] = timed(() => findRelations(catalog.notices, catalog.resolve));
const [comparisons, compareSeconds] = timed(() => compareCorpus(catalog.notices, catalog.resolve));
const [pieces, diffSeconds] = timed(() =>
  comparisons.reduce((n, { local, higher, alignment }) => {
    const l = new Map(local.clauses.map((c) => [c.eId, c.wording]));
    const h = new Map(higher.clauses.map((c) => [c.eId, c.wording]));
    return n + alignment.links.reduce((m, k) => m + diffWording(h.get(k.higher)!, l.get(k.local)!).length, 0);
  }, 0),
);

const kinds = Object.groupBy(relations, (r) => r.kind);
const links = comparisons.reduce((n, c) => n + c.alignment.links.length, 0);
const clauses = comparisons.reduce((n, c) => n + c.local.clauses.length + c.higher.clauses.length, 0);
const s = (x: number) => `${x.toFixed(2)} s CPU`.padStart(13);
console.log(`${notices.length} notices (${values.notices})`);
console.log(
  `related pairs: ${relations.length} (implements ${kinds.implements?.length ?? 0}, previous year ${kinds.previousYear?.length ?? 0}); ${clauses} clauses compared, ${links} links`,
);
console.log(`catalog (baseline, every build)       ${s(catalogSeconds)}`);
console.log(`find related pairs                    ${s(relationSeconds)}`);
console.log(
  `find + align every pair               ${s(compareSeconds)}  (${(compareSeconds / catalogSeconds).toFixed(2)} × the catalog)`,
);
console.log(`diff the wording of every link        ${s(diffSeconds)}  (${pieces} pieces; the compare pages' share)`);
