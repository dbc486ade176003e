/**
 * Clause alignment against the hand-written gold set (tests/alignment/fixtures): precision and recall of the links
 * (local clause → higher clause) for Youyi's 实施方案 and Guangdong's own letter → 国办发〔2020〕17号, and for Jilin
 * 2020 → 2014 year over year. Printed, never asserted (the unit test keeps a floor).
 *
 *   npm run align-quality [-- --tune]   (--tune: grid search of the parameters, best five by mean F1)
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PARAMETERS, type AlignmentParameters } from '../src/align/align.ts';
import { type GoldReport, type Score, scoreAgainstGold } from '../tests/alignment/gold.ts';

const { values } = parseArgs({ options: { tune: { type: 'boolean', default: false } } });

const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(8);
const row = (label: string, s: Score) =>
  `${label.padEnd(52)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${s.found}/${s.predicted} predicted, ${s.gold} gold`;

function print(report: GoldReport) {
  console.log(`${''.padEnd(52)} precision   recall       F1`);
  console.log(row('Youyi → 国办发〔2020〕17号, numbered clauses', report.youyi));
  console.log(row('Guangdong letter → 国办发〔2020〕17号, numbered', report.guangdong));
  console.log(row('both, numbered clauses', report.numbered));
  console.log(row('both, with unnumbered paragraphs', report.all));
  console.log(row('Jilin 2020 → 2014 (year over year)', report.jilin));
}

/** The objective: the implementing pairs' headline figure and the year-over-year one weigh the same. */
const objective = (r: GoldReport) => (r.numbered.f1 + r.jilin.f1) / 2;

function* grid(): Generator<AlignmentParameters> {
  for (const headingWeight of [0, 0.15, 0.3])
    for (const keyPhraseWeight of [0, 0.1, 0.2, 0.3])
      for (const orderWeight of [0, 0.15, 0.3, 0.45])
        for (const threshold of [0.06, 0.08, 0.1, 0.125, 0.15, 0.2])
          for (const alsoRatio of [0.5, 0.6, 0.7, 0.8])
            yield { headingWeight, keyPhraseWeight, orderWeight, threshold, alsoRatio };
}

if (values.tune) {
  const started = performance.now();
  const results = [...grid()].map((p) => ({ p, report: scoreAgainstGold(p) }));
  results.sort((a, b) => objective(b.report) - objective(a.report));
  console.log(`${results.length} parameter sets in ${((performance.now() - started) / 1000).toFixed(1)} s; best five:`);
  for (const { p, report } of results.slice(0, 5)) {
    console.log(`\n${JSON.stringify(p)}  objective ${pct(objective(report))}`);
    print(report);
  }
} else {
  console.log(`Parameters: ${JSON.stringify(DEFAULT_PARAMETERS)}\n`);
  print(scoreAgainstGold());
}
