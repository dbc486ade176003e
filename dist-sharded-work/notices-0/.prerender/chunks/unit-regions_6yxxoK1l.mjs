import { u as strings } from "./urls_Cg4MN_lB.mjs";
import { s as regionChain } from "./corpus_DOfyTPFu.mjs";
// src/lib/unit-regions.ts
/** Units grouped by their region, province › city › county, for the units index and every export's region column. */
/** A unit's region as a path, or the notice it comes from when that names no region. */
function regionLabel(unit) {
	if (unit.region) return regionChain(unit.region).map(([, name]) => name).join(" › ");
	return strings.units.noRegion(unit.tasks[0].notice.title);
}
var regionKey = (unit) => unit.key.slice(0, unit.key.indexOf(":"));
/** Groups in code order (so a province's cities and counties follow it), regionless notices last; units by name. */
function groupUnitsByRegion(units) {
	const groups = /* @__PURE__ */ new Map();
	for (const unit of units) {
		const key = regionKey(unit);
		const group = groups.get(key) ?? {
			key,
			label: regionLabel(unit),
			named: [],
			collective: []
		};
		groups.set(key, group);
		group[unit.kind].push(unit);
	}
	const byName = (a, b) => a.name.localeCompare(b.name, "zh-Hans-CN");
	const regionless = (key) => key.startsWith("notice-");
	return [...groups.values()].map((g) => ({
		...g,
		named: g.named.sort(byName),
		collective: g.collective.sort(byName)
	})).sort((a, b) => Number(regionless(a.key)) - Number(regionless(b.key)) || (a.key < b.key ? -1 : 1));
}
/**
* Every dated task by month of its deadline, earliest first: each unit's own, and a collective's once under the
* collective (not again under every department it takes in).
*/
function datedTasksByMonth(units) {
	const months = /* @__PURE__ */ new Map();
	for (const unit of units) for (const task of unit.tasks) {
		const date = task.responsibility.deadlineDate;
		if (!date || date === "ongoing" || task.via !== null) continue;
		const month = date.slice(0, 7);
		months.set(month, [...months.get(month) ?? [], {
			unit,
			task
		}]);
	}
	return [...months].sort(([a], [b]) => a < b ? -1 : 1).map(([month, rows]) => ({
		month,
		rows: rows.sort((a, b) => a.task.responsibility.deadlineDate.localeCompare(b.task.responsibility.deadlineDate) || a.unit.name.localeCompare(b.unit.name, "zh-Hans-CN"))
	}));
}
export { groupUnitsByRegion as n, regionLabel as r, datedTasksByMonth as t };
