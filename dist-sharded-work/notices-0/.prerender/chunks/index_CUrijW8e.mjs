import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { a as createAstro, i as renderScript, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { n as $$TaskFilters, t as $$TaskTable } from "./TaskTable_ClN_ovrr.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { r as getCatalog } from "./corpus_DOfyTPFu.mjs";
import { r as regionLabel } from "./unit-regions_6yxxoK1l.mjs";
// src/pages/units/[slug]/index.astro
var _slug__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://zhengwu.example.org");
var getStaticPaths = (async () => {
	const { units } = await getCatalog();
	return units.map((unit) => ({
		params: { slug: unit.slug },
		props: { unit }
	}));
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { unit } = Astro.props;
	const lang = unit.tasks[0].notice.lang;
	const leads = unit.tasks.filter((t) => t.role === "lead").length;
	const s = strings.units;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": `${unit.name} · ${regionLabel(unit)}`,
		"wide": true,
		"breadcrumbs": [{
			label: strings.nav.units,
			href: urls.facet("unit")
		}, { label: unit.name }]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1><span${addAttribute(lang, "lang")}>${unit.name}</span></h1><p class="lead">${regionLabel(unit)} · ${unit.kind === "collective" ? s.collective : s.named} ·${" "}${s.summary(leads, unit.tasks.length - leads)}</p>${unit.aliases.length > 0 && renderTemplate`<p class="unit-aliases">${s.aliases}：<span${addAttribute(lang, "lang")}>${[unit.name, ...unit.aliases].join("、")}</span></p>`}<p class="unit-exports">${s.exports}：<a${addAttribute(urls.unitFile(unit.slug, "tasks.csv"), "href")} download>${s.csv}</a><a${addAttribute(urls.unitFile(unit.slug, "tasks.ics"), "href")} download>${s.ics}</a><a${addAttribute(urls.unitFile(unit.slug, "rss.xml"), "href")}>${s.rss}</a></p><p class="unit-pin"><button type="button" data-pin-unit${addAttribute(unit.slug, "data-slug")}${addAttribute(unit.name, "data-name")} hidden></button><span data-pin-status class="muted" aria-live="polite"></span></p>${renderComponent($$result, "TaskFilters", $$TaskFilters, { "rows": unit.tasks.map((task) => ({
		unit,
		task
	})) }, { "default": ($$result) => renderTemplate`${renderComponent($$result, "TaskTable", $$TaskTable, {
		"rows": unit.tasks.map((task) => ({
			unit,
			task
		})),
		"label": s.unitTitle(unit.name)
	})}` })}` })}${renderScript($$result, "/work/wt/shardbuild/src/pages/units/[slug]/index.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/shardbuild/src/pages/units/[slug]/index.astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/units/[slug]/index.astro";
var $$url = "/units/[slug]/";
// \0virtual:astro:page:src/pages/units/[slug]/index@_@astro
var page = () => _slug__exports;
export { page };
