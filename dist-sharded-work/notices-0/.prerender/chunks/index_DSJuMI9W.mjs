import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, p as Fragment, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { i as renderScript, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { r as getCatalog } from "./corpus_DOfyTPFu.mjs";
import { n as groupUnitsByRegion } from "./unit-regions_6yxxoK1l.mjs";
// src/pages/units/index.astro
var units_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const { units } = await getCatalog();
	const groups = groupUnitsByRegion(units);
	const s = strings.units;
	const item = (unit) => ({
		unit,
		names: [unit.name, ...unit.aliases].join(" ")
	});
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": s.title,
		"breadcrumbs": [{ label: strings.nav.units }]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${s.title}</h1><p class="lead">${s.intro}</p><p class="muted">${s.collectiveNote}</p><form class="unit-filter" role="search" data-unit-filter hidden><label for="unit-filter">${s.filter}</label><input id="unit-filter" type="search" name="unit"${addAttribute(s.filterPlaceholder, "placeholder")} autocomplete="off"><output class="muted" aria-live="polite"></output></form>${groups.map((group) => renderTemplate`<section class="unit-region"${addAttribute(group.label, "data-region")}><h2>${group.label}</h2>${["named", "collective"].map((kind) => group[kind].length > 0 && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<h3 class="unit-region__kind">${kind === "named" ? s.named : s.collective}</h3><ul class="facet-list">${group[kind].map(item).map(({ unit, names }) => renderTemplate`<li${addAttribute(names, "data-names")}><a${addAttribute(urls.unit(unit.slug), "href")}${addAttribute(unit.tasks[0].notice.lang, "lang")}><span class="facet-list__label">${unit.name}</span>${unit.aliases.length > 0 && renderTemplate`<span class="facet-list__aliases muted">${unit.aliases.join("、")}</span>`}<span class="facet-list__count">${s.tasks(unit.tasks.length)}</span></a></li>`)}</ul>` })}`)}</section>`)}` })}${renderScript($$result, "/work/wt/shardbuild/src/pages/units/index.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/shardbuild/src/pages/units/index.astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/units/index.astro";
var $$url = "/units/";
// \0virtual:astro:page:src/pages/units/index@_@astro
var page = () => units_exports;
export { page };
