import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { i as renderScript, r as $$HeaderSearchBox, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { t as $$FacetList } from "./FacetList_CXoejLjK.mjs";
import { t as $$NoticeList } from "./NoticeList_Cno2pjMl.mjs";
import { t as $$RegionTree } from "./RegionTree_C-nrR1SR.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { r as getCatalog } from "./corpus_DOfyTPFu.mjs";
// src/pages/index.astro
var pages_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	url: () => ""
});
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const NEWEST = 8;
	const catalog = await getCatalog();
	const { notices, regions, units } = catalog;
	const s = strings.home;
	const stats = [
		[notices.length, s.stats.notices],
		[catalog.clauseCount, s.stats.clauses],
		[catalog.dutyCount, s.stats.duties],
		[units.length, s.stats.units]
	];
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"wide": true,
		"headerSearch": false
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<section class="hero"><h1>${s.title}</h1><p class="lead">${strings.site.tagline}</p>${renderComponent($$result, "HeaderSearchBox", $$HeaderSearchBox, {
		"id": "homeSearch",
		"large": true
	})}<ul class="stats">${stats.map(([value, label]) => renderTemplate`<li><strong>${value.toLocaleString("zh-CN")}</strong> ${label}</li>`)}</ul></section><section class="my-unit" data-my-unit hidden aria-labelledby="myUnitTitle"><h2 id="myUnitTitle"></h2><ol class="my-unit__tasks"></ol><p><a data-more${addAttribute(urls.facet("unit"), "href")}></a></p></section><div class="home-grid"><section class="home-grid__main" aria-labelledby="newestNotices"><h2 id="newestNotices">${s.newest}</h2>${renderComponent($$result, "NoticeList", $$NoticeList, {
		"notices": notices.slice(0, NEWEST),
		"headingLevel": 3
	})}</section><div class="home-grid__aside"><section aria-labelledby="byYear"><h2 id="byYear"><a${addAttribute(urls.facet("year"), "href")}>${s.byYear}</a></h2>${renderComponent($$result, "FacetList", $$FacetList, {
		"compact": true,
		"items": catalog.facet("year").map((v) => ({
			label: v.label,
			href: urls.facetValue("year", v.slug),
			count: strings.browse.count(v.count)
		}))
	})}</section><section aria-labelledby="byLevel"><h2 id="byLevel"><a${addAttribute(urls.facet("level"), "href")}>${s.byLevel}</a></h2>${renderComponent($$result, "FacetList", $$FacetList, {
		"compact": true,
		"items": catalog.facet("level").map((v) => ({
			label: v.label,
			href: urls.facetValue("level", v.slug),
			count: strings.browse.count(v.count)
		}))
	})}</section><section aria-labelledby="byRegion"><h2 id="byRegion"><a${addAttribute(urls.facet("region"), "href")}>${s.byRegion}</a></h2>${renderComponent($$result, "RegionTree", $$RegionTree, {
		"nodes": regions.roots,
		"depth": 1
	})}</section><section aria-labelledby="unitsTeaser"><h2 id="unitsTeaser"><a${addAttribute(urls.facet("unit"), "href")}>${strings.nav.units}</a></h2><p>${s.unitsTeaser}</p></section></div></div>` })}${renderScript($$result, "/work/wt/shardbuild/src/pages/index.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/shardbuild/src/pages/index.astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/index.astro";
// \0virtual:astro:page:src/pages/index@_@astro
var page = () => pages_exports;
export { page };
