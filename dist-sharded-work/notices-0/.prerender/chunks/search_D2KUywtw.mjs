import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { i as renderScript, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { d as createComponent, n as FACETS, o as FACET_KEYS, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
// src/search/query.ts
var SORTS = ["relevance", "date"];
// src/components/Search.astro
var $$Search$1 = createComponent(($$result, $$props, $$slots) => {
	const t = strings.search;
	return renderTemplate`${maybeRenderHead($$result)}<div class="search" data-astro-cid-ac66eqjo><form id="search-form" class="search__form" role="search" method="get"${addAttribute(urls.search(), "action")} data-astro-cid-ac66eqjo><div class="search__box" data-astro-cid-ac66eqjo><label class="visually-hidden" for="search-input" data-astro-cid-ac66eqjo>${t.label}</label><input id="search-input" type="search" name="q"${addAttribute(t.placeholder, "placeholder")} autocomplete="off" enterkeyhint="search" spellcheck="false" data-astro-cid-ac66eqjo><button type="submit" data-astro-cid-ac66eqjo>${t.submit}</button></div><fieldset class="search__filters" data-astro-cid-ac66eqjo><legend class="visually-hidden" data-astro-cid-ac66eqjo>${t.filters}</legend>${FACET_KEYS.map((name) => renderTemplate`<label data-astro-cid-ac66eqjo><span data-astro-cid-ac66eqjo>${FACETS[name].name}</span><select${addAttribute(name, "name")} data-astro-cid-ac66eqjo><option value="" data-astro-cid-ac66eqjo>${t.any}</option></select></label>`)}<label data-astro-cid-ac66eqjo><span data-astro-cid-ac66eqjo>${t.sort}</span><select name="sort" data-astro-cid-ac66eqjo>${SORTS.map((sort) => renderTemplate`<option${addAttribute(sort, "value")} data-astro-cid-ac66eqjo>${t.sorts[sort]}</option>`)}</select></label></fieldset></form><p class="search__hint muted" data-astro-cid-ac66eqjo>${t.intro}</p><noscript><p data-astro-cid-ac66eqjo>${t.noScript}</p></noscript><div class="search__output" data-astro-cid-ac66eqjo><p id="search-count" class="search__count" role="status" aria-live="polite" data-astro-cid-ac66eqjo></p><p id="search-empty" class="search__empty" hidden data-astro-cid-ac66eqjo></p><ol id="search-results" class="search__results"${addAttribute(t.results, "aria-label")} aria-busy="false" data-astro-cid-ac66eqjo></ol><button id="search-more" class="search__more" type="button" hidden data-astro-cid-ac66eqjo></button></div></div>${renderScript($$result, "/work/wt/shardbuild/src/components/Search.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/shardbuild/src/components/Search.astro", void 0);
// src/pages/search.astro
var search_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Search,
	file: () => $$file,
	url: () => $$url
});
var $$Search = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": strings.search.title,
		"breadcrumbs": [{ label: strings.search.title }]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<h1>${strings.search.title}</h1>${renderComponent($$result, "Search", $$Search$1, {})}` })}`;
}, "/work/wt/shardbuild/src/pages/search.astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/search.astro";
var $$url = "/search/";
// \0virtual:astro:page:src/pages/search@_@astro
var page = () => search_exports;
export { page };
