import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { r as getCatalog } from "./corpus_DOfyTPFu.mjs";
import { i as unitPaths } from "./unit-pages_Bev6YeMx.mjs";
import { t as urls } from "./urls_Cg4MN_lB.mjs";
// src/lib/my-unit.ts
function taskSummaries(unit, href) {
	return unit.tasks.map((task) => ({
		citation: task.clause.citation,
		heading: task.clause.clause.heading ?? task.clause.clause.text,
		href: href(task),
		deadline: task.responsibility.deadline,
		deadlineDate: task.responsibility.deadlineDate,
		lead: task.role === "lead",
		notice: task.notice.title
	}));
}
// src/pages/units/[slug]/tasks.json.ts
var tasks_json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = unitPaths;
var GET = async ({ params }) => {
	const unit = (await getCatalog()).units.find((u) => u.slug === params.slug);
	const tasks = taskSummaries(unit, (task) => urls.notice(task.notice.id, task.clause.clause.eId));
	return new Response(JSON.stringify({
		slug: unit.slug,
		name: unit.name,
		tasks
	}), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/units/[slug]/tasks.json@_@ts
var page = () => tasks_json_exports;
export { page };
