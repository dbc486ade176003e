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
  /** That sample by command name (node, pagefind_extended…), largest first. */
  peakByCommand: [string, number][];
  stdout: string;
  stderr: string;
}

/** Parent pid of every process now alive. */
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

/** The program a process runs (node, pagefind_extended): its thread name in /proc/…/stat would be MainThread. */
function commandOf(pid: number): string {
  try {
    return path.basename(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] || '?');
  } catch {
    return '?';
  }
}

function residentBytes(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident bytes of the tree under `root` now, in all and by command name. */
function treeRss(root: number): { total: number; byCommand: Map<string, number> } {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const byCommand = new Map<string, number>();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const bytes = residentBytes(pid);
    const command = commandOf(pid);
    byCommand.set(command, (byCommand.get(command) ?? 0) + bytes);
    total += bytes;
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, byCommand };
}

/** A stage whose process tree grew past the memory it was allowed, stopped with what was measured until then. */
export class StageStopped extends Error {
  readonly label: string;
  readonly seconds: number;
  readonly peakTreeRss: number;
  readonly peakByCommand: [string, number][];

  constructor(label: string, message: string, measured: Pick<StageRun, 'seconds' | 'peakTreeRss' | 'peakByCommand'>) {
    super(message);
    this.label = label;
    this.seconds = measured.seconds;
    this.peakTreeRss = measured.peakTreeRss;
    this.peakByCommand = measured.peakByCommand;
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
  let peakByCommand: [string, number][] = [];
  let stopped = false;
  const sampler = setInterval(() => {
    const { total, byCommand } = treeRss(child.pid!);
    if (total > peakTreeRss) {
      peakTreeRss = total;
      peakByCommand = [...byCommand].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
    }
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
    throw new StageStopped(label, `${label} stopped: its processes passed ${gb} GB`, {
      seconds,
      peakTreeRss,
      peakByCommand,
    });
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
  return { seconds, peakRss, peakTreeRss, peakByCommand, stdout, stderr };
}
