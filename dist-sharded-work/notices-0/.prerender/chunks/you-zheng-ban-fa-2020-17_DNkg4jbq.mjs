// generated/you-zheng-ban-fa-2020-17.mdx?astroPropagatedAssets
async function getMod() {
	return import("./you-zheng-ban-fa-2020-17_BgqiiImy.mjs");
}
var defaultMod = {
	__astroPropagation: true,
	getMod,
	collectedLinks: [],
	collectedStyles: [],
	collectedScripts: []
};
export { defaultMod as default };
