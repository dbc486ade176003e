import { S as addAttribute, b as maybeRenderHead, d as renderComponent, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { a as createAstro } from "./Base_B1Cnh1H1.mjs";
import { d as createComponent, t as urls, u as strings } from "./urls_Cg4MN_lB.mjs";
// src/components/RegionTree.astro
createAstro("https://zhengwu.example.org");
var $$RegionTree = createComponent(($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$RegionTree;
	const { nodes, depth = Infinity } = Astro.props;
	return renderTemplate`${maybeRenderHead($$result)}<ul class="region-tree">${nodes.map((node) => renderTemplate`<li><a${addAttribute(urls.region(node.code), "href")}><span class="facet-list__label">${node.name}</span><span class="facet-list__count">${strings.browse.count(node.total)}</span></a>${node.children.length > 0 && depth > 1 && renderTemplate`${renderComponent($$result, "Astro.self", Astro.self, {
		"nodes": node.children,
		"depth": depth - 1
	})}`}</li>`)}</ul>`;
}, "/work/wt/shardbuild/src/components/RegionTree.astro", void 0);
export { $$RegionTree as t };
