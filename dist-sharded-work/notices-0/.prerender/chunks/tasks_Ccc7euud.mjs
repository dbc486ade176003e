import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as deadlinesExport } from "./unit-pages_Bev6YeMx.mjs";
// src/pages/deadlines/tasks.csv.ts
var tasks_csv_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = ({ site, url }) => deadlinesExport("csv", site ?? url);
// \0virtual:astro:page:src/pages/deadlines/tasks.csv@_@ts
var page = () => tasks_csv_exports;
export { page };
