import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { t as $$FacetList } from "./FacetList_CXoejLjK.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { r as getCatalog } from "./corpus_DOfyTPFu.mjs";
import { t as datedTasksByMonth } from "./unit-regions_6yxxoK1l.mjs";
// src/pages/deadlines/index.astro
var deadlines_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const { units } = await getCatalog();
	const months = datedTasksByMonth(units);
	const years = [...new Set(months.map(({ month }) => month.slice(0, 4)))];
	const s = strings.deadlines;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": s.title,
		"breadcrumbs": [{ label: strings.nav.deadlines }]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${s.title}</h1><p class="lead">${s.intro}</p><p class="unit-exports">${strings.units.exports}：<a${addAttribute(urls.deadlinesFile("tasks.csv"), "href")} download>${strings.units.csv}</a><a${addAttribute(urls.deadlinesFile("tasks.ics"), "href")} download>${strings.units.ics}</a></p>${years.map((year) => renderTemplate`<section class="deadline-year"><h2>${strings.browse.year(year)}</h2>${renderComponent($$result, "FacetList", $$FacetList, {
		"compact": true,
		"items": months.filter(({ month }) => month.startsWith(year)).map(({ month, rows }) => ({
			label: s.month(month),
			href: urls.deadlines(month),
			count: strings.units.tasks(rows.length)
		}))
	})}</section>`)}` })}`;
}, "/work/wt/shardbuild/src/pages/deadlines/index.astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/deadlines/index.astro";
var $$url = "/deadlines/";
// \0virtual:astro:page:src/pages/deadlines/index@_@astro
var page = () => deadlines_exports;
export { page };
