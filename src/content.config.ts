import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { Notice } from './model/notice.ts';

/**
 * The converter's output (npm run convert): the model as JSON, and one MDX body per notice, <id>.mdx, anywhere
 * under generated/ (bodies are matched to notices by the frontmatter id, not by path).
 */
const notices = defineCollection({
  loader: file('generated/notices.json'),
  schema: Notice,
});

const bodies = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './generated' }),
  // Everything else in the frontmatter repeats notices.json, which is the source of truth for metadata.
  schema: z.object({ id: z.string() }),
});

export const collections = { notices, bodies };
