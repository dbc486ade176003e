import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { keepEntries, noticeLoader } from './lib/notice-loader.ts';
import { shardSelection, siteShard } from './lib/site-shard.ts';

/** A shard of a sharded build reads only some notices (src/lib/site-shard.ts); npm run build reads all. */
const selection = shardSelection(siteShard());

/**
 * The converter's output (npm run convert): one JSON file per notice, generated/notices/<id>.json, checked and
 * listed by id (src/lib/notice-loader.ts); and one MDX body per notice, <id>.mdx, anywhere under generated/ (bodies
 * are matched to notices by the frontmatter id, not by path), rendered on the notice's page.
 */
const notices = defineCollection({ loader: noticeLoader('generated/notices', selection.reads) });

const bodies = defineCollection({
  // The MDX is compiled from its file when its page renders: its text need not sit in the data store as well.
  // Only the bodies this build renders: Rolldown holds every MDX module it is given until the build ends.
  loader: keepEntries(glob({ pattern: '**/*.mdx', base: './generated', retainBody: false }), (data) =>
    selection.renders(String(data.id)),
  ),
  // Everything else in the frontmatter repeats the notice's JSON, which is the source of truth for metadata.
  schema: z.object({ id: z.string() }),
});

export const collections = { notices, bodies };
