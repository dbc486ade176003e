import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { t as $$NoticeList } from "./NoticeList_Cno2pjMl.mjs";
import { t as $$RegionTree } from "./RegionTree_C-nrR1SR.mjs";
import { d as createComponent, u as strings } from "./urls_Cg4MN_lB.mjs";
import { r as getCatalog } from "./corpus_DOfyTPFu.mjs";
// src/pages/regions/index.astro
var regions_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => $$url
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const { regions } = await getCatalog();
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": strings.browse.regions,
		"breadcrumbs": [{ label: strings.facets.region }]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${strings.browse.regions}</h1><p class="lead">${strings.browse.regionsIntro}</p>${renderComponent($$result, "RegionTree", $$RegionTree, { "nodes": regions.roots })}${regions.unplaced.length > 0 && renderTemplate`<section><h2>${strings.browse.noRegion} <span class="count">${strings.browse.count(regions.unplaced.length)}</span></h2>${renderComponent($$result, "NoticeList", $$NoticeList, {
		"notices": regions.unplaced,
		"headingLevel": 3
	})}</section>`}` })}`;
}, "/work/wt/shardbuild/src/pages/regions/index.astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/regions/index.astro";
var $$url = "/regions/";
// \0virtual:astro:page:src/pages/regions/index@_@astro
var page = () => regions_exports;
export { page };
