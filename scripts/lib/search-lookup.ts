/**
 * The search lookup's contents (src/search/lookup.ts), from the whole corpus: every notice with a page under its
 * 发文字号 and titles, every unit (src/lib/catalog.ts) under its names, and the unit filter's labels. Run by the index
 * build's planner, the one process that reads every notice.
 */
import { buildCatalog } from '../../src/lib/catalog.ts';
import { compareNewestFirst, noticeDate } from '../../src/lib/format.ts';
import { regionLabel } from '../../src/lib/unit-regions.ts';
import { strings } from '../../src/i18n/strings.ts';
import { ownComponents } from '../../src/model/documents.ts';
import type { Notice } from '../../src/model/notice.ts';
import type { FilterLabels } from '../../src/search/filter-options.ts';
import { LookupBuilder } from '../../src/search/lookup.ts';

/** `shardOf`: the index shard each notice's records are in. */
export function buildLookup(
  notices: Notice[],
  shardOf: Map<string, number>,
): { lookup: LookupBuilder; labels: FilterLabels } {
  const lookup = new LookupBuilder();
  // In the order a key lists them up to its cap (lookup.ts MAX_TARGETS): notices newest first, units (as the catalog
  // sorts them) with the most tasks first.
  for (const notice of [...notices].sort(compareNewestFirst)) {
    const date = noticeDate(notice);
    lookup.addNotice(
      {
        kind: 'notice',
        id: notice.id,
        title: notice.title,
        ...(notice.documentNumber ? { docno: notice.documentNumber } : {}),
        ...(date ? { date } : {}),
      },
      ownComponents(notice).flatMap((component) => (component.title ? [component.title] : [])),
    );
  }
  const unitLabels: Record<string, string> = {};
  for (const unit of buildCatalog(notices).units) {
    // The filter finds the clauses that name the unit (not those a collective takes it in by): their shards.
    const own = unit.tasks.filter((task) => task.via === null);
    const shards = [...new Set(own.map((task) => shardOf.get(task.notice.id)!))].sort((a, b) => a - b);
    // Its name without a region prefix, as the key folds it (司法局), and with its region's (友谊县司法局).
    const core = unit.key.slice(unit.key.indexOf(':') + 1);
    const names = [unit.name, ...unit.aliases, core, ...(unit.region ? [unit.region.name + core] : [])];
    lookup.addUnit(
      { kind: 'unit', slug: unit.slug, name: unit.name, region: regionLabel(unit), filter: unit.key, shards },
      names,
    );
    unitLabels[unit.key] = strings.search.unitOption(unit.name, unit.region?.name ?? strings.browse.noRegion);
  }
  return { lookup, labels: { unit: unitLabels } };
}
