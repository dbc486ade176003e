import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as comparisonRecord } from "./export_7kWHxOi8.mjs";
import { i as getComparisons } from "./corpus_DOfyTPFu.mjs";
import { t as urls } from "./urls_Cg4MN_lB.mjs";
// src/pages/alignments.json.ts
var alignments_json_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = async () => {
	const { all } = await getComparisons();
	return new Response(JSON.stringify(all.map((c) => comparisonRecord(c, urls.notice))), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
// \0virtual:astro:page:src/pages/alignments.json@_@ts
var page = () => alignments_json_exports;
export { page };
