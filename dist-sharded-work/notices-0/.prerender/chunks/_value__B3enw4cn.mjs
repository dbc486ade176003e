import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { a as createAstro, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { t as $$NoticeList } from "./NoticeList_Cno2pjMl.mjs";
import { d as createComponent, n as FACETS, r as LIST_FACETS, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { r as getCatalog } from "./corpus_DOfyTPFu.mjs";
// src/pages/[facet]/[value].astro
var _value__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Value,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://zhengwu.example.org");
var getStaticPaths = (async () => {
	const catalog = await getCatalog();
	return LIST_FACETS.flatMap((key) => catalog.facet(key).map((value) => ({
		params: {
			facet: FACETS[key].segment,
			value: value.slug
		},
		props: {
			key,
			value
		}
	})));
});
var $$Value = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Value;
	const { key, value } = Astro.props;
	const facet = FACETS[key];
	const lang = facet.slug === "pinyin" ? value.notices[0].lang : void 0;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": value.label,
		"breadcrumbs": [{
			label: facet.name,
			href: urls.facet(key)
		}, { label: value.label }]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1${addAttribute(lang, "lang")}>${value.label}${" "}<span class="count"${addAttribute(lang && "zh-CN", "lang")}>${strings.browse.count(value.count)}</span></h1>${renderComponent($$result, "NoticeList", $$NoticeList, { "notices": value.notices })}` })}`;
}, "/work/wt/shardbuild/src/pages/[facet]/[value].astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/[facet]/[value].astro";
var $$url = "/[facet]/[value]/";
// \0virtual:astro:page:src/pages/[facet]/[value]@_@astro
var page = () => _value__exports;
export { page };
