/**
 * Files converted on worker threads (node:worker_threads), each worker one file at a time. The caller keeps the order:
 * each file's answer is the promise it was given, whichever worker finishes first. A worker that dies — out of memory,
 * an exception outside the per-file handling — fails the file it held with a message saying so, and is replaced; the
 * other files go on.
 */
import { Worker } from 'node:worker_threads';
import type { Problem } from '../../src/model/notice.ts';
import type { NoticeDraft } from '../pipeline/convert-notice.ts';
import { fileError } from './read-notice.ts';

export interface WorkerTask {
  file: string;
  bytes: Uint8Array;
}

export interface WorkerAnswer {
  read: NoticeDraft | Problem;
  /** The conversion's own time on its worker. */
  seconds: number;
}

interface Pending extends WorkerTask {
  resolve: (answer: WorkerAnswer) => void;
  started: number;
}

const WORKER = new URL('./convert-worker.ts', import.meta.url);

export class ConvertWorkers {
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Pending>();
  readonly #queue: Pending[] = [];
  #closed = false;

  readonly #script: URL;

  /** `script` is the worker's code: the converter's, or a stand-in in a test. */
  constructor(jobs: number, script = WORKER) {
    this.#script = script;
    for (let i = 0; i < jobs; i++) this.#spawn();
  }

  /** The file's draft or error, once a worker has converted it. */
  convert(file: string, bytes: Uint8Array): Promise<WorkerAnswer> {
    return new Promise((resolve) => {
      this.#queue.push({ file, bytes, resolve, started: 0 });
      this.#next();
    });
  }

  /** How many files wait for a worker (the caller reads no further ahead than it needs). */
  get waiting(): number {
    return this.#queue.length;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#idle, ...this.#busy.keys()].map((worker) => worker.terminate()));
  }

  #spawn(): void {
    const worker = new Worker(this.#script);
    let crash: unknown;
    worker.on('message', (answer: WorkerAnswer) => {
      const task = this.#busy.get(worker)!;
      this.#busy.delete(worker);
      this.#idle.push(worker);
      task.resolve(answer);
      this.#next();
    });
    worker.on('error', (error) => (crash = error));
    worker.on('exit', (code) => {
      const idle = this.#idle.indexOf(worker);
      if (idle >= 0) this.#idle.splice(idle, 1);
      const task = this.#busy.get(worker);
      this.#busy.delete(worker);
      if (this.#closed) return;
      const why = `the worker converting this file stopped (a converter bug, please report it): ${
        crash instanceof Error ? crash.message : `exit code ${code}`
      }`;
      const fail = (failed: Pending) =>
        failed.resolve({ read: fileError(failed.file, why), seconds: (performance.now() - failed.started) / 1000 });
      if (task) {
        fail(task);
        this.#spawn(); // the file killed it: the next one gets a fresh worker
        this.#next();
      } else if (!this.#idle.length && !this.#busy.size) {
        // A worker that cannot even start: no worker is left, so every waiting file fails rather than waits for ever.
        for (const waiting of this.#queue.splice(0)) fail(waiting);
      }
    });
    this.#idle.push(worker);
  }

  #next(): void {
    while (this.#idle.length && this.#queue.length) {
      const worker = this.#idle.pop()!;
      const task = this.#queue.shift()!;
      task.started = performance.now();
      this.#busy.set(worker, task);
      worker.postMessage({ file: task.file, bytes: task.bytes } satisfies WorkerTask);
    }
  }
}
