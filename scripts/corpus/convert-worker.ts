/**
 * A conversion worker thread (convert-workers.ts): converts the files it is sent, one at a time, and answers each with
 * its draft or its error and how long it took.
 */
import { parentPort } from 'node:worker_threads';
import { readNotice } from './read-notice.ts';
import type { WorkerAnswer, WorkerTask } from './convert-workers.ts';

parentPort!.on('message', async ({ file, bytes }: WorkerTask) => {
  const started = performance.now();
  const read = await readNotice(bytes, file);
  const answer: WorkerAnswer = { read, seconds: (performance.now() - started) / 1000 };
  parentPort!.postMessage(answer);
});
