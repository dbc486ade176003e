import { A as unescapeHTML, C as createRenderInstruction, N as ASTRO_GENERATOR, S as addAttribute, b as maybeRenderHead, d as renderComponent, g as renderSlot, x as renderHead, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { G as UnavailableAstroGlobal, X as AstroError } from "./errors-data_BcHvQj58.mjs";
import { d as createComponent, n as FACETS, o as FACET_KEYS, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
// ../../main/node_modules/astro/dist/runtime/server/astro-global.js
function createError(name) {
	return new AstroError({
		...UnavailableAstroGlobal,
		message: UnavailableAstroGlobal.message(name)
	});
}
function createAstro(site) {
	return {
		get site() {
			console.warn(`Astro.site inside getStaticPaths is deprecated and will be removed in a future major version of Astro. Use import.meta.env.SITE instead`);
			return site ? new URL(site) : void 0;
		},
		get generator() {
			console.warn(`Astro.generator inside getStaticPaths is deprecated and will be removed in a future major version of Astro.`);
			return ASTRO_GENERATOR;
		},
		get callAction() {
			throw createError("callAction");
		},
		get clientAddress() {
			throw createError("clientAddress");
		},
		get cookies() {
			throw createError("cookies");
		},
		get csp() {
			throw createError("csp");
		},
		get currentLocale() {
			throw createError("currentLocale");
		},
		get getActionResult() {
			throw createError("getActionResult");
		},
		get isPrerendered() {
			throw createError("isPrerendered");
		},
		get locals() {
			throw createError("locals");
		},
		get originPathname() {
			throw createError("originPathname");
		},
		get params() {
			throw createError("params");
		},
		get preferredLocale() {
			throw createError("preferredLocale");
		},
		get preferredLocaleList() {
			throw createError("preferredLocaleList");
		},
		get props() {
			throw createError("props");
		},
		get redirect() {
			throw createError("redirect");
		},
		get request() {
			throw createError("request");
		},
		get response() {
			throw createError("response");
		},
		get rewrite() {
			throw createError("rewrite");
		},
		get routePattern() {
			throw createError("routePattern");
		},
		get self() {
			throw createError("self");
		},
		get slots() {
			throw createError("slots");
		},
		get url() {
			throw createError("url");
		},
		get session() {
			throw createError("session");
		},
		get cache() {
			throw createError("cache");
		},
		get logger() {
			throw createError("logger");
		}
	};
}
// ../../main/node_modules/astro/dist/runtime/server/render/script.js
async function renderScript(result, id) {
	const inlined = result.inlinedScripts.get(id);
	let content = "";
	if (inlined != null) {
		if (inlined) content = `<script type="module">${inlined}<\/script>`;
	} else {
		const resolved = await result.resolve(id);
		content = `<script type="module" src="${result.userAssetsBase ? (result.base === "/" ? "" : result.base) + result.userAssetsBase : ""}${resolved}"><\/script>`;
	}
	return createRenderInstruction({
		type: "script",
		id,
		content
	});
}
var $$HeaderSearchBox = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$HeaderSearchBox;
	const { id = "siteSearch", large = false } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<form${addAttribute(["search-box", { "search-box--large": large }], "class:list")} role="search"${addAttribute(urls.search(), "action")} method="get"><label class="visually-hidden"${addAttribute(id, "for")}>${strings.searchBox.label}</label><input${addAttribute(id, "id")} type="search" name="q"${addAttribute(strings.searchBox.placeholder, "placeholder")} autocomplete="off" enterkeyhint="search"><button type="submit">${strings.searchBox.submit}</button></form>`;
}, "/work/wt/shardbuild/src/components/HeaderSearchBox.astro", void 0);
var $$SiteHeader = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SiteHeader;
	const { search = true } = Astro.props;
	const browse = FACET_KEYS.filter((key) => FACETS[key].page !== "units").map((key) => ({
		label: FACETS[key].name,
		href: urls.facet(key)
	}));
	const path = Astro.url.pathname;
	const current = (href) => path.startsWith(href) ? "page" : void 0;
	return renderTemplate`${maybeRenderHead($$result)}<header class="site-header" lang="zh-CN" data-pagefind-ignore><div class="site-header__inner"><a class="site-name"${addAttribute(urls.home(), "href")}><span class="site-name__mark" aria-hidden="true">条</span>${strings.site.name}</a>${search && renderTemplate`${renderComponent($$result, "HeaderSearchBox", $$HeaderSearchBox, {})}`}</div><nav class="site-nav"${addAttribute(strings.a11y.mainNav, "aria-label")}><ul><li class="site-nav__label">${strings.nav.browse}</li>${browse.map((item) => renderTemplate`<li><a${addAttribute(item.href, "href")}${addAttribute(current(item.href), "aria-current")}>${item.label}</a></li>`)}<li class="site-nav__sep"><a${addAttribute(urls.facet("unit"), "href")}${addAttribute(current(urls.facet("unit")), "aria-current")}>${strings.nav.units}</a></li><li><a${addAttribute(urls.deadlines(), "href")}${addAttribute(current(urls.deadlines()), "aria-current")}>${strings.nav.deadlines}</a></li><li><a${addAttribute(urls.search(), "href")}${addAttribute(current(urls.search()), "aria-current")}>${strings.nav.search}</a></li></ul></nav></header>`;
}, "/work/wt/shardbuild/src/components/SiteHeader.astro", void 0);
// src/components/SiteFooter.astro
var $$SiteFooter = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${maybeRenderHead($$result)}<footer class="site-footer" lang="zh-CN" data-pagefind-ignore><p>${strings.footer.about}</p><p class="site-footer__links"><a${addAttribute(urls.rss(), "href")}>${strings.footer.feed}</a><a${addAttribute(urls.sitemap(), "href")}>${strings.footer.sitemap}</a></p></footer>`;
}, "/work/wt/shardbuild/src/components/SiteFooter.astro", void 0);
var $$Breadcrumbs = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Breadcrumbs;
	const items = [{
		label: strings.site.name,
		href: urls.home()
	}, ...Astro.props.items];
	return renderTemplate`${maybeRenderHead($$result)}<nav class="breadcrumbs"${addAttribute(strings.a11y.breadcrumb, "aria-label")} data-pagefind-ignore><ol>${items.map((item, i) => item.href && i < items.length - 1 ? renderTemplate`<li><a${addAttribute(item.href, "href")}>${item.label}</a></li>` : renderTemplate`<li aria-current="page">${item.label}</li>`)}</ol></nav>`;
}, "/work/wt/shardbuild/src/components/Breadcrumbs.astro", void 0);
// src/security/inline-scripts.ts
/**
* The only scripts the site writes inline, each one line that must run before first paint. They live here, as text,
* so that the Content-Security-Policy (content-security-policy.ts) allows exactly these by their hashes; any other
* inline script in a built page stops the build (csp-integration.ts).
*/
var INLINE_SCRIPTS = {
	/** Base.astro, in <head>: controls that need a script (the copy buttons) show only when scripts run. */
	scriptsRun: `document.documentElement.classList.add('js');`,
	/** NoticeToc.astro, after the table of contents: open in the sidebar on wide screens; phones keep it folded above the text. */
	openTocWhenWide: `if (matchMedia('(min-width: 64rem)').matches) document.getElementById('noticeToc').open = true;`,
	/** MetadataCard.astro: open where there is room; on phones the subline above already gives number, issuer, date. */
	openMetadataWhenWide: `if (matchMedia('(min-width: 40rem)').matches) document.getElementById('noticeMeta').open = true;`
};
var $$Base = createComponent(($$result, $$props, $$slots) => {
	const Astro2 = $$result.createAstro($$props, $$slots);
	Astro2.self = $$Base;
	const { title, description = strings.site.description, lang = "zh-CN", breadcrumbs, wide = false, headerSearch = true } = Astro2.props;
	const fullTitle = title ? `${title} - ${strings.site.name}` : `${strings.site.name} - ${strings.site.tagline}`;
	const icon = `/favicon.svg`;
	const canonical = Astro2.site ? new URL(Astro2.url.pathname, Astro2.site).href : void 0;
	return renderTemplate`<html${addAttribute(lang, "lang")}><head><meta charset="utf-8">${""}<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><script>${unescapeHTML(INLINE_SCRIPTS.scriptsRun)}<\/script><title>${fullTitle}</title><meta name="description"${addAttribute(description, "content")}>${canonical && renderTemplate`<link rel="canonical"${addAttribute(canonical, "href")}>`}<link rel="icon"${addAttribute(icon, "href")}><link rel="alternate" type="application/rss+xml"${addAttribute(strings.site.name, "title")}${addAttribute(urls.rss(), "href")}><link rel="sitemap"${addAttribute(urls.sitemap(), "href")}>${renderSlot($$result, $$slots["head"])}${renderHead($$result)}</head><body><a class="skip-link" href="#mainContent">${strings.a11y.skipToContent}</a>${renderComponent($$result, "SiteHeader", $$SiteHeader, { "search": headerSearch })}<main id="mainContent" tabindex="-1"${addAttribute(["page", { "page--wide": wide }], "class:list")}>${breadcrumbs && renderTemplate`${renderComponent($$result, "Breadcrumbs", $$Breadcrumbs, { "items": breadcrumbs })}`}${renderSlot($$result, $$slots["default"])}</main>${renderComponent($$result, "SiteFooter", $$SiteFooter, {})}${renderScript($$result, "/work/wt/shardbuild/src/layouts/Base.astro?astro&type=script&index=0&lang.ts")}</body></html>`;
}, "/work/wt/shardbuild/src/layouts/Base.astro", void 0);
export { createAstro as a, renderScript as i, INLINE_SCRIPTS as n, $$HeaderSearchBox as r, $$Base as t };
