/**
 * Runs one stage of the build as a child process and measures it: wall time, the peak RSS of its largest process
 * (GNU time's "Maximum resident set size", which covers the descendants it waits for) and the peak RSS of its whole
 * process tree, summed over the processes alive at the same moment (sampled from /proc, so Pagefind's Rust binary and
 * Astro's workers count even when their parent never waits for them).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's `time` package (apt-get install time); without it only the sampled tree RSS is measured. */
export const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 200;

export interface StageRun {
  seconds: number;
  /** Largest single process, from GNU time; null without it. */
  peakRss: number | null;
  /** Largest sum over the process tree at one sample. */
  peakTreeRss: number;
  stdout: string;
  stderr: string;
}

/** pid → parent pid of every process now alive. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields are counted after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(entry), Number(fields[1]));
    } catch {
      // the process ended while the list was read
    }
  }
  return map;
}

function residentBytes(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += residentBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** A stage whose process tree grew past the memory it was allowed, stopped with what was measured until then. */
export class StageStopped extends Error {
  readonly label: string;
  readonly seconds: number;
  readonly peakTreeRss: number;

  constructor(label: string, message: string, seconds: number, peakTreeRss: number) {
    super(message);
    this.label = label;
    this.seconds = seconds;
    this.peakTreeRss = peakTreeRss;
  }
}

/**
 * Runs `command args` in `cwd` and resolves with its figures; rejects, with the end of its output, if it fails. The
 * machine is shared: a tree that passes `maxTreeRss` is killed (its own process group) and rejects with StageStopped.
 */
export async function runStage(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; maxTreeRss?: number; logFile?: string },
): Promise<StageRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'stage-'));
  const timeFile = path.join(scratch, 'time.txt');
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const spawnOptions = { cwd: options.cwd, env: options.env, detached: true };
  const child = timed
    ? spawn(GNU_TIME, ['-v', '-o', timeFile, command, ...args], spawnOptions)
    : spawn(command, args, spawnOptions);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  let peakTreeRss = 0;
  let stopped = false;
  const sampler = setInterval(() => {
    peakTreeRss = Math.max(peakTreeRss, treeRss(child.pid!));
    if (options.maxTreeRss !== undefined && peakTreeRss > options.maxTreeRss && !stopped) {
      stopped = true;
      process.kill(-child.pid!, 'SIGKILL');
    }
  }, SAMPLE_MS);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (options.logFile) await writeFile(options.logFile, `${stdout}\n--- stderr ---\n${stderr}`);
  if (stopped) {
    await rm(scratch, { recursive: true, force: true });
    const gb = (options.maxTreeRss! / 1024 ** 3).toFixed(1);
    throw new StageStopped(label, `${label} stopped: its processes passed ${gb} GB`, seconds, peakTreeRss);
  }

  let peakRss: number | null = null;
  if (timed) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
    peakRss = kb ? Number(kb) * 1024 : null;
  }
  await rm(scratch, { recursive: true, force: true });
  if (code !== 0) {
    const tail = (text: string) => text.split('\n').slice(-20).join('\n');
    throw new Error(`${label} failed (exit ${code}):\n${tail(stdout)}\n${tail(stderr)}`);
  }
  return { seconds, peakRss, peakTreeRss, stdout, stderr };
}
