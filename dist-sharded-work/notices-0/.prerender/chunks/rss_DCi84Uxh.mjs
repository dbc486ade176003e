import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { _ as noticeDate, r as getCatalog } from "./corpus_DOfyTPFu.mjs";
import { r as regionLabel } from "./unit-regions_6yxxoK1l.mjs";
import { i as unitPaths } from "./unit-pages_Bev6YeMx.mjs";
import rss from "@astrojs/rss";
// src/pages/units/[slug]/rss.xml.ts
/** A unit's tasks as a feed, newest notice first: a department subscribes to what is asked of it. */
var rss_xml_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = unitPaths;
var GET = async (context) => {
	const { units, notices } = await getCatalog();
	const unit = units.find((u) => u.slug === context.params.slug);
	const order = new Map(notices.map((n, i) => [n.id, i]));
	const tasks = [...unit.tasks].sort((a, b) => order.get(a.notice.id) - order.get(b.notice.id));
	return rss({
		title: strings.units.feedTitle(`${unit.name}（${regionLabel(unit)}）`),
		description: strings.units.unitTitle(unit.name),
		site: new URL(urls.unit(unit.slug), context.site ?? context.url.origin).href,
		customData: "<language>zh-cn</language>",
		items: tasks.map(({ notice, clause, responsibility }) => {
			const date = noticeDate(notice);
			return {
				title: `${clause.citation} ${clause.clause.heading ?? ""}`.trim(),
				link: urls.notice(notice.id, clause.clause.eId),
				...date && { pubDate: /* @__PURE__ */ new Date(`${date}T00:00:00+08:00`) },
				description: [notice.title, responsibility.deadline].filter(Boolean).join(" · ")
			};
		})
	});
};
// \0virtual:astro:page:src/pages/units/[slug]/rss.xml@_@ts
var page = () => rss_xml_exports;
export { page };
