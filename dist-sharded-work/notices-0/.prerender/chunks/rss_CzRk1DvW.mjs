import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { _ as noticeDate, r as getCatalog } from "./corpus_DOfyTPFu.mjs";
import rss from "@astrojs/rss";
// src/pages/rss.xml.ts
var rss_xml_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var FEED_SIZE = 50;
var GET = async (context) => {
	const { notices } = await getCatalog();
	return rss({
		title: strings.site.name,
		description: strings.site.description,
		site: new URL(urls.home(), context.site ?? context.url.origin).href,
		customData: "<language>zh-cn</language>",
		items: notices.slice(0, FEED_SIZE).map((notice) => {
			const date = noticeDate(notice);
			return {
				title: notice.title,
				link: urls.notice(notice.id),
				...date && { pubDate: /* @__PURE__ */ new Date(`${date}T00:00:00+08:00`) },
				description: [notice.documentNumber, notice.issuer].filter(Boolean).join(" · ")
			};
		})
	});
};
// \0virtual:astro:page:src/pages/rss.xml@_@ts
var page = () => rss_xml_exports;
export { page };
