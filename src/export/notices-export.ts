/**
 * The data export beside the pages: /notices.json, the converter's generated/notices.json as it is — a JSON array of
 * the Notice objects the site was built from (src/model/notice.ts), one notice per line — and /notices.jsonl, the same
 * notices as JSON Lines (one notice a line, nothing else). Both are written as streams after the build, a line at a
 * time, so that no process holds the corpus as one string (V8 stops near 512 MB, ~16,000 notices).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const NOTICES_EXPORT = 'notices.json';
export const NOTICES_JSONL = 'notices.jsonl';

/**
 * A notices.json as the converter writes it (`[`, one notice a line, each but the last ending in `,`, `]`) → the same
 * notices as JSON Lines. Returns how many notices it wrote.
 */
export async function writeJsonLines(from: URL | string, to: URL | string): Promise<number> {
  const out = createWriteStream(to);
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(from, 'utf8'), crlfDelay: Infinity })) {
    if (line === '[' || line === ']' || line === '[]' || line === '') continue;
    if (!out.write(`${line.endsWith(',') ? line.slice(0, -1) : line}\n`)) await once(out, 'drain');
    count++;
  }
  out.end();
  await finished(out);
  return count;
}

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
        const count = await writeJsonLines(source, new URL(NOTICES_JSONL, dir));
        logger.info(`${fileURLToPath(source)} → /${NOTICES_EXPORT}, /${NOTICES_JSONL} (${count} notices)`);
      },
    },
  };
}
