import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { a as createAstro, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { t as $$NoticeList } from "./NoticeList_Cno2pjMl.mjs";
import { t as $$RegionTree } from "./RegionTree_C-nrR1SR.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { c as regionNotices, h as compareNewestFirst, l as regionPath, r as getCatalog } from "./corpus_DOfyTPFu.mjs";
// src/pages/regions/[code].astro
var _code__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Code,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://zhengwu.example.org");
var getStaticPaths = (async () => {
	const { regions } = await getCatalog();
	return [...regions.byCode.values()].map((node) => ({
		params: { code: node.code },
		props: {
			node,
			path: regionPath(regions, node.code)
		}
	}));
});
var $$Code = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Code;
	const { node, path } = Astro.props;
	const notices = regionNotices(node).sort(compareNewestFirst);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": node.name,
		"breadcrumbs": [{
			label: strings.facets.region,
			href: urls.facet("region")
		}, ...path.map((n) => ({
			label: n.name,
			href: urls.region(n.code)
		}))]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${node.name} <span class="count">${strings.browse.count(node.total)}</span></h1><p class="muted">${strings.browse.regionCode(node.code)}</p>${node.children.length > 0 && renderTemplate`<section aria-labelledby="subRegions"><h2 id="subRegions">${strings.browse.subRegions}</h2>${renderComponent($$result, "RegionTree", $$RegionTree, { "nodes": node.children })}</section>`}<section${addAttribute(node.children.length > 0 ? "regionNotices" : void 0, "aria-labelledby")}>${node.children.length > 0 && renderTemplate`<h2 id="regionNotices">${strings.browse.includingSubRegions}</h2>`}${renderComponent($$result, "NoticeList", $$NoticeList, {
		"notices": notices,
		"headingLevel": node.children.length > 0 ? 3 : 2
	})}</section>` })}`;
}, "/work/wt/shardbuild/src/pages/regions/[code].astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/regions/[code].astro";
var $$url = "/regions/[code]/";
// \0virtual:astro:page:src/pages/regions/[code]@_@astro
var page = () => _code__exports;
export { page };
