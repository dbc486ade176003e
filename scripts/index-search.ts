/**
 * Builds the site's search index from the data model (not from the HTML): one Pagefind record per clause and per
 * component head (src/search/records.ts), whose indexed content is the one-character-per-word copy of the
 * readings of its text (src/search/fold.ts, src/search/unigram.ts) and whose original text rides along in its meta, as a
 * template where it can (src/search/original.ts). One index for the whole corpus, whatever each page's lang.
 *
 *   node scripts/index-search.ts [--notices generated/notices.json] [--site dist]   (--site defaults to OUT_DIR's folder)
 *
 * Writes <site>/pagefind/ and prints the record count, the index size by kind and the time taken.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { Notices } from '../src/model/notice.ts';
import { storeText } from '../src/search/original.ts';
import { searchRecords } from '../src/search/records.ts';
import { indexCopy } from '../src/search/unigram.ts';
import { deploySettings } from './lib/deploy-settings.ts';

/** Pagefind's stock UI bundles: the site searches through pagefind.js with its own UI, so these would only be dead weight. */
const UNUSED_BUNDLES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

function fail(errors: string[], doing: string): void {
  if (errors.length) throw new Error(`pagefind: ${doing}: ${errors.join('; ')}`);
}

async function sizes(dir: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const kind = /\.pf_(\w+)$/.exec(entry.name)?.[1] ?? 'runtime';
    out[kind] = (out[kind] ?? 0) + (await stat(file)).size;
  }
  return out;
}

async function main(): Promise<void> {
  const deploy = deploySettings(process.env, path.resolve(import.meta.dirname, '..'));
  const { values } = parseArgs({
    options: {
      notices: { type: 'string', default: 'generated/notices.json' },
      site: { type: 'string', default: deploy.outDir },
    },
  });
  const started = performance.now();
  const notices = Notices.parse(JSON.parse(await readFile(values.notices, 'utf8')));
  const records = notices.flatMap(searchRecords);
  const output = path.join(values.site, 'pagefind');
  await rm(output, { recursive: true, force: true }); // stale fragments of a previous run would linger otherwise

  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    fail(errors, 'createIndex');
    if (!index) throw new Error('pagefind: createIndex returned no index');
    for (const record of records) {
      const { text, ...meta } = record.meta;
      const response = await index.addCustomRecord({
        url: record.url,
        content: indexCopy(record.readings),
        language: 'zh-cn',
        meta: { ...meta, ...storeText(text, record.readings[0] ?? '') },
        filters: record.filters,
        sort: record.sort,
      });
      fail(response.errors, `record ${record.url}`);
    }
    fail((await index.writeFiles({ outputPath: output })).errors, 'writeFiles');
  } finally {
    await pagefind.close();
  }
  for (const name of await readdir(output)) if (UNUSED_BUNDLES.test(name)) await rm(path.join(output, name));

  const bytes = await sizes(output);
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(bytes)
    .map(([kind, n]) => `${kind} ${n.toLocaleString('en')}`)
    .join(', ');
  console.log(
    `index-search: ${records.length} records from ${notices.length} notices → ${output} ` +
      `(${total.toLocaleString('en')} bytes: ${kinds}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

await main();
