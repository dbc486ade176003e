import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { A as unescapeHTML, S as addAttribute, b as maybeRenderHead, d as renderComponent, g as renderSlot, i as spreadAttributes, p as Fragment, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { a as createAstro, i as renderScript, n as INLINE_SCRIPTS, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { _ as noticeDate, a as selection, d as documentKey, g as formatDate, i as getComparisons, m as render, n as getBodies, o as numberedOutline, p as foldWidth, r as getCatalog, s as regionChain } from "./corpus_DOfyTPFu.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { Graph, layout } from "@dagrejs/dagre";
// src/lib/notice-context.ts
function noticeContext(catalog, comparisons, notice) {
	return {
		comparisons,
		notice,
		clauses: catalog.clausesOf(notice),
		components: new Map(notice.components.map((c) => [c.eId, c])),
		unitSlug: (name) => catalog.unitSlug(notice, name),
		citedCount: new Map([...catalog.backlinks(notice.id)?.byTarget ?? []].map(([eId, relations]) => [eId, relations.length]))
	};
}
/** For the body components: fails loudly when one is rendered outside a notice page. */
function requireNoticeContext(locals) {
	if (!locals.notice) throw new Error("Notice body components render only inside src/pages/notices/[id].astro");
	return locals.notice;
}
/** att_2__cover → '2'; null for the notice's own parts. */
function attachmentNumber(componentEId) {
	return /^att_(\d+)/.exec(componentEId)?.[1] ?? null;
}
// src/components/notice/ClauseAlignment.astro
createAstro("https://zhengwu.example.org");
var $$ClauseAlignment = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ClauseAlignment;
	const { eId } = Astro.props;
	const { notice, comparisons } = requireNoticeContext(Astro.locals);
	const implementing = comparisons.implementing(notice.id, eId);
	const implementedBy = comparisons.implementedBy(notice.id, eId).map(({ comparison, clause }) => ({
		href: urls.notice(comparison.local.ref.noticeId, clause.eId),
		label: `${comparison.local.owner} ${clause.place ?? comparison.local.label}`
	})).filter((link, i, all) => all.findIndex((l) => l.label === link.label) === i);
	const t = strings.compare;
	return renderTemplate`${(implementing.length > 0 || implementedBy.length > 0) && renderTemplate`${maybeRenderHead($$result)}<p class="clause-alignment" data-pagefind-ignore>${implementing.length > 0 && renderTemplate`<span class="clause-alignment__up">${t.implementing}${" "}${implementing.map(({ comparison, clause }) => renderTemplate`<a${addAttribute(urls.notice(comparison.higher.ref.noticeId, clause.eId), "href")}>${clause.citation}</a>`)}</span>`}${implementedBy.length > 0 && renderTemplate`<span class="clause-alignment__down">${t.implementedBy}${implementedBy.map((link) => renderTemplate`<a${addAttribute(link.href, "href")}>${link.label}</a>`)}</span>`}</p>`}`;
}, "/work/wt/shardbuild/src/components/notice/ClauseAlignment.astro", void 0);
// src/components/notice/ClauseHeading.astro
createAstro("https://zhengwu.example.org");
var $$ClauseHeading = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ClauseHeading;
	const { level, id } = Astro.props;
	const { clauses, notice, citedCount } = requireNoticeContext(Astro.locals);
	const cited = citedCount.get(id) ?? 0;
	const citation = clauses.get(id)?.citation ?? notice.documentNumber ?? notice.title;
	const Tag = `h${level}`;
	const t = strings.notice;
	return renderTemplate`${renderComponent($$result, "Tag", Tag, {
		"id": id,
		"class:list": ["clause-heading", `clause-heading--${level}`]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<span class="clause-heading__text">${renderSlot($$result, $$slots["default"])}</span><span class="clause-tools" data-pagefind-ignore>${cited > 0 && renderTemplate`<a class="clause-cited"${addAttribute(`#cited-by-${id}`, "href")}${addAttribute(t.citedCount(cited), "aria-label")}${addAttribute(t.citedCount(cited), "data-label")}></a>`}<a class="permalink"${addAttribute(`#${id}`, "href")}${addAttribute(`${t.permalink}：${citation}`, "aria-label")}${addAttribute(t.permalink, "title")}></a><button type="button" class="copy-button" data-copy="link"${addAttribute(id, "data-target")}${addAttribute(t.copyLink, "aria-label")}${addAttribute(t.copyLink, "data-label")}></button><button type="button" class="copy-button" data-copy="citation"${addAttribute(citation, "data-citation")}${addAttribute(t.copyCitation, "aria-label")}${addAttribute(t.copyCitation, "data-label")}></button></span>` })}${renderComponent($$result, "ClauseAlignment", $$ClauseAlignment, { "eId": id })}`;
}, "/work/wt/shardbuild/src/components/notice/ClauseHeading.astro", void 0);
// src/components/notice/H3.astro
createAstro("https://zhengwu.example.org");
var $$H3 = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$H3;
	return renderTemplate`${renderComponent($$result, "ClauseHeading", $$ClauseHeading, {
		"level": 3,
		"id": Astro.props.id
	}, { "default": ($$result) => renderTemplate`${renderSlot($$result, $$slots["default"])}` })}`;
}, "/work/wt/shardbuild/src/components/notice/H3.astro", void 0);
// src/components/notice/H4.astro
createAstro("https://zhengwu.example.org");
var $$H4 = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$H4;
	return renderTemplate`${renderComponent($$result, "ClauseHeading", $$ClauseHeading, {
		"level": 4,
		"id": Astro.props.id
	}, { "default": ($$result) => renderTemplate`${renderSlot($$result, $$slots["default"])}` })}`;
}, "/work/wt/shardbuild/src/components/notice/H4.astro", void 0);
// src/components/notice/H5.astro
createAstro("https://zhengwu.example.org");
var $$H5 = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$H5;
	return renderTemplate`${renderComponent($$result, "ClauseHeading", $$ClauseHeading, {
		"level": 5,
		"id": Astro.props.id
	}, { "default": ($$result) => renderTemplate`${renderSlot($$result, $$slots["default"])}` })}`;
}, "/work/wt/shardbuild/src/components/notice/H5.astro", void 0);
// src/components/notice/H6.astro
createAstro("https://zhengwu.example.org");
var $$H6 = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$H6;
	return renderTemplate`${renderComponent($$result, "ClauseHeading", $$ClauseHeading, {
		"level": 6,
		"id": Astro.props.id
	}, { "default": ($$result) => renderTemplate`${renderSlot($$result, $$slots["default"])}` })}`;
}, "/work/wt/shardbuild/src/components/notice/H6.astro", void 0);
// src/components/notice/Duty.astro
createAstro("https://zhengwu.example.org");
var $$Duty = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Duty;
	const { lead, units, deadline, deadlineDate } = Astro.props;
	const { unitSlug } = requireNoticeContext(Astro.locals);
	const t = strings.notice.duty;
	const chips = [...lead.map((name) => ({
		role: "lead",
		label: t.lead,
		name
	})), ...units.filter((name) => !lead.includes(name)).map((name) => ({
		role: "unit",
		label: t.unit,
		name
	}))];
	const normalised = deadlineDate === "ongoing" ? t.ongoing : deadlineDate;
	return renderTemplate`${maybeRenderHead($$result)}<span class="duty"><span class="duty__raw">${renderSlot($$result, $$slots["default"])}</span><span class="duty__chips" data-pagefind-ignore>${chips.map(({ role, label, name }) => {
		const slug = unitSlug(name);
		return slug ? renderTemplate`<a${addAttribute(["chip", `chip--${role}`], "class:list")}${addAttribute(urls.unit(slug), "href")}><span class="chip__label">${label}</span> ${name}</a>` : renderTemplate`<span${addAttribute(["chip", `chip--${role}`], "class:list")}><span class="chip__label">${label}</span> ${name}</span>`;
	})}${(deadline || normalised) && renderTemplate`<span class="chip chip--deadline"><span class="chip__label">${t.deadline}</span> ${deadline}${normalised && normalised !== deadline && renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${deadline && renderTemplate`<span aria-hidden="true"> → </span>`}${deadlineDate === "ongoing" ? normalised : renderTemplate`<time${addAttribute(deadlineDate, "datetime")}>${normalised}</time>`}` })}`}</span>`}</span></span>`;
}, "/work/wt/shardbuild/src/components/notice/Duty.astro", void 0);
// src/components/notice/InferredHeading.astro
var $$InferredHeading = createComponent(($$result, $$props, $$slots) => {
	return renderTemplate`${maybeRenderHead($$result)}<span class="inferred-heading">${strings.notice.inferredHeading}</span>`;
}, "/work/wt/shardbuild/src/components/notice/InferredHeading.astro", void 0);
// src/components/notice/Link.astro
createAstro("https://zhengwu.example.org");
var $$Link = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Link;
	const { href, ...rest } = Astro.props;
	const target = typeof href === "string" && href.startsWith("/") && !href.startsWith("//") ? urls.path(href) : href;
	return renderTemplate`${maybeRenderHead($$result)}<a${addAttribute(target, "href")}${spreadAttributes(rest)}>${renderSlot($$result, $$slots["default"])}</a>`;
}, "/work/wt/shardbuild/src/components/notice/Link.astro", void 0);
// src/components/notice/MetadataCard.astro
createAstro("https://zhengwu.example.org");
var $$MetadataCard = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$MetadataCard;
	const { notice } = Astro.props;
	const catalog = await getCatalog();
	const t = strings.notice;
	const dates = [
		[t.signedDate, notice.signedDate],
		[t.publishedDate, notice.publishedDate],
		[t.printedDate, notice.printedDate]
	];
	const issuerSlug = notice.issuer ? catalog.facetSlug("issuer", notice.issuer) : void 0;
	const genreSlug = notice.genre ? catalog.facetSlug("genre", notice.genre) : void 0;
	const sortDate = noticeDate(notice);
	return renderTemplate`${maybeRenderHead($$result)}<details id="noticeMeta" class="meta-card" data-pagefind-ignore><summary>${t.metadata}</summary><dl><div><dt>${t.documentNumber}</dt>${notice.documentNumber ? renderTemplate`<dd data-pagefind-meta="docno">${notice.documentNumber}</dd>` : renderTemplate`<dd class="muted">${strings.list.noNumber}</dd>`}</div>${notice.issuer && renderTemplate`<div><dt>${t.issuer}</dt><dd data-pagefind-filter="issuer">${issuerSlug ? renderTemplate`<a${addAttribute(urls.facetValue("issuer", issuerSlug), "href")}>${notice.issuer}</a>` : notice.issuer}</dd></div>`}${dates.map(([label, date]) => date && renderTemplate`<div><dt>${label}</dt><dd><time${addAttribute(date, "datetime")}>${formatDate(date)}</time></dd></div>`)}${sortDate && renderTemplate`<span hidden${addAttribute(`date:${sortDate}`, "data-pagefind-meta")}${addAttribute(`date:${sortDate}`, "data-pagefind-sort")}></span>`}${notice.addressees && renderTemplate`<div class="meta-card__wide"><dt>${t.addressees}</dt><dd>${notice.addressees}</dd></div>`}${notice.notes.length > 0 && renderTemplate`<div><dt>${t.notes}</dt><dd>${notice.notes.join("；")}</dd></div>`}${notice.cc && renderTemplate`<div class="meta-card__wide"><dt>${t.cc}</dt><dd>${notice.cc}</dd></div>`}${notice.region && renderTemplate`<div><dt>${t.region}</dt><dd>${regionChain(notice.region).map(([code, name], i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && " › "}<a${addAttribute(urls.region(code), "href")}${addAttribute(i === 0 ? "province" : void 0, "data-pagefind-filter")}>${name}</a>` })}`)}<span class="muted"> ${notice.region.code}</span></dd></div>`}${notice.level && renderTemplate`<div><dt>${t.level}</dt><dd><a${addAttribute(urls.facetValue("level", notice.level), "href")} data-pagefind-filter="level">${strings.levels[notice.level]}</a></dd></div>`}${notice.genre && renderTemplate`<div><dt>${t.genre}</dt><dd>${genreSlug ? renderTemplate`<a${addAttribute(urls.facetValue("genre", genreSlug), "href")}>${notice.genre}</a>` : notice.genre}</dd></div>`}${notice.year !== null && renderTemplate`<span hidden${addAttribute(`year:${notice.year}`, "data-pagefind-filter")}></span>`}<div class="meta-card__wide"><dt>${t.source}</dt><dd><code>${notice.source.file}</code><span class="muted">（${t.encoding(notice.source.encoding, notice.source.format)}）</span></dd></div></dl></details><script>${unescapeHTML(INLINE_SCRIPTS.openMetadataWhenWide)}<\/script>`;
}, "/work/wt/shardbuild/src/components/notice/MetadataCard.astro", void 0);
// src/components/notice/Meta.astro
createAstro("https://zhengwu.example.org");
var $$Meta = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Meta;
	const { role } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<div${addAttribute(["meta-line", `meta-line--${role}`], "class:list")}>${renderSlot($$result, $$slots["default"])}</div>`;
}, "/work/wt/shardbuild/src/components/notice/Meta.astro", void 0);
// src/components/notice/NoticePart.astro
createAstro("https://zhengwu.example.org");
var $$NoticePart = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticePart;
	const { eId, kind } = Astro.props;
	const attachment = attachmentNumber(eId);
	const { components, notice } = requireNoticeContext(Astro.locals);
	const ownPage = notice.carries.find((part) => part.eId === eId)?.notice;
	const untitled = !components.get(eId)?.title;
	const forwarded = attachment !== null && [...components.values()].some((c) => attachmentNumber(c.eId) === attachment && c.kind === "letter");
	const kindLabel = kind === "letter" ? strings.notice.partLetter : strings.notice.partText;
	return renderTemplate`${maybeRenderHead($$result)}<section${addAttribute([
		"notice-part",
		`notice-part--${kind}`,
		{ "notice-part--forwarded": attachment }
	], "class:list")}${addAttribute(eId, "data-eid")}${addAttribute(untitled ? eId : void 0, "id")}><div class="notice-part__label" data-pagefind-ignore>${attachment && renderTemplate`<span class="notice-part__attachment">${forwarded ? strings.notice.forwarded(attachment) : strings.notice.attachment(attachment)}</span>`}<span>${kindLabel}</span>${ownPage && renderTemplate`<a${addAttribute(urls.notice(ownPage), "href")}>${strings.notice.ownPage}</a>`}</div>${renderSlot($$result, $$slots["default"])}</section>`;
}, "/work/wt/shardbuild/src/components/notice/NoticePart.astro", void 0);
// src/components/notice/NoticeComparisons.astro
createAstro("https://zhengwu.example.org");
var $$NoticeComparisons = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticeComparisons;
	const { notice, comparisons } = requireNoticeContext(Astro.locals);
	const t = strings.compare;
	const involving = comparisons.involving(notice.id);
	const previous = comparisons.previousYear(notice.id);
	const next = comparisons.nextYear(notice.id);
	const links = involving.map((c) => ({
		href: urls.compare(c.local.ref.noticeId, documentKey(c.higher.ref)),
		label: c.kind === "previousYear" ? c.local.ref.noticeId === notice.id ? t.previousYear(c.higher.label) : t.nextYear(c.local.label) : c.local.ref.noticeId === notice.id ? t.withHigher(c.higher.label) : t.withLower(c.local.label)
	}));
	return renderTemplate`${links.length > 0 && renderTemplate`${maybeRenderHead($$result)}<section class="notice-section" aria-labelledby="noticeComparisons" data-pagefind-ignore><h2 id="noticeComparisons">${t.comparisons}</h2><p>${t.comparisonsIntro}</p>${(previous || next) && renderTemplate`<p class="year-nav">${previous && renderTemplate`<a rel="prev"${addAttribute(urls.notice(previous.higher.ref.noticeId), "href")}>${t.previousYear(previous.higher.label)}</a>`}${next && renderTemplate`<a rel="next"${addAttribute(urls.notice(next.local.ref.noticeId), "href")}>${t.nextYear(next.local.label)}</a>`}</p>`}<ul>${links.map((link) => renderTemplate`<li><a${addAttribute(link.href, "href")}>${link.label}</a></li>`)}</ul></section>`}`;
}, "/work/wt/shardbuild/src/components/notice/NoticeComparisons.astro", void 0);
// src/model/page-number.ts
/**
* A page number a PDF dump leaves on a line of its own (— 3 —, - 12 -, 第3页 共5页). The converter keeps it as source
* noise, or — when a paragraph runs on across the page break — inside that paragraph's text, which the display skips.
* Full-width digits (－３－) count too.
*/
var DASH = "[-—–―─－~～]";
var PAGE_NUMBER = [
	new RegExp(`^${DASH}+\\s*\\d{1,4}\\s*${DASH}+$`),
	/^第\s*\d{1,4}\s*[页頁][\s,，/／]*(?:共\s*\d{1,4}\s*[页頁])?$/,
	/^共\s*\d{1,4}\s*[页頁][\s,，/／]*第\s*\d{1,4}\s*[页頁]$/
];
function isPageNumberLine(line) {
	const trimmed = foldWidth(line.trim());
	return PAGE_NUMBER.some((pattern) => pattern.test(trimmed));
}
// src/model/text.ts
var LINE_BREAK = /(\r\n|[\n\r\u2028\u2029])/;
/**
* A paragraph hard-wrapped in the source (kept with its line breaks in the model) reads as one line: joined without a
* space between Chinese characters, with one between Latin letters or digits.
*/
function unwrapForDisplay(text) {
	const lines = text.split(LINE_BREAK);
	return (lines.some(isPageNumberLine) ? lines.filter((line) => !isPageNumberLine(line)).join("") : text).replace(/[ \t\u3000]*(?:\r\n|[\n\r\u2028\u2029])[ \t\u3000]*/g, (gap, at, whole) => {
		const before = whole[at - 1] ?? "";
		const after = whole[at + gap.length] ?? "";
		return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? " " : "";
	});
}
/** 一、加强用权公开 / （三）强化培训工作。 / 第三章　附则 (a 部分, 章, 节 or 条 number keeps a space before its title). */
function clauseHeadingText(clause) {
	const number = clause.number ?? "";
	return unwrapForDisplay(number + (/(部分|[章节条])$/.test(number) && clause.heading ? "　" : "") + (clause.heading ?? ""));
}
// src/components/notice/NoticeToc.astro
createAstro("https://zhengwu.example.org");
var $$NoticeToc = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$NoticeToc;
	const { notice } = Astro.props;
	const label = (clause) => clause.inferred && clause.heading === null ? strings.notice.inferredHeading : clauseHeadingText(clause);
	return renderTemplate`${maybeRenderHead($$result)}<nav class="notice-toc" aria-labelledby="noticeTocTitle" data-pagefind-ignore><details id="noticeToc"><summary id="noticeTocTitle">${strings.notice.toc}</summary><ol class="notice-toc__parts">${notice.components.map((component) => {
		const attachment = attachmentNumber(component.eId);
		const renderOutline = (outline) => renderTemplate`<ol>${outline.map(({ clause, children }) => renderTemplate`<li><a${addAttribute(`#${clause.eId}`, "href")}>${label(clause)}</a>${children.length > 0 && renderOutline(children)}</li>`)}</ol>`;
		const outline = numberedOutline(component.clauses);
		return renderTemplate`<li><a${addAttribute(`#${component.eId}`, "href")} class="notice-toc__part">${attachment && renderTemplate`<span class="notice-toc__badge">${strings.notice.attachment(attachment)}</span>`}${component.title ?? strings.notice.partText}</a>${outline.length > 0 && renderOutline(outline)}</li>`;
	})}</ol></details><script>${unescapeHTML(INLINE_SCRIPTS.openTocWhenWide)}<\/script></nav>`;
}, "/work/wt/shardbuild/src/components/notice/NoticeToc.astro", void 0);
// src/components/notice/Paragraph.astro
createAstro("https://zhengwu.example.org");
var $$Paragraph = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Paragraph;
	const { eId } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<div${addAttribute(eId, "id")} class="para"><a class="para-link"${addAttribute(`#${eId}`, "href")}${addAttribute(strings.notice.paragraphLink, "aria-label")} data-pagefind-ignore>¶</a>${renderSlot($$result, $$slots["default"])}${renderComponent($$result, "ClauseAlignment", $$ClauseAlignment, { "eId": eId })}</div>`;
}, "/work/wt/shardbuild/src/components/notice/Paragraph.astro", void 0);
// src/components/notice/CitedBy.astro
createAstro("https://zhengwu.example.org");
var $$CitedBy = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$CitedBy;
	const { notice } = Astro.props;
	const catalog = await getCatalog();
	const backlinks = catalog.backlinks(notice.id);
	const order = new Map([...catalog.clausesOf(notice).keys()].map((eId, i) => [eId, i + 1]));
	const rank = (eId) => eId === "" ? -1 : order.get(eId) ?? 0;
	const groups = [...backlinks?.byTarget ?? []].sort(([a], [b]) => rank(a) - rank(b));
	const t = strings.notice;
	return renderTemplate`${groups.length > 0 && renderTemplate`${maybeRenderHead($$result)}<section class="notice-section" aria-labelledby="noticeCitedBy" data-pagefind-ignore><h2 id="noticeCitedBy">${t.citedBy}</h2><p class="muted">${t.citedByIntro}</p><ul class="cited-by">${groups.map(([eId, relations]) => renderTemplate`<li${addAttribute(eId ? `cited-by-${eId}` : void 0, "id")}><span class="cited-by__target">${eId ? renderTemplate`<a${addAttribute(`#${eId}`, "href")}>${catalog.targetLabel({
		notice: notice.id,
		eId
	})}</a>` : t.citedWhole}</span><ul>${relations.map(({ kind, from, reference }) => {
		const citing = catalog.notice(from.notice);
		const clause = from.eId ? catalog.clausesOf(citing).get(from.eId) : void 0;
		return renderTemplate`<li><span class="cited-by__relation">${t.citedByRelation[kind]}</span><a${addAttribute(urls.notice(citing.id, from.eId ?? void 0), "href")}>${clause?.citation ?? citing.documentNumber ?? citing.title}</a><span class="muted">${citing.title}</span><span class="cited-by__raw muted">${reference.raw}</span></li>`;
	})}</ul></li>`)}</ul></section>`}`;
}, "/work/wt/shardbuild/src/components/notice/CitedBy.astro", void 0);
// src/components/notice/DocumentPlaces.astro
createAstro("https://zhengwu.example.org");
var $$DocumentPlaces = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$DocumentPlaces;
	const { notice } = Astro.props;
	const catalog = await getCatalog();
	const t = strings.notice;
	const place = (target) => {
		const file = catalog.notice(target.notice);
		const part = target.eId ? attachmentNumber(target.eId) : null;
		return {
			href: urls.notice(target.notice, target.eId ?? void 0),
			label: t.printedIn(file?.documentNumber ?? file?.title ?? target.notice, part),
			title: file?.title
		};
	};
	const foundIn = notice.foundIn && place(notice.foundIn);
	const alsoIn = notice.alsoIn.map(place);
	return renderTemplate`${(foundIn || alsoIn.length > 0) && renderTemplate`${maybeRenderHead($$result)}<p class="notice__places" data-pagefind-ignore>${foundIn && renderTemplate`<span>${t.foundIn}<a${addAttribute(foundIn.href, "href")}${addAttribute(foundIn.title, "title")}>${foundIn.label}</a></span>`}${alsoIn.length > 0 && renderTemplate`<span>${t.alsoIn}${alsoIn.map((p, i) => renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`${i > 0 && "、"}<a${addAttribute(p.href, "href")}${addAttribute(p.title, "title")}>${p.label}</a>` })}`)}</span>`}</p>`}`;
}, "/work/wt/shardbuild/src/components/notice/DocumentPlaces.astro", void 0);
// src/lib/lineage-graph.ts
/**
* The lineage of a notice drawn as a graph: what it carries out above it (up to the State Council's notice), what
* carries it out below, laid out by dagre (ranks top to bottom, crossings minimised) at build time. Pure: positions
* only; the page draws them (src/components/notice/LineageGraph.astro).
*/
var NODE_HEIGHT = 40;
var CHAR_WIDTH = 14;
var PADDING = 24;
/**
* The graph of a notice's lineage, or null when it has none. `labelOf` names a notice on its node (its 发文字号, or a
* short title).
*/
function lineageGraph(notice, up, down, labelOf) {
	if (up.length === 0 && down.length === 0) return null;
	const graph = new Graph({ multigraph: false });
	graph.setGraph({
		rankdir: "TB",
		nodesep: 24,
		ranksep: 48,
		marginx: 8,
		marginy: 8
	});
	graph.setDefaultEdgeLabel(() => ({}));
	const kinds = /* @__PURE__ */ new Map();
	const addNode = (id) => {
		if (graph.hasNode(id)) return;
		const label = labelOf(id);
		graph.setNode(id, {
			label,
			width: [...label].length * CHAR_WIDTH + PADDING,
			height: NODE_HEIGHT
		});
	};
	const addEdges = (from, nodes, upward) => {
		for (const node of nodes) {
			addNode(node.notice);
			const [higher, lower] = upward ? [node.notice, from] : [from, node.notice];
			graph.setEdge(higher, lower);
			kinds.set(`${higher}\n${lower}`, node.kind);
			addEdges(node.notice, node.next, upward);
		}
	};
	addNode(notice);
	addEdges(notice, up, true);
	addEdges(notice, down, false);
	layout(graph);
	const nodes = graph.nodes().map((id) => {
		const { x, y, width, height, label } = graph.node(id);
		return {
			notice: id,
			label,
			current: id === notice,
			x,
			y,
			width,
			height
		};
	});
	const edges = graph.edges().map(({ v, w }) => ({
		from: v,
		to: w,
		kind: kinds.get(`${v}\n${w}`),
		points: graph.edge(v, w).points
	}));
	const { width, height } = graph.graph();
	return {
		width: Math.ceil(width),
		height: Math.ceil(height),
		nodes,
		edges
	};
}
// src/components/notice/LineageGraph.astro
createAstro("https://zhengwu.example.org");
var $$LineageGraph = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LineageGraph;
	const { notice, up, down } = Astro.props;
	const catalog = await getCatalog();
	const labelOf = (id) => {
		const related = catalog.notice(id);
		const title = related?.title ?? id;
		return related?.documentNumber ?? ([...title].length > 16 ? `${[...title].slice(0, 15).join("")}…` : title);
	};
	const graph = lineageGraph(notice, up, down, labelOf);
	const path = (points) => points.map((p, i) => `${i ? "L" : "M"}${p.x},${p.y}`).join(" ");
	return renderTemplate`${graph && renderTemplate`${maybeRenderHead($$result)}<figure class="lineage-graph"><svg${addAttribute(`0 0 ${graph.width} ${graph.height}`, "viewBox")}${addAttribute(graph.width, "width")}${addAttribute(graph.height, "height")} role="group"${addAttribute(strings.notice.lineageGraph, "aria-label")}><defs><marker id="lineageArrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" class="lineage-graph__arrow"></path></marker></defs>${graph.edges.map((edge) => renderTemplate`<path${addAttribute(path(edge.points), "d")} class="lineage-graph__edge" marker-end="url(#lineageArrow)"${addAttribute(edge.from, "data-from")}${addAttribute(edge.to, "data-to")}></path>`)}${graph.nodes.map((node) => {
		const related = catalog.notice(node.notice);
		const box = renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate`<rect${addAttribute(node.x - node.width / 2, "x")}${addAttribute(node.y - node.height / 2, "y")}${addAttribute(node.width, "width")}${addAttribute(node.height, "height")} rx="6"${addAttribute(node.current ? "lineage-graph__node lineage-graph__node--current" : "lineage-graph__node", "class")}></rect><text${addAttribute(node.x, "x")}${addAttribute(node.y, "y")} text-anchor="middle" dominant-baseline="central">${node.label}</text>` })}`;
		return node.current ? renderTemplate`<g${addAttribute(node.notice, "data-notice")} aria-current="page">${box}</g>` : renderTemplate`<a${addAttribute(urls.notice(node.notice), "href")}${addAttribute(node.notice, "data-notice")}><title>${related?.title ?? node.notice}</title>${box}</a>`;
	})}</svg></figure>`}`;
}, "/work/wt/shardbuild/src/components/notice/LineageGraph.astro", void 0);
// src/components/notice/LineageTree.astro
createAstro("https://zhengwu.example.org");
var $$LineageTree = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$LineageTree;
	const { nodes } = Astro.props;
	const catalog = await getCatalog();
	return renderTemplate`${maybeRenderHead($$result)}<ul>${nodes.map((node) => {
		const related = catalog.notice(node.notice);
		return renderTemplate`<li><span class="lineage__kind">${strings.notice.citedByRelation[node.kind]}</span><a${addAttribute(urls.notice(node.notice), "href")}${addAttribute(related?.title, "title")}>${related?.documentNumber ?? related?.title ?? node.notice}</a>${related?.level && renderTemplate`<span class="muted">${strings.levels[related.level]}</span>`}${node.next.length > 0 && renderTemplate`${renderComponent($$result, "Astro.self", Astro.self, { "nodes": node.next })}`}</li>`;
	})}</ul>`;
}, "/work/wt/shardbuild/src/components/notice/LineageTree.astro", void 0);
// src/components/notice/Lineage.astro
createAstro("https://zhengwu.example.org");
var $$Lineage = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Lineage;
	const { notice } = Astro.props;
	const catalog = await getCatalog();
	const t = strings.notice;
	const sides = [{
		heading: t.lineageUp,
		nodes: catalog.lineage.up(notice.id)
	}, {
		heading: t.lineageDown,
		nodes: catalog.lineage.down(notice.id)
	}].filter((side) => side.nodes.length > 0);
	return renderTemplate`${sides.length > 0 && renderTemplate`${maybeRenderHead($$result)}<section class="notice-section lineage" aria-labelledby="noticeLineage" data-pagefind-ignore><h2 id="noticeLineage">${t.lineage}</h2><p class="muted">${t.lineageIntro}</p>${renderComponent($$result, "LineageGraph", $$LineageGraph, {
		"notice": notice.id,
		"up": catalog.lineage.up(notice.id),
		"down": catalog.lineage.down(notice.id)
	})}${sides.map(({ heading, nodes }) => renderTemplate`<div class="lineage__side"><h3>${heading}</h3>${renderComponent($$result, "LineageTree", $$LineageTree, { "nodes": nodes })}</div>`)}</section>`}`;
}, "/work/wt/shardbuild/src/components/notice/Lineage.astro", void 0);
// src/components/notice/Ref.astro
createAstro("https://zhengwu.example.org");
var $$Ref = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Ref;
	const { relation, to, missing, query } = Astro.props;
	const t = strings.ref;
	const href = to === void 0 ? void 0 : to.startsWith("#") ? to : urls.path(to);
	return renderTemplate`${href ? renderTemplate`${maybeRenderHead($$result)}<a class="ref"${addAttribute(href, "href")}${addAttribute(relation, "data-relation")}${addAttribute(missing === "clauseNotFound" ? t.clauseNotFound : t.relation[relation], "title")}>${renderSlot($$result, $$slots["default"])}</a>` : missing && missing !== "clauseNotFound" ? renderTemplate`<span class="ref ref--missing"${addAttribute(missing === "laterThanCiting" ? t.laterThanCiting : void 0, "title")}>${renderSlot($$result, $$slots["default"])}<a class="ref__search"${addAttribute(urls.search(query), "href")}${addAttribute(t.searchFor(query ?? ""), "aria-label")} data-pagefind-ignore>${t.notInLibrary}</a></span>` : renderTemplate`<span class="ref ref--plain"${addAttribute(missing ? t.clauseNotFound : void 0, "title")}>${renderSlot($$result, $$slots["default"])}</span>`}`;
}, "/work/wt/shardbuild/src/components/notice/Ref.astro", void 0);
// src/components/notice/References.astro
createAstro("https://zhengwu.example.org");
var $$References = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$References;
	const { notice } = Astro.props;
	const catalog = await getCatalog();
	const clauses = catalog.clausesOf(notice);
	const t = strings.notice;
	return renderTemplate`${notice.references.length > 0 && renderTemplate`${maybeRenderHead($$result)}<section class="notice-section" aria-labelledby="noticeReferences" data-pagefind-ignore><h2 id="noticeReferences">${t.references}</h2><p class="muted">${t.referencesIntro}</p><ol class="reference-list">${notice.references.map((reference) => {
		const { target } = reference;
		const where = reference.in ? clauses.get(reference.in) : void 0;
		const query = reference.documentNumber ?? reference.title ?? reference.raw;
		return renderTemplate`<li><span class="reference-list__kind">${t.referenceKinds[reference.kind]}</span><span class="reference-list__raw">${reference.raw}</span><span class="reference-list__links">${target && target.notice === notice.id && !target.eId ? renderTemplate`<span class="muted">${t.thisNotice}</span>` : target ? renderTemplate`<a${addAttribute(target.notice === notice.id ? `#${target.eId ?? ""}` : urls.notice(target.notice, target.eId ?? void 0), "href")}>${catalog.targetLabel(target)}</a>` : reference.unresolved === "clauseNotFound" ? renderTemplate`<span class="muted">${strings.ref.clauseNotFound}</span>` : renderTemplate`<a${addAttribute(urls.search(query), "href")}${addAttribute(strings.ref.searchFor(query), "aria-label")}>${strings.ref.notInLibrary}</a>`}${reference.alias && renderTemplate`<span class="muted">${t.aliasOf(reference.alias)}</span>`}<span class="reference-list__in">${t.referenceIn}：${where ? renderTemplate`<a${addAttribute(`#${reference.in}`, "href")}>${where.citation}</a>` : t.referenceInHeader}</span></span></li>`;
	})}</ol></section>`}`;
}, "/work/wt/shardbuild/src/components/notice/References.astro", void 0);
// src/components/notice/SourceNotes.astro
createAstro("https://zhengwu.example.org");
var $$SourceNotes = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$SourceNotes;
	const { notice } = Astro.props;
	const noise = notice.components.flatMap((c) => [...c.front, ...c.back]).filter((part) => part.role === "noise");
	const t = strings.notice;
	return renderTemplate`${(noise.length > 0 || notice.problems.length > 0) && renderTemplate`${maybeRenderHead($$result)}<section class="notice-section notice-section--quiet" data-pagefind-ignore>${noise.length > 0 && renderTemplate`<details class="disclosure"><summary>${t.sourceNoise}</summary><p class="muted">${t.sourceNoiseIntro}</p><ul class="source-lines">${noise.map((part) => renderTemplate`<li><span class="source-lines__line">${t.line(part.line)}</span>${part.kind && renderTemplate`<span class="source-lines__kind">${part.kind}</span>`}<span class="source-lines__text">${part.text}</span></li>`)}</ul></details>`}${notice.problems.length > 0 && renderTemplate`<details class="disclosure"><summary>${t.problems(notice.problems.length)}</summary><p class="muted">${t.problemsIntro}</p><ul class="source-lines">${notice.problems.map((problem) => renderTemplate`<li>${problem.line !== null && renderTemplate`<span class="source-lines__line">${t.line(problem.line)}</span>`}<span class="source-lines__kind">${t.severity[problem.severity]}</span><span class="source-lines__text" lang="zh-CN">${problem.message}</span></li>`)}</ul></details>`}</section>`}`;
}, "/work/wt/shardbuild/src/components/notice/SourceNotes.astro", void 0);
// src/lib/jsonld.ts
function legislationJsonLd(notice, url, links) {
	const data = {
		"@context": "https://schema.org",
		"@type": "Legislation",
		name: notice.title,
		inLanguage: notice.lang,
		...url && { url },
		...notice.documentNumber && { legislationIdentifier: notice.documentNumber },
		...notice.signedDate && { legislationDate: notice.signedDate },
		...notice.publishedDate && { datePublished: notice.publishedDate },
		...notice.genre && { legislationType: notice.genre },
		...notice.issuer && { legislationPassedBy: {
			"@type": "GovernmentOrganization",
			name: notice.issuer
		} },
		...notice.region && { legislationJurisdiction: {
			"@type": "AdministrativeArea",
			name: notice.region.name,
			identifier: notice.region.code
		} },
		...links?.isBasedOn.length && {
			isBasedOn: links.isBasedOn,
			legislationApplies: links.isBasedOn
		},
		...links?.citation.length && { citation: links.citation }
	};
	return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
// src/pages/notices/[id].astro
var _id__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Id,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://zhengwu.example.org");
var getStaticPaths = (async () => {
	const { notices } = await getCatalog();
	return notices.filter((notice) => selection.renders(notice.id)).map((notice) => ({
		params: { id: notice.id },
		props: { notice }
	}));
});
var $$Id = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Id;
	const { notice } = Astro.props;
	const catalog = await getCatalog();
	const body = (await getBodies()).get(notice.id);
	if (!body) throw new Error(`No MDX body for notice ${notice.id} (generated/${notice.id}.mdx): run npm run convert`);
	const { Content } = await render(body);
	Astro.locals.notice = noticeContext(catalog, await getComparisons(), notice);
	const date = noticeDate(notice);
	const absolute = (id) => Astro.site ? new URL(urls.notice(id), Astro.site).href : void 0;
	const cited = catalog.relationsFrom(notice.id);
	const pages = (kinds) => [...new Set(cited.filter((r) => kinds.includes(r.kind)).map((r) => absolute(r.to.notice)))].filter((u) => u !== void 0);
	const isBasedOn = pages(["implements", "forwards"]);
	const jsonLd = legislationJsonLd(notice, absolute(notice.id), {
		isBasedOn,
		citation: pages(["cites", "issues"]).filter((u) => !isBasedOn.includes(u))
	});
	const breadcrumbs = [...notice.year !== null ? [{
		label: strings.facets.year,
		href: urls.facet("year")
	}, {
		label: strings.browse.year(notice.year),
		href: urls.facetValue("year", notice.year)
	}] : [], { label: notice.documentNumber ?? notice.title }];
	const t = strings.notice;
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": notice.title,
		"lang": notice.lang,
		"wide": true,
		"description": [
			notice.documentNumber,
			notice.issuer,
			date && formatDate(date)
		].filter(Boolean).join(" · ") || void 0,
		"breadcrumbs": breadcrumbs
	}, {
		"default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<article class="notice" data-pagefind-body${addAttribute(t.copied, "data-copied")}${addAttribute(t.copyFailed, "data-copy-failed")}><header class="notice__head"><h1 data-pagefind-meta="title">${notice.title}</h1><p class="notice__subline" data-pagefind-ignore>${notice.documentNumber && renderTemplate`<span>${notice.documentNumber}</span>`}${notice.issuer && renderTemplate`<span>${notice.issuer}</span>`}${date && renderTemplate`<time${addAttribute(date, "datetime")}>${formatDate(date)}</time>`}</p>${renderComponent($$result, "DocumentPlaces", $$DocumentPlaces, { "notice": notice })}</header>${renderComponent($$result, "NoticeToc", $$NoticeToc, { "notice": notice })}<div class="notice__main">${renderComponent($$result, "MetadataCard", $$MetadataCard, { "notice": notice })}<div class="notice-body">${renderComponent($$result, "Content", Content, { "components": {
			NoticePart: $$NoticePart,
			Meta: $$Meta,
			Paragraph: $$Paragraph,
			Duty: $$Duty,
			Ref: $$Ref,
			InferredHeading: $$InferredHeading,
			h3: $$H3,
			h4: $$H4,
			h5: $$H5,
			h6: $$H6,
			a: $$Link
		} })}</div>${renderComponent($$result, "References", $$References, { "notice": notice })}${renderComponent($$result, "NoticeComparisons", $$NoticeComparisons, {})}${renderComponent($$result, "Lineage", $$Lineage, { "notice": notice })}${renderComponent($$result, "CitedBy", $$CitedBy, { "notice": notice })}${renderComponent($$result, "SourceNotes", $$SourceNotes, { "notice": notice })}</div><p id="copyStatus" class="visually-hidden" role="status" aria-live="polite"></p></article>`,
		"head": ($$result) => renderTemplate`<script type="application/ld+json">${unescapeHTML(jsonLd)}<\/script>`
	})}${renderScript($$result, "/work/wt/shardbuild/src/pages/notices/[id].astro?astro&type=script&index=0&lang.ts")}`;
}, "/work/wt/shardbuild/src/pages/notices/[id].astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/notices/[id].astro";
var $$url = "/notices/[id]/";
// \0virtual:astro:page:src/pages/notices/[id]@_@astro
var page = () => _id__exports;
export { page };
