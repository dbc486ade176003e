/**
 * The content loader of the notices collection: reads the converter's notices/<id>.json one at a time (never the
 * whole corpus as one string) and checks each against the contract. The data store keeps only the id and the file;
 * the build reads each notice from its file (src/lib/corpus.ts), so the store stays small whatever the corpus.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { Notice } from '../model/notice.ts';

/** `reads`: which notices to load (a shard of a sharded build, src/lib/site-shard.ts, reads only some). */
export function noticeLoader(folder: string, reads: (id: string) => boolean = () => true): Loader {
  return {
    name: 'zhengwu-notices',
    schema: z.object({ id: z.string() }),
    async load({ store, config, generateDigest, logger }) {
      const dir = new URL(`${folder}/`, config.root);
      const names = (await readdir(dir))
        .filter((name) => name.endsWith('.json') && !name.startsWith('.') && reads(name.slice(0, -'.json'.length)))
        .sort();
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

/**
 * `loader` with only the entries whose data `keep` accepts: the others never reach the data store, so their modules
 * are never compiled. An entry kept by an earlier build and refused now is dropped when the loader looks it up.
 */
export function keepEntries(loader: Loader, keep: (data: Record<string, unknown>) => boolean): Loader {
  return {
    ...loader,
    load: (context) => {
      const { store } = context;
      const filtered: typeof store = {
        ...store, // Astro's store is an object of closures
        set: (entry) => keep(entry.data) && store.set(entry),
        get: <TData extends Record<string, unknown>>(id: string) => {
          const entry = store.get<TData>(id);
          if (entry && !keep(entry.data)) {
            store.delete(id);
            return undefined;
          }
          return entry;
        },
      };
      return loader.load({ ...context, store: filtered });
    },
  };
}
