// generated/ji-zheng-gong-zu-2020-3.mdx?astroPropagatedAssets
async function getMod() {
	return import("./ji-zheng-gong-zu-2020-3_SHjvGQD4.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
