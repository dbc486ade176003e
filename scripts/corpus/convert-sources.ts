/**
 * Phase one of a conversion: every source file → its draft, read from the cache or converted and cached, on the
 * main thread or on worker threads (convert-worker.ts). What comes back is only what the next phase needs to give
 * page ids; the drafts themselves stay in the cache, so no thread ever holds the whole corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../../src/model/notice.ts';
import { convertFile } from '../pipeline/convert-notice.ts';
import { ConvertCache } from './convert-cache.ts';
import type { IdInput } from './ids.ts';

export type SourceResult =
  | { file: string; key: string; identity: IdInput; problems: Problem[]; cached: boolean }
  | { file: string; failure: Problem };

/** One source file (`file` relative to `inDir`, as problems name it) → its draft in the cache. */
export async function convertSource(inDir: string, file: string, cache: ConvertCache): Promise<SourceResult> {
  try {
    const bytes = readFileSync(join(inDir, file));
    const key = cache.key(file, bytes);
    const cachedDraft = cache.get(key);
    const draft = cachedDraft ?? (await convertFile({ bytes, file }));
    if (!cachedDraft) cache.set(key, draft);
    const identity = {
      documentNumber: draft.documentNumber,
      title: draft.title,
      signedDate: draft.signedDate,
      regionCode: draft.region?.code ?? null,
    };
    return { file, key, identity, problems: draft.problems, cached: cachedDraft !== null };
  } catch (error) {
    return { file, failure: { file, line: null, severity: 'error', message: (error as Error).message } };
  }
}

/**
 * Every file → its result, in the order of `files`. With jobs > 1 the files are handed out one at a time to that
 * many worker threads, so a slow file (a long PDF) does not hold up a whole share.
 */
export async function convertSources(
  inDir: string,
  files: string[],
  cacheDir: string,
  jobs: number,
  onResult: (result: SourceResult) => void,
): Promise<SourceResult[]> {
  const results: SourceResult[] = new Array(files.length);
  if (jobs <= 1) {
    const cache = new ConvertCache(cacheDir);
    for (const [i, file] of files.entries()) onResult((results[i] = await convertSource(inDir, file, cache)));
    return results;
  }
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let current = -1;
      const hand = () => {
        if (next >= files.length) return void worker.terminate().then(() => resolve(), reject);
        current = next++;
        worker.postMessage(files[current]);
      };
      worker.on('message', (result: SourceResult) => {
        onResult((results[current] = result));
        hand();
      });
      worker.on('error', reject);
      hand();
    });
  const workerUrl = new URL('./convert-worker.ts', import.meta.url);
  const workers = Array.from(
    { length: Math.min(jobs, files.length) },
    () => new Worker(workerUrl, { workerData: { inDir, cacheDir } }),
  );
  await Promise.all(workers.map(run));
  return results;
}
