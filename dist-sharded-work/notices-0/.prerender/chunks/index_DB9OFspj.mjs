import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { a as createAstro, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { t as $$FacetList } from "./FacetList_CXoejLjK.mjs";
import { d as createComponent, n as FACETS, r as LIST_FACETS, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { r as getCatalog } from "./corpus_DOfyTPFu.mjs";
// src/pages/[facet]/index.astro
var _facet__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Index,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://zhengwu.example.org");
var getStaticPaths = (() => LIST_FACETS.map((key) => ({
	params: { facet: FACETS[key].segment },
	props: { key }
})));
var $$Index = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Index;
	const { key } = Astro.props;
	const facet = FACETS[key];
	const values = (await getCatalog()).facet(key);
	const compact = facet.slug === "value";
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": facet.browseTitle,
		"breadcrumbs": [{ label: facet.name }]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${facet.browseTitle}</h1>${renderComponent($$result, "FacetList", $$FacetList, {
		"compact": compact,
		"items": values.map((v) => ({
			label: v.label,
			lang: compact ? void 0 : v.notices[0].lang,
			href: urls.facetValue(key, v.slug),
			count: strings.browse.count(v.count)
		}))
	})}` })}`;
}, "/work/wt/shardbuild/src/pages/[facet]/index.astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/[facet]/index.astro";
var $$url = "/[facet]/";
// \0virtual:astro:page:src/pages/[facet]/index@_@astro
var page = () => _facet__exports;
export { page };
