import { S as addAttribute, b as maybeRenderHead, d as renderComponent, g as renderSlot, p as Fragment, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { a as createAstro, i as renderScript } from "./Base_B1Cnh1H1.mjs";
import { g as formatDate, v as truncate } from "./corpus_DOfyTPFu.mjs";
import { r as regionLabel } from "./unit-regions_6yxxoK1l.mjs";
// src/lib/task-status.ts
var TASK_STATUSES = [
	"overdue",
	"dueSoon",
	"upcoming",
	"ongoing",
	"undated"
];
// src/components/TaskFilters.astro
createAstro("https://zhengwu.example.org");
var $$TaskFilters = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TaskFilters;
	const { rows, byUnit = false, csv } = Astro.props;
	const s = strings.units;
	const distinct = (values) => [...new Set(values)].sort();
	const years = distinct(rows.map(({ task }) => String(task.notice.year ?? ""))).filter(Boolean).reverse();
	const regions = distinct(rows.map(({ unit }) => regionLabel(unit)));
	const unitNames = distinct(rows.map(({ unit }) => unit.name));
	return renderTemplate`${maybeRenderHead($$result)}<div class="task-list" data-task-list><form class="task-filters" hidden><label>${s.filterYear}<select name="year"><option value="">${s.all}</option>${years.map((year) => renderTemplate`<option${addAttribute(year, "value")}>${strings.browse.year(year)}</option>`)}</select></label><label>${s.filterStatus}<select name="status"><option value="">${s.all}</option>${TASK_STATUSES.map((status) => renderTemplate`<option${addAttribute(status, "value")}>${s.status[status]}</option>`)}</select></label>${byUnit && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<label>${s.filterRegion}<select name="region"><option value="">${s.all}</option>${regions.map((region) => renderTemplate`<option${addAttribute(region, "value")}>${region}</option>`)}</select></label><label>${s.filterUnit}<select name="unit"><option value="">${s.all}</option>${unitNames.map((name) => renderTemplate`<option${addAttribute(name, "value")}>${name}</option>`)}</select></label>` })}`}<output class="task-filters__count muted" aria-live="polite"></output>${csv && renderTemplate`<button type="button"${addAttribute(csv.href, "data-export-csv")}${addAttribute(csv.name, "data-export-name")}>${s.filteredCsv}</button>`}</form>${renderSlot($$result, $$slots["default"])}</div>${renderScript($$result, "/work/wt/shardbuild/src/components/TaskFilters.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/shardbuild/src/components/TaskFilters.astro", void 0);
// src/components/TaskTable.astro
createAstro("https://zhengwu.example.org");
var $$TaskTable = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$TaskTable;
	const { rows, byUnit = false, label } = Astro.props;
	const s = strings.units;
	return renderTemplate`${maybeRenderHead($$result)}<div class="table-scroll" tabindex="0" role="region"${addAttribute(label, "aria-label")}><table class="task-table"><thead><tr><th scope="col">${s.columns.status}</th><th scope="col">${s.columns.deadline}</th>${byUnit && renderTemplate`<th scope="col">${s.filterUnit}</th>`}<th scope="col">${s.columns.clause}</th><th scope="col">${s.columns.role}</th><th scope="col">${s.columns.others}</th><th scope="col">${s.columns.notice}</th></tr></thead><tbody>${rows.map(({ unit, task }) => {
		const { role, via, others, notice, clause, responsibility } = task;
		const { deadline, deadlineDate } = responsibility;
		const text = clause.clause.heading ?? clause.clause.text;
		return renderTemplate`<tr${addAttribute(deadlineDate ?? "", "data-deadline")}${addAttribute(String(notice.year ?? ""), "data-year")}${addAttribute(regionLabel(unit), "data-region")}${addAttribute(unit.name, "data-unit")}><td><span class="task-status" data-task-status></span></td><td class="task-table__deadline">${deadlineDate && deadlineDate !== "ongoing" ? renderTemplate`<time${addAttribute(deadlineDate, "datetime")}>${formatDate(deadlineDate)}</time>` : renderTemplate`<span>${deadlineDate === "ongoing" ? strings.notice.duty.ongoing : s.noDeadline}</span>`}${deadline && renderTemplate`<span class="task-table__printed"${addAttribute(notice.lang, "lang")}>${deadline}</span>`}</td>${byUnit && renderTemplate`<td${addAttribute(notice.lang, "lang")}><a${addAttribute(urls.unit(unit.slug), "href")}>${unit.name}</a></td>`}<td${addAttribute(notice.lang, "lang")}><a${addAttribute(urls.notice(notice.id, clause.clause.eId), "href")}>${clause.citation}</a><span class="task-table__heading">${truncate(text, 80)}</span></td><td><span${addAttribute(["chip", `chip--${role}`], "class:list")}>${s.role[role]}</span>${via && renderTemplate`<span class="task-table__via">${s.via(via)}</span>`}</td><td${addAttribute(notice.lang, "lang")}>${others.join("、")}</td><td${addAttribute(notice.lang, "lang")}><a${addAttribute(urls.notice(notice.id), "href")}>${notice.title}</a>${notice.year && renderTemplate`<span class="task-table__printed">${strings.browse.year(notice.year)}</span>`}</td></tr>`;
	})}</tbody></table></div>`;
}, "/work/wt/shardbuild/src/components/TaskTable.astro", void 0);
export { $$TaskFilters as n, $$TaskTable as t };
