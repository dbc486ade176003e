import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { r as $$HeaderSearchBox, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
// src/pages/404.astro
var _404_exports = /* @__PURE__ */ __exportAll({
	default: () => $$404,
	file: () => $$file,
	url: () => $$url
});
var $$404 = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": strings.notFound.title,
		"headerSearch": false
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${strings.notFound.title}</h1><p>${strings.notFound.body}</p>${renderComponent($$result, "HeaderSearchBox", $$HeaderSearchBox, {
		"id": "notFoundSearch",
		"large": true
	})}<p><a${addAttribute(urls.home(), "href")}>${strings.notFound.home}</a></p>` })}`;
}, "/work/wt/shardbuild/src/pages/404.astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/404.astro";
var $$url = "/404/";
// \0virtual:astro:page:src/pages/404@_@astro
var page = () => _404_exports;
export { page };
