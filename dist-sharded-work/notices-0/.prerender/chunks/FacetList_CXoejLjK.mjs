import { S as addAttribute, b as maybeRenderHead, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { d as createComponent } from "./urls_Cg4MN_lB.mjs";
import { a as createAstro } from "./Base_B1Cnh1H1.mjs";
// src/components/FacetList.astro
createAstro("https://zhengwu.example.org");
var $$FacetList = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$FacetList;
	const { items, compact = false } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<ul${addAttribute(["facet-list", { "facet-list--compact": compact }], "class:list")}>${items.map((item) => renderTemplate`<li><a${addAttribute(item.href, "href")}${addAttribute(item.lang, "lang")}><span class="facet-list__label">${item.label}</span><span class="facet-list__count">${item.count}</span></a></li>`)}</ul>`;
}, "/work/wt/shardbuild/src/components/FacetList.astro", void 0);
export { $$FacetList as t };
