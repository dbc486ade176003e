import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { i as unitPaths, r as unitExport } from "./unit-pages_Bev6YeMx.mjs";
// src/pages/units/[slug]/tasks.csv.ts
var tasks_csv_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = unitPaths;
var GET = ({ params, site, url }) => unitExport("csv", params.slug, site ?? url);
// \0virtual:astro:page:src/pages/units/[slug]/tasks.csv@_@ts
var page = () => tasks_csv_exports;
export { page };
