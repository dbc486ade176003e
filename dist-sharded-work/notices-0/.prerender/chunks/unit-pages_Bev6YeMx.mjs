import { t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { r as getCatalog, v as truncate } from "./corpus_DOfyTPFu.mjs";
import { r as regionLabel, t as datedTasksByMonth } from "./unit-regions_6yxxoK1l.mjs";
import { stringify } from "csv-stringify/sync";
import { createEvents } from "ics";
// src/lib/task-export.ts
/**
* A unit's tasks (or the deadline view's) as files staff open elsewhere: a CSV for Excel and an ICS calendar. Notice
* text goes into cells and event fields only through the libraries' own escaping, never as markup or formulas.
*/
var BOM = "﻿";
var s = strings.units;
function clauseText(task) {
	const { heading, text } = task.clause.clause;
	return [heading, text].filter(Boolean).join("");
}
/**
* UTF-8 with a BOM, so Excel reads the Chinese; a cell starting with = + - @ (or a tab or CR) is prefixed with ' by
* csv-stringify's escape_formulas, so no notice text becomes a formula.
*/
function tasksCsv(rows, link) {
	const records = rows.map(({ unit, task }) => [
		unit.name,
		regionLabel(unit),
		s.role[task.role],
		task.via ?? "",
		task.clause.citation,
		clauseText(task),
		task.others.join("、"),
		task.responsibility.deadline ?? "",
		task.responsibility.deadlineDate ?? "",
		task.notice.title,
		task.notice.documentNumber ?? "",
		task.notice.year ?? "",
		link(task)
	]);
	return BOM + stringify([s.csvHeader, ...records], {
		escape_formulas: true,
		record_delimiter: "windows"
	});
}
var dateArray = (iso) => iso.split("-").map(Number);
var nextDay = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) + 864e5).toISOString().slice(0, 10);
/** One all-day event per dated task, on its deadline, its clause link in URL and description. */
function tasksIcs(calendarName, rows, link) {
	const events = rows.flatMap(({ unit, task }) => {
		const date = task.responsibility.deadlineDate;
		if (!date || date === "ongoing") return [];
		const { citation, clause } = task.clause;
		const url = link(task);
		return [{
			uid: `${task.notice.id}.${clause.eId}.${unit.slug}@zhengwu`,
			start: dateArray(date),
			end: dateArray(nextDay(date)),
			title: s.eventTitle(citation, truncate(clause.heading ?? clause.text, 40)),
			description: [
				`${unit.name}（${s.role[task.role]}${task.via ? `，${s.via(task.via)}` : ""}）`,
				`${s.columns.deadline}：${task.responsibility.deadline ?? date}`,
				clauseText(task),
				url
			].join("\n"),
			url
		}];
	});
	const { error, value } = createEvents(events, {
		calName: calendarName,
		productId: "zhengwu-gongkai-tiaokuanku"
	});
	if (error || !value) throw new Error(`ICS for ${calendarName}: ${error?.message ?? "no output"}`);
	return value;
}
// src/lib/unit-pages.ts
/** What the routes under /units/<slug>/ and /deadlines/ share: their paths and their CSV and ICS files. */
async function unitPaths() {
	const { units } = await getCatalog();
	return units.map((unit) => ({ params: { slug: unit.slug } }));
}
/** Clause links for files read outside the site (a spreadsheet, a calendar): absolute on the deployment's SITE. */
var clauseLink = (site) => (task) => new URL(urls.notice(task.notice.id, task.clause.clause.eId), site.origin).href;
var CONTENT_TYPES = {
	csv: "text/csv; charset=utf-8",
	ics: "text/calendar; charset=utf-8"
};
function exportResponse(format, name, rows, site) {
	const link = clauseLink(site);
	const body = format === "csv" ? tasksCsv(rows, link) : tasksIcs(name, rows, link);
	return new Response(body, { headers: { "Content-Type": CONTENT_TYPES[format] } });
}
/** /units/<slug>/tasks.csv|ics: every task of the unit. */
async function unitExport(format, slug, site) {
	const unit = (await getCatalog()).units.find((u) => u.slug === slug);
	const rows = unit.tasks.map((task) => ({
		unit,
		task
	}));
	return exportResponse(format, `${unit.name}（${regionLabel(unit)}）`, rows, site);
}
/**
* /deadlines/tasks.csv|ics: every dated task; /deadlines/<month>/tasks.csv|ics: a month's, in its page's order (the
* page's filtered download relies on it).
*/
async function deadlinesExport(format, site, month) {
	const months = datedTasksByMonth((await getCatalog()).units).filter((m) => month === void 0 || m.month === month);
	return exportResponse(format, month ? `${strings.deadlines.title} ${strings.deadlines.month(month)}` : strings.deadlines.title, months.flatMap((m) => m.rows), site);
}
async function monthPaths() {
	return datedTasksByMonth((await getCatalog()).units).map(({ month }) => ({ params: { month } }));
}
export { unitPaths as i, monthPaths as n, unitExport as r, deadlinesExport as t };
