import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { i as renderScript, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
// src/offline/precache-plan.ts
/**
* What the service worker stores at install, within a byte budget (raw bytes, as the browser's cache keeps them):
*   1. the shell: home, search and offline pages, the site's bundled assets and icon — always;
*   2. the search runtime: Pagefind's code, the index manifest and the filter choices — always;
*   3. the search index proper — the shards (pagefind/s/), the router's buckets (pagefind/r/) and any index chunk
*      or fragment — all of it if it fits, else none (then each file is cached as a query first uses it: a query
*      reaches only the shards and buckets it needs);
*   4. notice pages, newest first, until the next one would not fit.
* Pure: scripts/build-offline.ts measures the files and writes the result into offline-manifest.json.
*/
/** 10 MiB: the whole search index and ~70 notice pages of the genre (53–83 KB each) on a phone. */
var OFFLINE_BUDGET_BYTES = 10485760;
// src/pages/offline.astro
var offline_exports = /* @__PURE__ */ __exportAll({
	default: () => $$Offline,
	file: () => $$file,
	url: () => $$url
});
var $$Offline = createComponent(($$result, $$props, $$slots) => {
	const t = strings.offline;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": t.title,
		"breadcrumbs": [{ label: t.title }]
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<div class="offline"><h1 id="offlineHeading">${t.title}</h1><p id="offlineRequested" hidden></p><p>${t.intro(OFFLINE_BUDGET_BYTES / 1024 / 1024, 60)}</p><ul><li id="offlineBack" hidden><a${addAttribute(urls.search(), "href")}>${t.backToResults}</a></li><li><a${addAttribute(urls.search(), "href")}>${t.search}</a></li></ul><h2>${t.saved}</h2><p id="offlineStatus" role="status">${t.checking}</p><noscript><p>${t.noScript}</p></noscript><ol id="offlineNotices" class="notice-list"></ol></div>`,
		"head": ($$result) => renderTemplate`<meta name="robots" content="noindex">`
	})}${renderScript($$result, "/work/wt/shardbuild/src/pages/offline.astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/shardbuild/src/pages/offline.astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/offline.astro";
var $$url = "/offline/";
// \0virtual:astro:page:src/pages/offline@_@astro
var page = () => offline_exports;
export { page };
