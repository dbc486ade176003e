/** Units grouped by their region, province › city › county, for the units index and every export's region column. */
import { strings } from '../i18n/strings.ts';
import type { Task, Unit } from './catalog.ts';
import { regionChain } from './regions.ts';

export interface UnitRegionGroup {
  /** GB/T 2260 code, or notice-<id> for the units of a notice with no region. */
  key: string;
  /** 黑龙江省 › 双鸭山市 › 友谊县 */
  label: string;
  /** The province the region lies in (黑龙江省), or null for a notice with no region. */
  province: string | null;
  named: Unit[];
  collective: Unit[];
}

/** A unit's region as a path, or the notice it comes from when that names no region. */
export function regionLabel(unit: Unit): string {
  if (unit.region)
    return regionChain(unit.region)
      .map(([, name]) => name)
      .join(' › ');
  return strings.units.noRegion(unit.tasks[0]!.notice.title);
}

/** The key of a unit's region, as its page has it (/units/region/<key>/): a GB/T 2260 code or notice-<id>. */
export const regionKey = (unit: Unit) => unit.key.slice(0, unit.key.indexOf(':'));

/**
 * A group per region (each a page, /units/region/<key>/), in code order (so a province's cities and counties follow
 * it), regionless notices last; units by name.
 */
export function groupUnitsByRegion(units: Unit[]): UnitRegionGroup[] {
  const groups = new Map<string, UnitRegionGroup>();
  for (const unit of units) {
    const key = regionKey(unit);
    const province = unit.region ? regionChain(unit.region)[0]![1] : null;
    const group = groups.get(key) ?? { key, label: regionLabel(unit), province, named: [], collective: [] };
    groups.set(key, group);
    group[unit.kind].push(unit);
  }
  const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, 'zh-Hans-CN');
  const regionless = (key: string) => key.startsWith('notice-');
  return [...groups.values()]
    .map((g) => ({ ...g, named: g.named.sort(byName), collective: g.collective.sort(byName) }))
    .sort((a, b) => Number(regionless(a.key)) - Number(regionless(b.key)) || (a.key < b.key ? -1 : 1));
}

type MonthRows = { month: string; rows: { unit: Unit; task: Task }[] }[];
const byMonth = new WeakMap<Unit[], MonthRows>();

/**
 * Every dated task by month of its deadline, earliest first: each unit's own, and a collective's once under the
 * collective (not again under every department it takes in). Worked out once per catalog: every month page and each
 * of its exports asks for it.
 */
export function datedTasksByMonth(units: Unit[]): MonthRows {
  const known = byMonth.get(units);
  if (known) return known;
  const months = new Map<string, { unit: Unit; task: Task }[]>();
  for (const unit of units) {
    for (const task of unit.tasks) {
      const date = task.responsibility.deadlineDate;
      if (!date || date === 'ongoing' || task.via !== null) continue;
      const month = date.slice(0, 7);
      const rows = months.get(month);
      if (rows) rows.push({ unit, task });
      else months.set(month, [{ unit, task }]);
    }
  }
  const sorted = [...months]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, rows]) => ({
      month,
      rows: rows.sort(
        (a, b) =>
          a.task.responsibility.deadlineDate!.localeCompare(b.task.responsibility.deadlineDate!) ||
          a.unit.name.localeCompare(b.unit.name, 'zh-Hans-CN'),
      ),
    }));
  byMonth.set(units, sorted);
  return sorted;
}
