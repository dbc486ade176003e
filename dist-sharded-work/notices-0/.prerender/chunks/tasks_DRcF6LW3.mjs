import { t as __exportAll } from "./rolldown-runtime_D8jQpDG7.mjs";
import { t as deadlinesExport } from "./unit-pages_Bev6YeMx.mjs";
// src/pages/deadlines/tasks.ics.ts
var tasks_ics_exports = /* @__PURE__ */ __exportAll({ GET: () => GET });
var GET = ({ site, url }) => deadlinesExport("ics", site ?? url);
// \0virtual:astro:page:src/pages/deadlines/tasks.ics@_@ts
var page = () => tasks_ics_exports;
export { page };
