import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { n as monthPaths, t as deadlinesExport } from "./unit-pages_Bev6YeMx.mjs";
// src/pages/deadlines/[month]/tasks.csv.ts
var tasks_csv_exports = /* @__PURE__ */ __exportAll({
	GET: () => GET,
	getStaticPaths: () => getStaticPaths
});
var getStaticPaths = monthPaths;
var GET = ({ params, site, url }) => deadlinesExport("csv", site ?? url, params.month);
// \0virtual:astro:page:src/pages/deadlines/[month]/tasks.csv@_@ts
var page = () => tasks_csv_exports;
export { page };
