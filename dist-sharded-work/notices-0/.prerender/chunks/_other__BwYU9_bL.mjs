import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as comparisonRecord } from "./export_7kWHxOi8.mjs";
import { t as comparisonPaths } from "./corpus_DOfyTPFu.mjs";
import { t as urls } from "./urls_Cg4MN_lB.mjs";
// src/pages/notices/[id]/compare/[other].json.ts
var _other__json_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = comparisonPaths;
var GET = ({ props }) => new Response(JSON.stringify(comparisonRecord(props.comparison, urls.notice)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
// \0virtual:astro:page:src/pages/notices/[id]/compare/[other].json@_@ts
var page = () => _other__json_exports;
export { page };
