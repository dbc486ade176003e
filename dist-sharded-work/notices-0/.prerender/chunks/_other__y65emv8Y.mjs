import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { a as createAstro, t as $$Base } from "./Base_B1Cnh1H1.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
import { d as documentKey, f as fanOut, t as comparisonPaths, u as changeOf } from "./corpus_DOfyTPFu.mjs";
import fastDiff from "fast-diff";
// src/components/compare/ComparedClause.astro
createAstro("https://zhengwu.example.org");
var $$ComparedClause = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$ComparedClause;
	const { noticeId, clause, pieces, score, note } = Astro.props;
	const t = strings.compare;
	return renderTemplate`${maybeRenderHead($$result)}<div class="compared-clause"${addAttribute(clause.eId, "data-eid")}><p class="compared-clause__head"><a class="compared-clause__link"${addAttribute(urls.notice(noticeId, clause.eId), "href")}>${clause.citation}${!clause.numbered && ` · ${t.unnumbered}`}</a>${score !== void 0 && renderTemplate`<span class="compared-clause__score">${t.score} ${t.scoreValue(score)}</span>`}${note && renderTemplate`<span class="compared-clause__note">${note}</span>`}</p><p class="compared-clause__text">${pieces ? pieces.map((p) => p.shared ? renderTemplate`<mark>${p.text}</mark>` : p.text) : clause.wording}</p></div>`;
}, "/work/wt/shardbuild/src/components/compare/ComparedClause.astro", void 0);
// src/align/wording.ts
/**
* Shared wording of two clauses, for the comparison pages: a character diff of the printed texts (fast-diff, the
* diff-match-patch algorithm: Chinese needs no word boundaries, and at thousands of compared clauses it is about
* three times faster than jsdiff's diffChars), with its semantic cleanup so a highlight is a phrase, not scattered
* characters. A single common character (的, 和) is not shared wording: only runs of two or more count.
*/
var MIN_SHARED = 2;
var OP = {
	[fastDiff.EQUAL]: "same",
	[fastDiff.INSERT]: "added",
	[fastDiff.DELETE]: "removed"
};
/** The diff from the higher (earlier) text to the local (later) one, short common runs counted as changed. */
function diffWording(higher, local) {
	const pieces = [];
	for (const [op, text] of fastDiff(higher, local, void 0, true)) if (OP[op] !== "same" || text.length >= MIN_SHARED) pieces.push({
		text,
		op: OP[op]
	});
	else pieces.push({
		text,
		op: "removed"
	}, {
		text,
		op: "added"
	});
	return pieces.reduce((merged, piece) => {
		const last = merged.at(-1);
		if (last?.op === piece.op) last.text += piece.text;
		else merged.push({ ...piece });
		return merged;
	}, []);
}
/** One side of the diff: the local text ('added' and 'same' pieces) or the higher one ('removed' and 'same'). */
function side(pieces, which) {
	const drop = which === "local" ? "removed" : "added";
	return pieces.filter((p) => p.op !== drop).map((p) => ({
		text: p.text,
		shared: p.op === "same"
	}));
}
// src/pages/notices/[id]/compare/[other].astro
var _other__exports = /* @__PURE__ */ __exportAll({
	default: () => $$Other,
	file: () => $$file,
	getStaticPaths: () => getStaticPaths,
	url: () => $$url
});
createAstro("https://zhengwu.example.org");
var getStaticPaths = comparisonPaths;
var $$Other = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Other;
	const { comparison } = Astro.props;
	const { kind, local, higher, alignment } = comparison;
	const t = strings.compare;
	const higherClause = new Map(higher.clauses.map((c) => [c.eId, c]));
	const localClause = new Map(local.clauses.map((c) => [c.eId, c]));
	const { oneToMany, manyToOne } = fanOut(alignment);
	const linksTo = (eId) => alignment.links.filter((l) => l.higher === eId).length;
	const rows = local.clauses.map((clause) => ({
		clause,
		links: alignment.links.filter((l) => l.local === clause.eId)
	})).filter((row) => row.links.length > 0).map(({ clause, links }) => {
		const higherSide = links.map((link) => {
			const h = higherClause.get(link.higher);
			return {
				clause: h,
				score: link.score,
				diff: diffWording(h.wording, clause.wording)
			};
		});
		const diff = higherSide[0].diff;
		return {
			clause,
			change: kind === "previousYear" ? changeOf(comparison, clause) : null,
			pieces: side(diff, "local"),
			diff,
			higher: higherSide.map((h) => ({
				...h,
				pieces: side(h.diff, "higher")
			}))
		};
	});
	const linked = rows.length;
	const taken = higher.clauses.length - alignment.notTakenUp.length;
	const title = t.title(local.label, higher.label);
	return renderTemplate`${renderComponent($$result, "Base", $$Base, {
		"title": title,
		"wide": true,
		"breadcrumbs": [{
			label: local.label,
			href: urls.notice(local.ref.noticeId)
		}, { label: t.crumb }]
	}, { "default": ($$result) => renderTemplate`${maybeRenderHead($$result)}<article class="compare"${addAttribute(kind, "data-kind")}><h1>${title}</h1><p class="compare__docs"><span class="compare__kind">${t.kinds[kind]}</span><a${addAttribute(urls.notice(local.ref.noticeId), "href")}>${local.title}</a><span aria-hidden="true">↔</span><a${addAttribute(urls.notice(higher.ref.noticeId, higher.ref.part ?? void 0), "href")}>${higher.title}</a></p><p class="compare__informative" role="note">${t.informative}</p><p>${t.summary(linked, local.clauses.length, taken, higher.clauses.length, t.higherName[kind])}</p><p>${t.fanOut(oneToMany.size, manyToOne.size, t.higherName[kind])}</p><p class="compare__data"><a${addAttribute(urls.compareData(local.ref.noticeId, documentKey(higher.ref)), "href")}>${t.json}</a><a${addAttribute(urls.alignmentsData(), "href")}>${t.allJson}</a></p><section class="compare-section" aria-labelledby="comparePairs"><h2 id="comparePairs">${t.pairs}</h2><p class="compare__legend">${t.sharedLegend}${kind === "previousYear" && t.diffLegend}</p><div class="compare-pairs__head" aria-hidden="true"><span>${t.local}</span><span>${t.higher[kind]}</span></div><ol class="compare-pairs">${rows.map((row) => renderTemplate`<li class="compare-pair"${addAttribute(row.clause.eId, "data-local")}><div class="compare-pair__local">${row.change && renderTemplate`<span${addAttribute(`change change--${row.change}`, "class")}>${t.changes[row.change]}</span>`}${oneToMany.has(row.clause.eId) && renderTemplate`<span class="change">${t.oneToMany}</span>`}${renderComponent($$result, "ComparedClause", $$ComparedClause, {
		"noticeId": local.ref.noticeId,
		"clause": row.clause,
		"pieces": row.pieces
	})}</div><div class="compare-pair__higher">${row.higher.map((h) => renderTemplate`${renderComponent($$result, "ComparedClause", $$ComparedClause, {
		"noticeId": higher.ref.noticeId,
		"clause": h.clause,
		"pieces": h.pieces,
		"score": h.score,
		"note": manyToOne.has(h.clause.eId) ? t.manyToOne(linksTo(h.clause.eId)) : void 0
	})}`)}</div>${row.change === "reworded" && renderTemplate`<p class="compare-diff">${row.diff.map((p) => p.op === "added" ? renderTemplate`<ins>${p.text}</ins>` : p.op === "removed" ? renderTemplate`<del>${p.text}</del>` : p.text)}</p>`}</li>`)}</ol></section>${[{
		id: "NotTakenUp",
		heading: t.notTakenUp[kind],
		eIds: alignment.notTakenUp,
		side: higher,
		clauses: higherClause
	}, {
		id: "LocalAdditions",
		heading: t.localAdditions[kind],
		eIds: alignment.localAdditions,
		side: local,
		clauses: localClause
	}].map(({ id, heading, eIds, side, clauses }) => renderTemplate`<section class="compare-section"${addAttribute(`compare${id}`, "aria-labelledby")}><h2${addAttribute(`compare${id}`, "id")}>${heading}</h2>${eIds.length === 0 && renderTemplate`<p>${t.none}</p>`}<ul class="compare-list"${addAttribute(id[0].toLowerCase() + id.slice(1), "id")}>${eIds.map((eId) => renderTemplate`<li>${renderComponent($$result, "ComparedClause", $$ComparedClause, {
		"noticeId": side.ref.noticeId,
		"clause": clauses.get(eId)
	})}</li>`)}</ul></section>`)}</article>` })}`;
}, "/work/wt/shardbuild/src/pages/notices/[id]/compare/[other].astro", void 0);
var $$file = "/work/wt/shardbuild/src/pages/notices/[id]/compare/[other].astro";
var $$url = "/notices/[id]/compare/[other]/";
// \0virtual:astro:page:src/pages/notices/[id]/compare/[other]@_@astro
var page = () => _other__exports;
export { page };
