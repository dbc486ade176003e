import { X as AstroError, _ as InvalidComponentArgs } from "./errors-data_BcHvQj58.mjs";
// ../../main/node_modules/astro/dist/runtime/server/astro-component.js
function validateArgs(args) {
	if (args.length !== 3) return false;
	if (!args[0] || typeof args[0] !== "object") return false;
	return true;
}
function baseCreateComponent(cb, moduleId, propagation) {
	const name = moduleId?.split("/").pop()?.replace(".astro", "") ?? "";
	const fn = (...args) => {
		if (!validateArgs(args)) throw new AstroError({
			...InvalidComponentArgs,
			message: InvalidComponentArgs.message(name)
		});
		return cb(...args);
	};
	Object.defineProperty(fn, "name", {
		value: name,
		writable: false
	});
	fn.isAstroComponentFactory = true;
	fn.moduleId = moduleId;
	fn.propagation = propagation;
	return fn;
}
function createComponentWithOptions(opts) {
	return baseCreateComponent(opts.factory, opts.moduleId, opts.propagation);
}
function createComponent(arg1, moduleId, propagation) {
	if (typeof arg1 === "function") return baseCreateComponent(arg1, moduleId, propagation);
	else return createComponentWithOptions(arg1);
}
// src/i18n/strings.ts
var strings = {
	site: {
		name: "政务公开条款库",
		tagline: "政务公开工作要点、实施方案与转发通知，按条款检索与引用",
		description: "政务公开条款库把各级政府的政务公开工作要点、实施方案和转发通知整理为可逐条链接、引用和检索的页面，并汇总牵头单位、责任单位与完成时限。"
	},
	a11y: {
		skipToContent: "跳到正文",
		breadcrumb: "位置",
		mainNav: "主导航"
	},
	nav: {
		browse: "浏览",
		units: "责任单位",
		deadlines: "完成时限",
		search: "搜索"
	},
	/** Facet names (src/lib/facets.ts): the navigation, browse pages and search filters share them. */
	facets: {
		year: "年份",
		region: "地区",
		level: "层级",
		issuer: "发文机关",
		unit: "责任单位",
		genre: "文种"
	},
	searchBox: {
		label: "搜索条款",
		placeholder: "搜索条款、发文字号、单位…",
		submit: "搜索"
	},
	footer: {
		about: "本站内容由公开发布的政府文件转换而来，以原发布机关的正式文本为准。",
		feed: "订阅更新（RSS）",
		sitemap: "站点地图"
	},
	home: {
		title: "政务公开条款库",
		stats: {
			notices: "件文件",
			clauses: "个编号条款",
			duties: "条责任分工",
			units: "个责任单位"
		},
		byYear: "按年份",
		byLevel: "按层级",
		byRegion: "按地区",
		newest: "最新收录",
		unitsTeaser: "按单位查看牵头和负责的任务及完成时限"
	},
	browse: {
		years: "按年份浏览",
		year: (year) => `${year}年`,
		regions: "按地区浏览",
		regionsIntro: "按省、市、县三级行政区划（GB/T 2260 代码）归类。",
		levels: "按层级浏览",
		issuers: "按发文机关浏览",
		genres: "按文种浏览",
		noRegion: "未标注地区",
		subRegions: "下级地区",
		includingSubRegions: "含下级地区的文件",
		count: (n) => `${n} 件`,
		empty: "暂无文件。",
		regionCode: (code) => `区划代码 ${code}`
	},
	levels: {
		national: "国家级",
		province: "省级",
		city: "市级",
		county: "县级",
		district: "区级",
		township: "乡镇级"
	},
	units: {
		title: "责任单位",
		intro: "从文件的责任分工说明中整理出的牵头单位与责任单位，按地区归并：同一地区同一部门的不同写法（带不带地区前缀、全称简称、繁简体）算一个单位。点击单位查看它的全部任务及完成情况。",
		unitTitle: (name) => `${name}：牵头和负责的条款`,
		summary: (lead, responsible) => `牵头 ${lead} 项，负责 ${responsible} 项。`,
		tasks: (n) => `${n} 项`,
		columns: {
			status: "状态",
			deadline: "完成时限",
			clause: "条款",
			role: "角色",
			others: "其他单位",
			notice: "文件"
		},
		role: {
			lead: "牵头",
			unit: "责任"
		},
		/** A task the unit has because a collective addressee (县直各单位) takes it in. */
		via: (collective) => `含于“${collective}”`,
		noDeadline: "未注明",
		named: "单位",
		collective: "统称（各单位、各乡镇等）",
		collectiveNote: "统称不指某一个部门；其下各部门的页面也列出这些任务，并注明“含于……”。",
		aliases: "原文写法",
		region: "地区",
		noRegion: (title) => `未标注地区：${title}`,
		filter: "筛选单位",
		filterPlaceholder: "输入单位名称、简称或地区",
		filterYear: "年份",
		filterStatus: "状态",
		filterRegion: "地区",
		filterUnit: "单位",
		all: "全部",
		shown: (shown, total) => `显示 ${shown} / ${total} 项`,
		status: {
			overdue: "已逾期",
			dueSoon: "30 天内到期",
			upcoming: "未到期",
			ongoing: "长期",
			undated: "无时限"
		},
		exports: "导出",
		csv: "表格（CSV）",
		filteredCsv: "下载筛选结果（CSV）",
		filteredCsvFile: (name) => `${name}-筛选结果.csv`,
		ics: "日历（ICS）",
		rss: "订阅（RSS）",
		feedTitle: (name) => `${name}的任务`,
		csvHeader: [
			"单位",
			"地区",
			"角色",
			"含于",
			"条款",
			"条款内容",
			"其他单位",
			"完成时限（原文）",
			"完成日期",
			"文件",
			"发文字号",
			"年份",
			"链接"
		],
		eventTitle: (citation, heading) => `【到期】${citation} ${heading}`,
		pin: "设为我的单位",
		unpin: "取消我的单位",
		pinned: "已设为我的单位：首页将先列出它的逾期和即将到期任务。"
	},
	myUnit: {
		title: (name) => `我的单位：${name}`,
		none: "该单位暂无逾期或有具体日期的未到期任务。",
		more: "查看全部任务",
		failed: "未能载入我的单位的任务。"
	},
	deadlines: {
		title: "完成时限",
		intro: "各文件中有具体完成日期的任务，按到期月份分页。状态按您浏览器的当天日期计算。",
		monthTitle: (ym) => `${Number(ym.slice(0, 4))}年${Number(ym.slice(5, 7))}月到期的任务`,
		month: (ym) => `${Number(ym.slice(0, 4))}年${Number(ym.slice(5, 7))}月`
	},
	list: {
		documentNumber: "发文字号",
		issuer: "发文机关",
		date: "日期",
		noNumber: "无发文字号"
	},
	notice: {
		metadata: "文件信息",
		documentNumber: "发文字号",
		issuer: "发文机关",
		signedDate: "成文日期",
		publishedDate: "发布日期",
		printedDate: "印发日期",
		addressees: "主送",
		notes: "附注",
		cc: "抄送",
		region: "地区",
		level: "层级",
		genre: "文种",
		source: "来源文件",
		encoding: (encoding, format) => ({
			text: `编码 ${encoding}`,
			html: `编码 ${encoding}，网页，按浏览器显示的文字转换`,
			docx: "Word 文档，按其文字转换",
			pdf: "PDF 文件，按其文字转换（页码单列）"
		})[format],
		toc: "目录",
		partLetter: "通知",
		partText: "正文",
		forwarded: (n) => `附件${n} · 被转发文件`,
		attachment: (n) => `附件${n}`,
		inferredHeading: "（原文缺此标题）",
		permalink: "本条链接",
		copyLink: "复制链接",
		copyCitation: "复制引用",
		copied: "已复制",
		copyFailed: "复制失败，请手动复制",
		paragraphLink: "本段链接",
		duty: {
			lead: "牵头",
			unit: "责任",
			deadline: "时限",
			ongoing: "长期"
		},
		references: "引用的文件",
		referencesIntro: "正文中引用的文件和条款。本库收录的可直接打开，未收录的可在本库搜索引用它的条款。",
		referenceIn: "出处",
		referenceInHeader: "文头或版记",
		referenceKinds: {
			document: "文件",
			decree: "法规",
			title: "书名",
			alias: "简称",
			clause: "条款"
		},
		aliasOf: (alias) => `简称《${alias}》`,
		thisNotice: "即本文件",
		foundIn: "本文件收于：",
		alsoIn: "另见于：",
		printedIn: (file, attachment) => attachment ? `${file} 附件${attachment}` : file,
		ownPage: "单独页面",
		citedBy: "被引用",
		citedByIntro: "本库中印发、转发、贯彻或引用本文件的条款，按所引的部分列出。",
		citedWhole: "本文件",
		lineage: "沿革",
		lineageIntro: "本文件贯彻、转发的上级文件，以及贯彻、转发本文件的文件（本库所收）。",
		lineageUp: "上承",
		lineageDown: "下启",
		lineageGraph: "沿革图：上级文件在上，贯彻、转发本文件的文件在下",
		citedByRelation: {
			issues: "印发",
			forwards: "转发",
			implements: "贯彻、依据",
			cites: "引用"
		},
		citedCount: (n) => `被引用 ${n}`,
		sourceNoise: "来源网页杂项",
		sourceNoiseIntro: "抓取来源网页时混入的栏目、面包屑等文字，按原样保留，不属于正文。",
		problems: (n) => `转换提示（${n}）`,
		problemsIntro: "转换时发现的问题，供核对原文参考。",
		line: (line) => `第 ${line} 行`,
		severity: {
			error: "错误",
			warning: "注意"
		}
	},
	/** A citation in the text (src/components/notice/Ref.astro). */
	ref: {
		notInLibrary: "本库未收录",
		searchFor: (query) => `本库未收录：在本库搜索“${query}”`,
		laterThanCiting: "本库只收有此文号的后来文件，不可能是本文件的依据",
		clauseNotFound: "本库未找到所指条款",
		relation: {
			issues: "印发的文件",
			forwards: "转发的文件",
			implements: "贯彻、依据的文件",
			cites: "引用的文件"
		}
	},
	moved: {
		title: (title) => `已移至：${title}`,
		body: "本文件的网址已更改，正在转到新网址："
	},
	/** Clause comparisons (src/pages/notices/[id]/compare/, the notes under clauses on notice pages). */
	compare: {
		title: (local, higher) => `条款对照：${local} 与 ${higher}`,
		crumb: "条款对照",
		kinds: {
			implements: "落实上级文件",
			previousYear: "与上一年度比较"
		},
		informative: "本对照由程序按两份文件的用字（字符二元组、引号内的词语和书名、条款位置）自动计算，仅供查阅参考，不是对是否落实到位的判断。",
		local: "本文件条款",
		higher: {
			implements: "上级文件条款",
			previousYear: "上一年度条款"
		},
		score: "相似度",
		scoreValue: (score) => `${Math.round(score * 100)}%`,
		summary: (linked, clauses, taken, higher, higherName) => `本文件 ${clauses} 条（含不编号的段落）中 ${linked} 条有对应；${higherName} ${higher} 条中 ${taken} 条被对应。`,
		higherName: {
			implements: "上级文件",
			previousYear: "上一年度文件"
		},
		fanOut: (oneToMany, manyToOne, higherName) => `一条对多条：${oneToMany} 处（本文件一条对应${higherName}多条）；多条对一条：${manyToOne} 处（本文件多条对应${higherName}同一条）。`,
		oneToMany: "一对多",
		manyToOne: (n) => `本文件另有 ${n - 1} 条对应此条`,
		pairs: "对应的条款",
		sharedLegend: "底色标出两条共有的字句。",
		diffLegend: "删除线为上一年度有、本年度删去的字句，下划线为本年度新增的字句。",
		notTakenUp: {
			implements: "上级文件中没有条款对应的内容",
			previousYear: "上一年度有、本年度删去的条款"
		},
		localAdditions: {
			implements: "本文件新增的条款（上级文件无对应）",
			previousYear: "本年度新增的条款"
		},
		none: "无。",
		changes: {
			carried: "沿用",
			reworded: "改写",
			new: "新增",
			dropped: "删去"
		},
		json: "下载本对照的数据（JSON）",
		allJson: "全部对照（JSON）",
		implementing: "落实",
		implementedBy: "下级落实：",
		comparisons: "条款对照",
		comparisonsIntro: "与相关文件逐条对照（自动计算，仅供参考）。",
		withHigher: (label) => `与所落实的 ${label} 对照`,
		withLower: (label) => `${label} 落实本文件的情况`,
		previousYear: (label) => `上一年度：${label}`,
		nextYear: (label) => `下一年度：${label}`,
		unnumbered: "段"
	},
	notFound: {
		title: "页面不存在",
		body: "您访问的页面不存在或已移动。可以回到首页，或用搜索查找条款。",
		home: "返回首页"
	},
	date: { unknown: "日期不详" },
	/** The offline page (src/pages/offline.astro, src/offline/offline-page.ts), also shown for a page not saved offline. */
	offline: {
		title: "离线阅读",
		notSaved: "此页面没有离线副本",
		requested: (url) => `无法打开 ${url}：网络不可用，本机也没有保存这个页面。`,
		intro: (budgetMb, pages) => `联网打开本站一次后，搜索索引和最新的文件（共 ${budgetMb} MB 以内）会自动保存到本机；之后联网阅读过的页面也会保存（最多 ${pages} 页）。断网时，下列文件和搜索照常可用。`,
		backToResults: "返回搜索结果",
		search: "离线搜索条款",
		saved: "本机已保存的文件",
		checking: "正在查看本机保存的文件…",
		count: (n) => `共 ${n} 件，可离线阅读。`,
		none: "本机还没有保存文件：联网打开本站一次后，最新的文件会自动保存。",
		unavailable: "此浏览器不能离线保存本站（需要 HTTPS 和 Service Worker）。",
		noScript: "查看已保存的文件需要启用 JavaScript。"
	},
	search: {
		title: "搜索条款",
		intro: "按原文逐字查找条款，不区分标点、全角半角和繁简体：营商环境 也能找到 營商環境。",
		label: "搜索词",
		placeholder: "词语、发文字号或单位，如 营商环境",
		submit: "搜索",
		filters: "筛选和排序",
		any: "全部",
		sort: "排序",
		sorts: {
			relevance: "相关度",
			date: "日期（新到旧）"
		},
		results: "搜索结果",
		searching: "正在搜索…",
		count: (n) => `共 ${n} 条`,
		countSoFar: (n) => `已找到 ${n} 条，继续查找…`,
		empty: (q) => `未找到包含「${q}」的条款`,
		more: (shown, total, complete) => `显示更多（已显示 ${shown} / ${complete ? "" : "已找到 "}${total}）`,
		unavailable: "搜索索引无法加载：请先运行 npm run build，或稍后重试。",
		noScript: "搜索需要启用 JavaScript。"
	}
};
// src/model/levels.ts
/**
* Administrative levels, highest first. Apart from the zod schema (notice.ts), so browser code can order and name
* levels without loading zod (whose eval probe a strict Content-Security-Policy reports).
*/
var LEVELS = [
	"national",
	"province",
	"city",
	"county",
	"district",
	"township"
];
// src/model/documents.ts
/** The document a component or clause belongs to inside its file: '' for the file's own, 'att_1'… for one it forwards. */
function documentGroup(eId) {
	return /^att_\d+/.exec(eId)?.[0] ?? "";
}
/** Whether a part or clause of a file is printed there as a copy of a document with a page of its own. */
function isCarried(notice, eId) {
	const group = documentGroup(eId);
	return group !== "" && notice.carries.some((part) => documentGroup(part.eId) === group);
}
/** An eId of a file's part as its own document names it: att_1__sec_2 → sec_2 (the part's own anchor is the group). */
function eIdInDocument(eId) {
	const group = documentGroup(eId);
	return group && eId.startsWith(`${group}__`) ? eId.slice(group.length + 2) : eId;
}
/** The components that are the file's own reading: those of documents with a page of their own left out. */
function ownComponents(notice) {
	return notice.components.filter((component) => !isCarried(notice, component.eId));
}
// src/lib/facet-keys.ts
/**
* The facets' keys, in the order the search form and the navigation show them. Apart from the registry
* (src/lib/facets.ts) so the browser's search code can import them without the registry's build-time dependencies.
*/
var FACET_KEYS = [
	"year",
	"region",
	"level",
	"issuer",
	"unit",
	"genre"
];
// src/lib/facets.ts
/**
* The facets of the library, one registry: what each is called, in which order its values come, how a value is
* labelled and linked, and how it is read from a notice. The browse pages (src/pages/[facet]/, regions, units) and
* the search filters (src/search/records.ts, Search.astro) both read from here, so the two cannot disagree.
*
* A facet is read per search record — a clause or a component head of a notice — so that a forwarded document keeps
* its own issuer and 文种 (国务院办公厅's 要点 inside a 广东 通知). A notice is browsed under every value any of its
* records carries.
*/
var FACETS = {
	year: {
		name: strings.facets.year,
		browseTitle: strings.browse.years,
		page: "list",
		segment: "years",
		of: ({ notice }) => [notice.year === null ? null : String(notice.year)],
		label: (value) => strings.browse.year(value),
		order: (a, b) => Number(b) - Number(a),
		slug: "value"
	},
	region: {
		name: strings.facets.region,
		browseTitle: strings.browse.regions,
		page: "regions",
		segment: "regions",
		of: ({ notice }) => [notice.region?.province, notice.region?.name],
		label: (value) => value,
		order: "count",
		slug: "value"
	},
	level: {
		name: strings.facets.level,
		browseTitle: strings.browse.levels,
		page: "list",
		segment: "levels",
		of: ({ notice }) => [notice.level],
		label: (value) => strings.levels[value],
		order: (a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b),
		slug: "value"
	},
	issuer: {
		name: strings.facets.issuer,
		browseTitle: strings.browse.issuers,
		page: "list",
		segment: "issuers",
		of: ({ notice, component }) => [notice.issuer, component?.issuer],
		label: (value) => value,
		order: "count",
		slug: "pinyin"
	},
	unit: {
		name: strings.facets.unit,
		browseTitle: strings.units.title,
		page: "units",
		segment: "units",
		of: ({ clause }) => clause?.notes.flatMap((note) => [...note.lead, ...note.units]) ?? [],
		label: (value) => value,
		order: "count",
		slug: "pinyin"
	},
	genre: {
		name: strings.facets.genre,
		browseTitle: strings.browse.genres,
		page: "list",
		segment: "genres",
		of: ({ notice, component }) => [notice.genre, component?.genre],
		label: (value) => value,
		order: "count",
		slug: "pinyin"
	}
};
/** The facets browsed as lists of values, all on one route (src/pages/[facet]/). */
var LIST_FACETS = FACET_KEYS.filter((key) => FACETS[key].page === "list");
/** Distinct non-empty values of a record. */
function valuesOf(key, source) {
	return [...new Set(FACETS[key].of(source).filter((v) => typeof v === "string" && v.length > 0))];
}
/**
* Distinct values of a notice: of it and its component heads (clause-level facets such as units are not browsed this
* way). A forwarded document with a page of its own is browsed there, not under the file that forwards it.
*/
function noticeValues(key, notice) {
	const components = [null, ...ownComponents(notice)];
	return [...new Set(components.flatMap((component) => valuesOf(key, {
		notice,
		component,
		clause: null
	})))];
}
/** Sorts facet values by the facet's order ('count' needs the counts). */
function sortValues(key, values) {
	const { order } = FACETS[key];
	const byValue = (a, b) => a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
	return [...values].sort(order === "count" ? (a, b) => b.count - a.count || byValue(a, b) : (a, b) => order(a.value, b.value));
}
// src/lib/urls.ts
function makeUrls(base) {
	const root = base.endsWith("/") ? base : `${base}/`;
	const path = (p) => root + p.replace(/^\/+/, "");
	const page = (...segments) => path(segments.map((s) => `${encodeURIComponent(String(s))}/`).join(""));
	return {
		path,
		home: () => root,
		notice: (id, eId) => page("notices", id) + (eId ? `#${eId}` : ""),
		/** A notice compared clause by clause with another document (its key: src/align/compare.ts documentKey). */
		compare: (id, otherKey) => page("notices", id, "compare", otherKey),
		compareData: (id, otherKey) => path(`notices/${encodeURIComponent(id)}/compare/${encodeURIComponent(otherKey)}.json`),
		alignmentsData: () => path("alignments.json"),
		/** A facet's browse index (/years/, /regions/, /units/ …). */
		facet: (key) => page(FACETS[key].segment),
		/** A facet value's page: a year or a level itself, a region's code, a name's slug (/years/2020/, /issuers/<slug>/). */
		facetValue: (key, slug) => page(FACETS[key].segment, slug),
		region: (code) => page(FACETS.region.segment, code),
		unit: (slug) => page(FACETS.unit.segment, slug),
		/** A unit's exports: tasks.csv, tasks.ics, rss.xml, and tasks.json for the home page's pinned unit. */
		unitFile: (slug, file) => page(FACETS.unit.segment, slug) + file,
		/** The deadline view: its index of months, or one month's dated tasks (/deadlines/2020-11/). */
		deadlines: (month) => month ? page("deadlines", month) : page("deadlines"),
		/** The deadline view's exports: every dated task, or one month's. */
		deadlinesFile: (file, month) => (month ? page("deadlines", month) : page("deadlines")) + file,
		search: (q) => page("search") + (q ? `?q=${encodeURIComponent(q)}` : ""),
		rss: () => path("rss.xml"),
		sitemap: () => path("sitemap-index.xml")
	};
}
var urls = makeUrls("/");
export { sortValues as a, eIdInDocument as c, createComponent as d, noticeValues as i, isCarried as l, FACETS as n, FACET_KEYS as o, LIST_FACETS as r, documentGroup as s, urls as t, strings as u };
