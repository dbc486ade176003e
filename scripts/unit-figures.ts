/**
 * npm run unit-figures -- <notices.json>…: how units read in a converted corpus (npm run convert -- --out): named
 * units and collectives after normalising within regions, the printed forms merged into them, and the tasks, dated or not.
 */
import { readFile } from 'node:fs/promises';
import { buildCatalog } from '../src/lib/catalog.ts';
import { Notices } from '../src/model/notice.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run unit-figures -- <notices.json>…');
  process.exit(2);
}
for (const file of files) {
  const catalog = buildCatalog(Notices.parse(JSON.parse(await readFile(file, 'utf8'))));
  const named = catalog.units.filter((u) => u.kind === 'named');
  const collective = catalog.units.filter((u) => u.kind === 'collective');
  const forms = catalog.units.reduce((sum, u) => sum + 1 + u.aliases.length, 0);
  const merged = catalog.units.filter((u) => u.aliases.length > 0);
  const own = catalog.units.flatMap((u) => u.tasks.filter((t) => t.via === null));
  const dated = own.filter((t) => t.responsibility.deadlineDate && t.responsibility.deadlineDate !== 'ongoing');
  const shared = catalog.units.filter((u) => new Set(u.tasks.map((t) => t.notice.id)).size > 1);
  const taken = named.reduce((sum, u) => sum + u.tasks.filter((t) => t.via !== null).length, 0);
  console.log(
    `${file}: ${catalog.notices.length} notices, ${catalog.dutyCount} duties; ` +
      `units: ${named.length} named, ${collective.length} collective, from ${forms} printed forms ` +
      `(${forms - catalog.units.length} merged as aliases into ${merged.length} units), ` +
      `${shared.length} units in more than one notice; ` +
      `unit tasks: ${own.length} named in notes, ${dated.length} of them dated; ${taken} taken in through a collective`,
  );
  for (const unit of merged) console.log(`  ${unit.key}: ${[unit.name, ...unit.aliases].join(' = ')}`);
}
