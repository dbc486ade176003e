/**
 * The content loader of the notices collection: reads the converter's notices/<id>.json one at a time (never the
 * whole corpus as one string) and checks each against the contract. The data store keeps only the id and the file;
 * the build reads each notice from its file (src/lib/corpus.ts), so the store stays small whatever the corpus.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { Notice } from '../model/notice.ts';

export function noticeLoader(folder: string): Loader {
  return {
    name: 'zhengwu-notices',
    schema: z.object({ id: z.string() }),
    async load({ store, config, generateDigest, logger }) {
      const dir = new URL(`${folder}/`, config.root);
      const names = (await readdir(dir)).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
      const ids = new Set<string>();
      let changed = 0;
      for (const name of names) {
        const filePath = `${folder}/${name}`;
        const text = await readFile(new URL(name, dir), 'utf8');
        let notice: Notice;
        try {
          notice = Notice.parse(JSON.parse(text));
        } catch (error) {
          throw new Error(`${filePath}: not a notice as the converter writes it (npm run convert): ${String(error)}`, {
            cause: error,
          });
        }
        if (`${notice.id}.json` !== name) throw new Error(`${filePath}: holds notice ${notice.id}`);
        ids.add(notice.id);
        if (store.set({ id: notice.id, data: { id: notice.id }, digest: generateDigest(text), filePath })) changed++;
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      logger.info(`${ids.size} notices, ${changed} new or changed since the last build`);
    },
  };
}
