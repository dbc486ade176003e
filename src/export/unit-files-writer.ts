/**
 * Writes every unit's files (src/export/unit-files.ts) for the notices of a notices.json: what `astro build` runs
 * beside its rendering (the unit-files integration), in a process of its own.
 *
 *   node src/export/unit-files-writer.ts --notices generated/notices.json --out <folder> --site <origin> --base /
 *
 * Prints what it wrote and how long it took.
 */
import { parseArgs } from 'node:util';
import { readCatalog, UNIT_FILES, unitFileContext, writeUnitFiles } from './unit-files.ts';

const started = performance.now();
const { values } = parseArgs({
  options: {
    notices: { type: 'string', default: 'generated/notices.json' },
    out: { type: 'string' },
    site: { type: 'string', default: 'http://localhost:4321' },
    base: { type: 'string', default: '/' },
  },
});
if (!values.out) throw new Error('unit-files-writer: --out <folder> is required');
const catalog = await readCatalog(values.notices);
const files = await writeUnitFiles(catalog, values.out, unitFileContext(catalog, values.site, values.base));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${files} files of ${catalog.units.length} units (${Object.keys(UNIT_FILES).join(', ')}) in ${seconds} s`);
