import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { a as createAstro } from "./Base_B1Cnh1H1.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { _ as noticeDate, g as formatDate } from "./corpus_DOfyTPFu.mjs";
// src/components/NoticeList.astro
createAstro("https://zhengwu.example.org");
var $$NoticeList = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticeList;
	const { notices, headingLevel = 2 } = Astro.props;
	const Heading = `h${headingLevel}`;
	return renderTemplate`${notices.length === 0 ? renderTemplate`${maybeRenderHead($$result)}<p class="muted">${strings.browse.empty}</p>` : renderTemplate`<ol class="notice-list">${notices.map((notice) => {
		const date = noticeDate(notice);
		return renderTemplate`<li class="notice-card"${addAttribute(notice.lang, "lang")}>${renderComponent($$result, "Heading", Heading, { "class": "notice-card__title" }, { "default": ($$result) => renderTemplate`<a${addAttribute(urls.notice(notice.id), "href")}>${notice.title}</a>` })}<dl class="notice-card__meta"><div><dt>${strings.list.documentNumber}</dt><dd>${notice.documentNumber ?? renderTemplate`<span class="muted">${strings.list.noNumber}</span>`}</dd></div>${notice.issuer && renderTemplate`<div><dt>${strings.list.issuer}</dt><dd>${notice.issuer}</dd></div>`}<div><dt>${strings.list.date}</dt><dd>${date ? renderTemplate`<time${addAttribute(date, "datetime")}>${formatDate(date)}</time>` : strings.date.unknown}</dd></div></dl></li>`;
	})}</ol>`}`;
}, "/work/wt/shardbuild/src/components/NoticeList.astro", void 0);
export { $$NoticeList as t };
