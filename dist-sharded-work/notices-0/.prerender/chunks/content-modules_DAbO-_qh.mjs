// .astro/content-modules.mjs
var content_modules_default = /* @__PURE__ */ new Map([["generated/ji-zheng-gong-zu-2020-3.mdx", () => import("./ji-zheng-gong-zu-2020-3_d79tvY7q.mjs")], ["generated/you-zheng-ban-fa-2020-17.mdx", () => import("./you-zheng-ban-fa-2020-17_DNkg4jbq.mjs")]]);
export { content_modules_default as default };
