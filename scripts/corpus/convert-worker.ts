/** A worker thread of convert-sources.ts: converts each file name it is sent and answers with its result. */
import { parentPort, workerData } from 'node:worker_threads';
import { ConvertCache } from './convert-cache.ts';
import { convertSource } from './convert-sources.ts';

const { inDir, cacheDir } = workerData as { inDir: string; cacheDir: string };
const cache = new ConvertCache(cacheDir);
parentPort!.on('message', async (file: string) => parentPort!.postMessage(await convertSource(inDir, file, cache)));
