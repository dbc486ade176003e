/**
 * The data export beside the pages, /notices.json: the converter's generated/notices.json as it is — a JSON array of
 * the Notice objects the site was built from (src/model/notice.ts), one notice per line — copied as a stream
 * after the build, so that no process holds the corpus as one string (V8 stops near 512 MB, ~16,000 notices).
 */
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const NOTICES_EXPORT = 'notices.json';

export function noticesExport(): AstroIntegration {
  let source: URL;
  return {
    name: 'zhengwu:notices-export',
    hooks: {
      'astro:config:done': ({ config }) => {
        source = new URL(`generated/${NOTICES_EXPORT}`, config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await copyFile(source, new URL(NOTICES_EXPORT, dir));
        logger.info(`${fileURLToPath(source)} → /${NOTICES_EXPORT}`);
      },
    },
  };
}
