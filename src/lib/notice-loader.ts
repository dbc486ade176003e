/**
 * The content loader of the notices collection: reads the converter's notices/<id>.json one at a time (never the
 * whole corpus as one string), checks each against the contract and stores its summary (notice-summary.ts), the
 * only part of a notice every page of the build may need. A notice page reads its own file (src/lib/corpus.ts).
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { Notice } from '../model/notice.ts';
import { NoticeSummary, summarize } from './notice-summary.ts';

export function noticeLoader(folder: string): Loader {
  return {
    name: 'zhengwu-notices',
    schema: NoticeSummary,
    async load({ store, config, generateDigest, logger }) {
      const dir = new URL(`${folder}/`, config.root);
      const names = (await readdir(dir)).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
      const ids = new Set<string>();
      let changed = 0;
      for (const name of names) {
        const filePath = `${folder}/${name}`;
        let notice: Notice;
        try {
          notice = Notice.parse(JSON.parse(await readFile(new URL(name, dir), 'utf8')));
        } catch (error) {
          throw new Error(`${filePath}: not a notice as the converter writes it (npm run convert): ${String(error)}`, {
            cause: error,
          });
        }
        if (`${notice.id}.json` !== name) throw new Error(`${filePath}: holds notice ${notice.id}`);
        ids.add(notice.id);
        const data = summarize(notice);
        if (store.set({ id: notice.id, data, digest: generateDigest(data), filePath })) changed++;
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      logger.info(`${ids.size} notices, ${changed} new or changed since the last build`);
    },
  };
}
