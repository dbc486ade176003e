import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { a as createAstro, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { n as $$TaskFilters, t as $$TaskTable } from "./TaskTable_ClN_ovrr.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { r as getCatalog } from "./corpus_DOfyTPFu.mjs";
import { t as datedTasksByMonth } from "./unit-regions_6yxxoK1l.mjs";
// src/pages/deadlines/[month]/index.astro
var _month__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://zhengwu.example.org");
var getStaticPaths = (async () => {
	const { units } = await getCatalog();
	return datedTasksByMonth(units).map(({ month, rows }) => ({
		params: { month },
		props: {
			month,
			rows
		}
	}));
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { month, rows } = Astro.props;
	const s = strings.deadlines;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": s.monthTitle(month),
		"wide": true,
		"breadcrumbs": [{
			label: strings.nav.deadlines,
			href: urls.deadlines()
		}, { label: s.month(month) }]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${s.monthTitle(month)}</h1><p class="unit-exports">${strings.units.exports}：<a${addAttribute(urls.deadlinesFile("tasks.csv", month), "href")} download>${strings.units.csv}</a><a${addAttribute(urls.deadlinesFile("tasks.ics", month), "href")} download>${strings.units.ics}</a></p>${renderComponent($$result, "TaskFilters", $$TaskFilters, {
		"rows": rows,
		"byUnit": true,
		"csv": {
			href: urls.deadlinesFile("tasks.csv", month),
			name: s.month(month)
		}
	}, { "default": ($$result) => renderTemplate`${renderComponent($$result, "TaskTable", $$TaskTable, {
		"rows": rows,
		"byUnit": true,
		"label": s.monthTitle(month)
	})}` })}` })}`;
}, "/work/wt/shardbuild/src/pages/deadlines/[month]/index.astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/deadlines/[month]/index.astro";
var $$url = "/deadlines/[month]/";
// \0virtual:astro:page:src/pages/deadlines/[month]/index@_@astro
var page = () => _month__exports;
export { page };
