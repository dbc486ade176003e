/**
 * The targets of issue 9 beside what bench-scale.ts measured: the build end to end (convert → astro build → index)
 * in time and peak memory, our index against stock Pagefind on the same pages in the same run, and the rebuild
 * after one changed notice. Targets are set for 1,000 and 10,000 notices; between them they are interpolated, beyond
 * 10,000 the time grows in proportion and memory stays (a larger corpus is built in shards).
 */
import type { StageRun } from './measure-stage.ts';

export type Stage = 'convert' | 'astro' | 'index';

export interface Measured {
  notices: number;
  /** The cold build, each stage that ran to its end. */
  cold: Partial<Record<Stage, StageRun>>;
  stock: StageRun | null;
  /** The same stages after one source notice changed. */
  warm: Partial<Record<Stage, StageRun>>;
}

export interface TargetRow {
  what: string;
  figure: string;
  target: string;
  met: string;
}

const STAGES: [Stage, string][] = [
  ['convert', 'convert'],
  ['astro', 'site build (astro, in shards past 2,500 notices)'],
  ['index', 'index'],
];
const GB = 1024 ** 3;
const ONE_CHANGE_SECONDS = 30;

/** Set at 1,000 and 10,000 notices; linear in between. */
function target(notices: number, at1000: number, at10000: number, beyond: 'grows' | 'stays'): number {
  if (notices <= 1000) return at1000;
  if (notices <= 10_000) return at1000 + ((at10000 - at1000) * (notices - 1000)) / 9000;
  return beyond === 'grows' ? (at10000 * notices) / 10_000 : at10000;
}

const seconds = (s: number) =>
  s < 120 ? `${s.toFixed(s < 10 ? 1 : 0)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
const gb = (bytes: number) => `${(bytes / GB).toFixed(1)} GB`;
const verdict = (ok: boolean) => (ok ? 'yes' : '**no**');
const set = (notices: number) => (notices === 1000 || notices === 10_000 ? '' : ' (interpolated)');

export function targetRows(m: Measured): TargetRow[] {
  const rows: TargetRow[] = [];
  const ran = STAGES.filter(([stage]) => m.cold[stage]);
  for (const [stage, name] of ran) {
    const run = m.cold[stage]!;
    rows.push({ what: name, figure: `${seconds(run.seconds)}, ${gb(run.peakTreeRss)}`, target: '–', met: '' });
  }
  const missing = STAGES.filter(([stage]) => !m.cold[stage]).map(([, name]) => name);
  const total = ran.reduce((sum, [stage]) => sum + m.cold[stage]!.seconds, 0);
  const peak = Math.max(0, ...ran.map(([stage]) => m.cold[stage]!.peakTreeRss));
  const timeTarget = target(m.notices, 60, 480, 'grows');
  const memoryTarget = target(m.notices, 3 * GB, 8 * GB, 'stays');
  const partial = missing.length ? ` — without ${missing.join(', ')}` : '';
  rows.push({
    what: `end to end, wall time${partial}`,
    figure: seconds(total),
    target: `≤ ${seconds(timeTarget)}${set(m.notices)}`,
    met: verdict(total <= timeTarget),
  });
  rows.push({
    what: `end to end, peak RSS (the largest stage's process tree)${partial}`,
    figure: gb(peak),
    target: `≤ ${gb(memoryTarget)}${set(m.notices)}`,
    met: verdict(peak <= memoryTarget),
  });
  if (m.cold.index && m.stock) {
    const time = m.cold.index.seconds / m.stock.seconds;
    const memory = m.cold.index.peakTreeRss / m.stock.peakTreeRss;
    rows.push({
      what: 'index ÷ stock Pagefind (same pages, same run), time',
      figure: `${time.toFixed(2)}× (${seconds(m.cold.index.seconds)} vs ${seconds(m.stock.seconds)})`,
      target: '≤ 1.0×',
      met: verdict(time <= 1),
    });
    rows.push({
      what: 'index ÷ stock Pagefind, peak RSS',
      figure: `${memory.toFixed(2)}× (${gb(m.cold.index.peakTreeRss)} vs ${gb(m.stock.peakTreeRss)})`,
      target: '≤ 1.0×',
      met: verdict(memory <= 1),
    });
  }
  const warm = STAGES.filter(([stage]) => m.warm[stage]);
  if (warm.length) {
    const rebuilt = warm.reduce((sum, [stage]) => sum + m.warm[stage]!.seconds, 0);
    rows.push({
      what: `one changed notice: ${warm.map(([stage, name]) => `${name} ${seconds(m.warm[stage]!.seconds)}`).join(' + ')}`,
      figure: seconds(rebuilt),
      target: `≤ ${ONE_CHANGE_SECONDS} s (set for 10,000)`,
      met: verdict(rebuilt <= ONE_CHANGE_SECONDS),
    });
  }
  return rows;
}
