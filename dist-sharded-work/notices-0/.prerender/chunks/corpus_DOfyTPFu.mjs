import { t as createConsoleLogger } from "./console_DVJyg7po.mjs";
import { A as unescapeHTML, D as createHeadAndContent, U as generateCspDigest, a as renderScriptElement, d as renderComponent, i as spreadAttributes, o as renderUniqueStylesheet, y as renderTemplate } from "./jsx-runtime_BjlkpL56.mjs";
import { c as isRemotePath, d as removeBase, u as prependForwardSlash } from "./path_BRkLu211.mjs";
import { B as RenderUndefinedEntryError, K as UnknownContentCollectionError, X as AstroError } from "./errors-data_BcHvQj58.mjs";
import { a as sortValues, c as eIdInDocument, d as createComponent, i as noticeValues, l as isCarried, n as FACETS, r as LIST_FACETS, s as documentGroup } from "./urls_Cg4MN_lB.mjs";
import * as z from "zod/v4";
import { escape } from "html-escaper";
import * as devalue from "devalue";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
// ../../main/node_modules/astro/dist/core/render-scope/scope.js
var SCOPE_KEY = /* @__PURE__ */ Symbol.for("astro:render-scope");
function getInstalledRenderScope() {
	return globalThis[SCOPE_KEY];
}
// ../../main/node_modules/astro/dist/core/render-scope/record.js
function recordContentEntryRender(filePath) {
	if (!filePath) return;
	getInstalledRenderScope()?.getStore()?.contentEntries?.add(filePath);
}
// \0virtual:astro:logger
var level = "info";
// ../../main/node_modules/astro/dist/assets/consts.js
var VALID_INPUT_FORMATS = [
	"jpeg",
	"jpg",
	"png",
	"apng",
	"tiff",
	"webp",
	"gif",
	"svg",
	"avif"
];
var VALID_SUPPORTED_FORMATS = [
	"jpeg",
	"jpg",
	"png",
	"tiff",
	"webp",
	"gif",
	"svg",
	"avif"
];
var DEFAULT_OUTPUT_FORMAT = "webp";
var DEFAULT_HASH_PROPS = [
	"src",
	"width",
	"height",
	"format",
	"quality",
	"fit",
	"position",
	"background"
];
// src/lib/format.ts
/** '2020-08-12' → '2020年8月12日'. */
function formatDate(iso) {
	const [year, month, day] = iso.split("-").map(Number);
	return `${year}年${month}月${day}日`;
}
/** The date a notice is listed and sorted by: 成文日期, else the portal 发布日期, else 印发日期. */
function noticeDate(notice) {
	return notice.signedDate ?? notice.publishedDate ?? notice.printedDate;
}
/** Newest first; notices without any date last; ties by id so builds are reproducible. */
function compareNewestFirst(a, b) {
	const da = noticeDate(a) ?? "";
	const db = noticeDate(b) ?? "";
	if (da !== db) return da < db ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/** Deadlines ascending, 'ongoing' after every date, unknown last. */
function compareDeadlines(a, b) {
	const rank = (d) => d === null ? "~2" : d === "ongoing" ? "~1" : d;
	const ra = rank(a);
	const rb = rank(b);
	return ra < rb ? -1 : ra > rb ? 1 : 0;
}
/** A one-line preview of clause text: cut at `max` characters (code points, so no half surrogate pairs). */
function truncate(text, max) {
	const chars = [...text];
	return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}
// ../../main/node_modules/astro/dist/assets/runtime.js
function createSvgComponent({ meta, attributes, children, styles }) {
	const hasStyles = styles.length > 0;
	const Component = createComponent({
		async factory(result, props) {
			const normalizedProps = normalizeProps(attributes, props);
			if (hasStyles && result.cspDestination) for (const style of styles) {
				const hash = await generateCspDigest(style, result.cspAlgorithm);
				result._metadata.extraStyleHashes.push(hash);
			}
			return renderTemplate`<svg${spreadAttributes(normalizedProps)}>${unescapeHTML(children)}</svg>`;
		},
		propagation: hasStyles ? "self" : "none"
	});
	makeNonEnumerable(Component);
	Object.defineProperty(Component, /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom"), { value: (_, opts, inspect) => inspect(meta, opts) });
	Object.defineProperty(Component, "toJSON", {
		value: () => meta,
		enumerable: false
	});
	return Object.assign(Component, meta);
}
var ATTRS_TO_DROP = [
	"xmlns",
	"xmlns:xlink",
	"version"
];
var DEFAULT_ATTRS = {};
function dropAttributes(attributes) {
	for (const attr of ATTRS_TO_DROP) delete attributes[attr];
	return attributes;
}
function normalizeProps(attributes, props) {
	return dropAttributes({
		...DEFAULT_ATTRS,
		...attributes,
		...props
	});
}
function makeNonEnumerable(object) {
	for (const property in object) Object.defineProperty(object, property, { enumerable: false });
}
// ../../main/node_modules/astro/dist/content/consts.js
var CONTENT_IMAGE_FLAG = "astroContentImageFlag";
var IMAGE_IMPORT_PREFIX = "__ASTRO_IMAGE_";
// ../../main/node_modules/astro/dist/assets/utils/resolveImports.js
function imageSrcToImportId(imageSrc, filePath) {
	imageSrc = removeBase(imageSrc, IMAGE_IMPORT_PREFIX);
	if (isRemotePath(imageSrc)) return;
	const ext = imageSrc.split(".").at(-1)?.toLowerCase();
	if (!ext || !VALID_INPUT_FORMATS.includes(ext)) return;
	const params = new URLSearchParams(CONTENT_IMAGE_FLAG);
	if (filePath) params.set("importer", filePath);
	return `${imageSrc}?${params.toString()}`;
}
// ../../main/node_modules/astro/dist/content/data-store-source.js
var InMemorySource = class {
	#store;
	constructor(store) {
		this.#store = store;
	}
	hasCollection(collection) {
		return this.#store.hasCollection(collection);
	}
	get(collection, key) {
		return this.#store.get(collection, key);
	}
	entries(collection) {
		return this.#store.entries(collection);
	}
	values(collection) {
		return this.#store.values(collection);
	}
	keys(collection) {
		return this.#store.keys(collection);
	}
	has(collection, key) {
		return this.#store.has(collection, key);
	}
	collections() {
		return this.#store.collections();
	}
};
// ../../main/node_modules/astro/dist/content/data-store.js
var ChunkedCollectionParser = class {
	#entries = /* @__PURE__ */ new Map();
	#remainder = "";
	add(part) {
		const records = (this.#remainder + part).split("\n");
		this.#remainder = records.pop();
		for (const record of records) {
			const parsed = devalue.parse(record);
			if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string") throw new Error("Invalid chunked data store entry");
			this.#entries.set(parsed[0], parsed[1]);
		}
	}
	finish() {
		if (this.#remainder) throw new Error("Invalid chunked data store entry");
		return this.#entries;
	}
};
var ImmutableDataStore = class ImmutableDataStore {
	_collections = /* @__PURE__ */ new Map();
	constructor() {
		this._collections = /* @__PURE__ */ new Map();
	}
	get(collectionName, key) {
		return this._collections.get(collectionName)?.get(String(key));
	}
	entries(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).entries()];
	}
	values(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).values()];
	}
	keys(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).keys()];
	}
	has(collectionName, key) {
		const collection = this._collections.get(collectionName);
		if (collection) return collection.has(String(key));
		return false;
	}
	hasCollection(collectionName) {
		return this._collections.has(collectionName);
	}
	collections() {
		return this._collections;
	}
	/**
	* Rebuilds a collections map from a chunked-store manifest whose part file
	* names have already been swapped for their contents.
	*
	* Each collection maps to a list of parts. A part is either a raw string
	* (when the store is loaded from disk) or an ESM namespace from a virtual
	* chunk import (`{ default: string }`, when emitted at runtime). Each part
	* contains independently serialized entry records. This is the inverse of
	* {@link import('./data-store-writer.js').ChunkedWriter} and stays free of
	* Node built-ins so it can run at runtime.
	*/
	static manifestToMap(manifest) {
		const collections = /* @__PURE__ */ new Map();
		for (const [collectionName, parts] of Object.entries(manifest)) {
			const parser = new ChunkedCollectionParser();
			for (const part of parts) parser.add(typeof part === "string" ? part : part.default);
			collections.set(collectionName, parser.finish());
		}
		return collections;
	}
	/**
	* Attempts to load a DataStore from the virtual module.
	* This only works in Vite.
	*/
	static async fromModule() {
		try {
			const data = await import("./_astro_data-layer-content_CofB6iTK.mjs");
			if (data.default instanceof Map) return ImmutableDataStore.fromMap(data.default);
			if (Array.isArray(data.default)) {
				const map2 = devalue.unflatten(data.default);
				return ImmutableDataStore.fromMap(map2);
			}
			const map = ImmutableDataStore.manifestToMap(data.default);
			return ImmutableDataStore.fromMap(map);
		} catch {}
		return new ImmutableDataStore();
	}
	static async fromMap(data) {
		const store = new ImmutableDataStore();
		store._collections = data;
		return store;
	}
};
function dataStoreSingleton() {
	let instance = void 0;
	return {
		get: async () => {
			if (!instance) instance = ImmutableDataStore.fromModule().then((store) => new InMemorySource(store));
			return instance;
		},
		set: (store) => {
			instance = new InMemorySource(store);
		}
	};
}
var globalDataStore = dataStoreSingleton();
// ../../main/node_modules/astro/dist/content/loaders/errors.js
function formatZodError(error) {
	return error.issues.map((issue) => `  **${issue.path.join(".")}**: ${issue.message}`);
}
var LiveCollectionError = class LiveCollectionError extends Error {
	collection;
	message;
	cause;
	constructor(collection, message, cause) {
		super(message);
		this.collection = collection;
		this.message = message;
		this.cause = cause;
		this.name = "LiveCollectionError";
		if (cause?.stack) this.stack = cause.stack;
	}
	static is(error) {
		return error instanceof LiveCollectionError;
	}
};
var LiveEntryNotFoundError = class extends LiveCollectionError {
	constructor(collection, entryFilter) {
		super(collection, `Entry ${collection} \u2192 ${typeof entryFilter === "string" ? entryFilter : JSON.stringify(entryFilter)} was not found.`);
		this.name = "LiveEntryNotFoundError";
	}
	static is(error) {
		return error?.name === "LiveEntryNotFoundError";
	}
};
var LiveCollectionValidationError = class extends LiveCollectionError {
	constructor(collection, entryId, error) {
		super(collection, [
			`**${collection} \u2192 ${entryId}** data does not match the collection schema.
`,
			...formatZodError(error),
			""
		].join("\n"));
		this.name = "LiveCollectionValidationError";
	}
	static is(error) {
		return error?.name === "LiveCollectionValidationError";
	}
};
var LiveCollectionCacheHintError = class extends LiveCollectionError {
	constructor(collection, entryId, error) {
		super(collection, [
			`**${String(collection)}${entryId ? ` \u2192 ${String(entryId)}` : ""}** returned an invalid cache hint.
`,
			...formatZodError(error),
			""
		].join("\n"));
		this.name = "LiveCollectionCacheHintError";
	}
	static is(error) {
		return error?.name === "LiveCollectionCacheHintError";
	}
};
// ../../main/node_modules/astro/dist/content/runtime.js
var cacheHintSchema = z.object({
	tags: z.array(z.string()).optional(),
	lastModified: z.date().optional()
});
async function parseLiveEntry(entry, schema, collection) {
	try {
		const parsed = await z.safeParseAsync(schema, entry.data);
		if (!parsed.success) return { error: new LiveCollectionValidationError(collection, entry.id, parsed.error) };
		if (entry.cacheHint) {
			const cacheHint = cacheHintSchema.safeParse(entry.cacheHint);
			if (!cacheHint.success) return { error: new LiveCollectionCacheHintError(collection, entry.id, cacheHint.error) };
			entry.cacheHint = cacheHint.data;
		}
		return { entry: {
			...entry,
			data: parsed.data
		} };
	} catch (error) {
		return { error: new LiveCollectionError(collection, `Unexpected error parsing entry ${entry.id} in collection ${collection}`, error) };
	}
}
function createGetCollection({ liveCollections, logger }) {
	return async function getCollection(collection, filter) {
		if (collection in liveCollections) throw new AstroError({
			...UnknownContentCollectionError,
			message: `Collection "${collection}" is a live collection. Use getLiveCollection() instead of getCollection().`
		});
		const hasFilter = typeof filter === "function";
		const store = await globalDataStore.get();
		if (await store.hasCollection(collection)) {
			const { default: imageAssetMap } = await import("./content-assets_CLeMUEVR.mjs");
			const result = [];
			for (const rawEntry of await store.values(collection)) {
				const data = resolveEntryData(rawEntry, imageAssetMap);
				let entry = {
					...rawEntry,
					data,
					collection
				};
				if (hasFilter && !filter(entry)) continue;
				result.push(entry);
			}
			return result;
		} else {
			logger.warn("content", `The collection ${JSON.stringify(collection)} does not exist or is empty. Please check your content config file for errors.`);
			return [];
		}
	};
}
function createGetEntry({ liveCollections, logger }) {
	return async function getEntry(collectionOrLookupObject, lookup) {
		let collection, lookupId;
		if (typeof collectionOrLookupObject === "string") {
			collection = collectionOrLookupObject;
			if (!lookup) throw new AstroError({
				...UnknownContentCollectionError,
				message: "`getEntry()` requires an entry identifier as the second argument."
			});
			lookupId = lookup;
		} else {
			collection = collectionOrLookupObject.collection;
			lookupId = "id" in collectionOrLookupObject ? collectionOrLookupObject.id : collectionOrLookupObject.slug;
		}
		if (collection in liveCollections) throw new AstroError({
			...UnknownContentCollectionError,
			message: `Collection "${collection}" is a live collection. Use getLiveEntry() instead of getEntry().`
		});
		if (typeof lookupId === "object") throw new AstroError({
			...UnknownContentCollectionError,
			message: `The entry identifier must be a string. Received object.`
		});
		const store = await globalDataStore.get();
		if (await store.hasCollection(collection)) {
			const entry = await store.get(collection, lookupId);
			if (!entry) {
				logger.warn("content", `Entry ${collection} → ${lookupId} was not found.`);
				return;
			}
			const { default: imageAssetMap } = await import("./content-assets_CLeMUEVR.mjs");
			const data = resolveEntryData(entry, imageAssetMap);
			const result = {
				...entry,
				data,
				collection
			};
			warnForPropertyAccess(logger, result.data, "slug", `[content] Attempted to access deprecated property on "${collection}" entry.
The "slug" property is no longer automatically added to entries. Please use the "id" property instead.`);
			warnForPropertyAccess(logger, result, "render", `[content] Invalid attempt to access "render()" method on "${collection}" entry.
To render an entry, use "render(entry)" from "astro:content".`);
			return result;
		}
	};
}
function warnForPropertyAccess(logger, entry, prop, message) {
	if (!(prop in entry)) {
		let _value = void 0;
		Object.defineProperty(entry, prop, {
			get() {
				if (_value === void 0) logger.error("content", message);
				return _value;
			},
			set(v) {
				_value = v;
			},
			enumerable: false
		});
	}
}
function createGetLiveCollection({ liveCollections }) {
	return async function getLiveCollection(collection, filter) {
		if (!(collection in liveCollections)) return { error: new LiveCollectionError(collection, `Collection "${collection}" is not a live collection. Use getCollection() instead of getLiveCollection() to load regular content collections.`) };
		try {
			const context = {
				filter,
				collection
			};
			const response = await liveCollections[collection].loader?.loadCollection?.(context);
			if (response && "error" in response) return { error: response.error };
			const { schema } = liveCollections[collection];
			let processedEntries = response.entries;
			if (schema) {
				const entryResults = await Promise.all(response.entries.map((entry) => parseLiveEntry(entry, schema, collection)));
				for (const result of entryResults) if (result.error) return { error: result.error };
				processedEntries = entryResults.map((result) => result.entry);
			}
			let cacheHint = response.cacheHint;
			if (cacheHint) {
				const cacheHintResult = cacheHintSchema.safeParse(cacheHint);
				if (!cacheHintResult.success) return { error: new LiveCollectionCacheHintError(collection, void 0, cacheHintResult.error) };
				cacheHint = cacheHintResult.data;
			}
			if (processedEntries.length > 0) {
				const entryTags = /* @__PURE__ */ new Set();
				let latestModified;
				for (const entry of processedEntries) if (entry.cacheHint) {
					if (entry.cacheHint.tags) entry.cacheHint.tags.forEach((tag) => entryTags.add(tag));
					if (entry.cacheHint.lastModified instanceof Date) {
						if (latestModified === void 0 || entry.cacheHint.lastModified > latestModified) latestModified = entry.cacheHint.lastModified;
					}
				}
				if (entryTags.size > 0 || latestModified || cacheHint) {
					const mergedCacheHint = {};
					if (cacheHint?.tags || entryTags.size > 0) mergedCacheHint.tags = [.../* @__PURE__ */ new Set([...cacheHint?.tags || [], ...entryTags])];
					if (cacheHint?.lastModified && latestModified) mergedCacheHint.lastModified = cacheHint.lastModified > latestModified ? cacheHint.lastModified : latestModified;
					else if (cacheHint?.lastModified || latestModified) mergedCacheHint.lastModified = cacheHint?.lastModified ?? latestModified;
					cacheHint = mergedCacheHint;
				}
			}
			return {
				entries: processedEntries,
				cacheHint
			};
		} catch (error) {
			return { error: new LiveCollectionError(collection, `Unexpected error loading collection ${collection}${error instanceof Error ? `: ${error.message}` : ""}`, error) };
		}
	};
}
function createGetLiveEntry({ liveCollections }) {
	return async function getLiveEntry(collection, lookup) {
		if (!(collection in liveCollections)) return { error: new LiveCollectionError(collection, `Collection "${collection}" is not a live collection. Use getCollection() instead of getLiveEntry() to load regular content collections.`) };
		try {
			const lookupObject = {
				filter: typeof lookup === "string" ? { id: lookup } : lookup,
				collection
			};
			let entry = await liveCollections[collection].loader?.loadEntry?.(lookupObject);
			if (entry && "error" in entry) return { error: entry.error };
			if (!entry) return { error: new LiveEntryNotFoundError(collection, lookup) };
			const { schema } = liveCollections[collection];
			if (schema) {
				const result = await parseLiveEntry(entry, schema, collection);
				if (result.error) return { error: result.error };
				entry = result.entry;
			}
			return {
				entry,
				cacheHint: entry.cacheHint
			};
		} catch (error) {
			return { error: new LiveCollectionError(collection, `Unexpected error loading entry ${collection} → ${typeof lookup === "string" ? lookup : JSON.stringify(lookup)}`, error) };
		}
	};
}
var CONTENT_LAYER_IMAGE_REGEX = /__ASTRO_IMAGE_="([^"]+)"/g;
async function updateImageReferencesInBody(html, fileName) {
	const { default: imageAssetMap } = await import("./content-assets_CLeMUEVR.mjs");
	const imageObjects = /* @__PURE__ */ new Map();
	const { getImage } = await import("./_virtual_astro_get-image_CzAp2Bqm.mjs");
	for (const [_full, imagePath] of html.matchAll(CONTENT_LAYER_IMAGE_REGEX)) try {
		const decodedImagePath = JSON.parse(imagePath.replace(/&(?:#x22|quot);/g, "\"").replace(/&(?:#x27|apos);/g, "'").replace(/&(?:amp|#x26|#38);/g, "&"));
		let image;
		if (URL.canParse(decodedImagePath.src)) image = await getImage(decodedImagePath);
		else {
			const id = imageSrcToImportId(decodedImagePath.src, fileName);
			const imported = imageAssetMap.get(id);
			if (!id || imageObjects.has(id) || !imported) continue;
			image = await getImage({
				...decodedImagePath,
				src: imported
			});
		}
		imageObjects.set(imagePath, image);
	} catch {
		throw new Error(`Failed to parse image reference: ${imagePath}`);
	}
	return html.replaceAll(CONTENT_LAYER_IMAGE_REGEX, (full, imagePath) => {
		const image = imageObjects.get(imagePath);
		if (!image) return full;
		const { index, ...attributes } = image.attributes;
		return Object.entries({
			...attributes,
			src: image.src,
			...image.srcSet.values.length > 0 ? { srcset: image.srcSet.attribute } : {},
			"data-image-component": "true"
		}).filter(([, value]) => value != null).map(([key, value]) => value === "" ? `${key}=""` : `${key}="${escape(String(value))}"`).join(" ");
	});
}
function resolveImageAtPath(src, fileName, imageAssetMap) {
	const id = imageSrcToImportId(src, fileName);
	if (!id) return;
	const imported = imageAssetMap?.get(id);
	if (!imported) return;
	if (imported.__svgData) {
		const { __svgData: svgData, ...meta } = imported;
		return createSvgComponent({
			meta,
			...svgData
		});
	}
	return imported;
}
function setAtPathCopying(target, path, value) {
	if (path.length === 0) return target;
	const [key, ...rest] = path;
	const copy = Array.isArray(target) ? target.slice() : { ...target };
	copy[key] = rest.length === 0 ? value : setAtPathCopying(copy[key], rest, value);
	return copy;
}
function updateImageReferencesInData(data, fileName, imageAssetMap, imageImports) {
	if (!imageImports?.length) return data;
	let result = data;
	for (const path of imageImports) {
		let src = result;
		for (const key of path) src = src?.[key];
		if (typeof src !== "string") continue;
		const resolved = resolveImageAtPath(src, fileName, imageAssetMap);
		if (resolved !== void 0) result = setAtPathCopying(result, path, resolved);
	}
	return result;
}
function resolveEntryData(entry, imageAssetMap) {
	return updateImageReferencesInData(entry.data, entry.filePath, imageAssetMap, entry.imageImports);
}
function createRenderEntry({ logger }) {
	return async function renderEntry(entry) {
		if (!entry) throw new AstroError(RenderUndefinedEntryError);
		recordContentEntryRender(entry.filePath);
		if (entry.deferredRender) try {
			const { default: contentModules } = await import("./content-modules_DAbO-_qh.mjs");
			const renderEntryImport = contentModules.get(entry.filePath);
			return render$1({
				collection: "",
				id: entry.id,
				renderEntryImport
			});
		} catch (e) {
			logger.error("content", `${e}`);
		}
		const html = entry?.rendered?.metadata?.imagePaths?.length && entry.filePath ? await updateImageReferencesInBody(entry.rendered.html, entry.filePath) : entry?.rendered?.html;
		return {
			Content: createComponent(() => renderTemplate`${unescapeHTML(html)}`),
			headings: entry?.rendered?.metadata?.headings ?? [],
			remarkPluginFrontmatter: entry?.rendered?.metadata?.frontmatter ?? {}
		};
	};
}
async function render$1({ collection, id, renderEntryImport }) {
	const UnexpectedRenderError = new AstroError({
		...UnknownContentCollectionError,
		message: `Unexpected error while rendering ${String(collection)} → ${String(id)}.`
	});
	if (typeof renderEntryImport !== "function") throw UnexpectedRenderError;
	const baseMod = await renderEntryImport();
	if (baseMod == null || typeof baseMod !== "object") throw UnexpectedRenderError;
	const { default: defaultMod } = baseMod;
	if (isPropagatedAssetsModule(defaultMod)) {
		const { collectedStyles, collectedLinks, collectedScripts, getMod } = defaultMod;
		if (typeof getMod !== "function") throw UnexpectedRenderError;
		const propagationMod = await getMod();
		if (propagationMod == null || typeof propagationMod !== "object") throw UnexpectedRenderError;
		return {
			Content: createComponent({
				factory(result, baseProps, slots) {
					let styles = "", links = "", scripts = "";
					if (Array.isArray(collectedStyles)) styles = collectedStyles.map((style) => {
						const content = typeof style === "string" ? style : style.content;
						const viteDevId = typeof style === "object" && style.id ? style.id : void 0;
						return renderUniqueStylesheet(result, {
							type: "inline",
							content,
							viteDevId
						});
					}).join("");
					if (Array.isArray(collectedLinks)) links = collectedLinks.map((link) => {
						return renderUniqueStylesheet(result, {
							type: "external",
							src: isRemotePath(link) ? link : prependForwardSlash(link)
						});
					}).join("");
					if (Array.isArray(collectedScripts)) scripts = collectedScripts.map((script) => renderScriptElement(script)).join("");
					let props = baseProps;
					if (id.endsWith("mdx")) props = {
						components: propagationMod.components ?? {},
						...baseProps
					};
					return createHeadAndContent(unescapeHTML(styles + links + scripts), renderTemplate`${renderComponent(result, "Content", propagationMod.Content, props, slots)}`);
				},
				propagation: "self"
			}),
			headings: propagationMod.getHeadings?.() ?? [],
			remarkPluginFrontmatter: propagationMod.frontmatter ?? {}
		};
	} else if (baseMod.Content && typeof baseMod.Content === "function") return {
		Content: baseMod.Content,
		headings: baseMod.getHeadings?.() ?? [],
		remarkPluginFrontmatter: baseMod.frontmatter ?? {}
	};
	else throw UnexpectedRenderError;
}
function isPropagatedAssetsModule(module) {
	return typeof module === "object" && module != null && "__astroPropagation" in module;
}
// \0astro:content
var liveCollections = {};
var logger = createConsoleLogger({ level });
var getCollection = createGetCollection({
	liveCollections,
	logger
});
createGetEntry({
	liveCollections,
	logger
});
var render = createRenderEntry({ logger });
createGetLiveCollection({ liveCollections });
createGetLiveEntry({ liveCollections });
// src/align/align.ts
/** The best of `npm run align-quality -- --tune` (headings weigh nothing beyond the wording they are part of). */
var DEFAULT_PARAMETERS = {
	headingWeight: 0,
	keyPhraseWeight: .2,
	orderWeight: .3,
	threshold: .1,
	alsoRatio: .7
};
var documentFrequency = /* @__PURE__ */ new Int32Array(65536);
/** Sublinear TF × IDF, normalised to length 1. */
function vectorise({ ids, counts }, clauseCount) {
	const weights = new Float64Array(ids.length);
	let norm = 0;
	for (let i = 0; i < ids.length; i++) {
		const w = (1 + Math.log(counts[i])) * Math.log(1 + clauseCount / documentFrequency[ids[i]]);
		weights[i] = w;
		norm += w * w;
	}
	norm = Math.sqrt(norm);
	if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
	return {
		ids,
		weights
	};
}
function cosine(a, b) {
	let dot = 0;
	for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
		const x = a.ids[i];
		const y = b.ids[j];
		if (x === y) dot += a.weights[i++] * b.weights[j++];
		else if (x < y) i++;
		else j++;
	}
	return dot;
}
function overlap(a, b) {
	if (a.length === 0 || b.length === 0) return 0;
	const set = new Set(b);
	return a.filter((p) => set.has(p)).length / Math.min(a.length, b.length);
}
/** Every clause of both documents counts as one document for IDF: what all clauses share weighs nothing. */
function profile(local, higher) {
	const all = [...local.clauses, ...higher.clauses];
	const maxId = Math.max(0, ...all.map((c) => c.bigrams.ids.at(-1) ?? 0));
	if (documentFrequency.length <= maxId) documentFrequency = new Int32Array((maxId + 1) * 2);
	for (const { bigrams } of all) for (const id of bigrams.ids) documentFrequency[id]++;
	const of = (doc) => doc.clauses.map((clause, i) => ({
		clause,
		whole: vectorise(clause.bigrams, all.length),
		heading: vectorise(clause.headingBigrams, all.length),
		position: doc.clauses.length > 1 ? i / (doc.clauses.length - 1) : 0
	}));
	const profiled = [of(local), of(higher)];
	for (const { bigrams } of all) for (const id of bigrams.ids) documentFrequency[id] = 0;
	return profiled;
}
/** How alike two clauses' wording is, before the position prior. */
function similarity(a, b, p) {
	const whole = cosine(a.whole, b.whole);
	const text = p.headingWeight > 0 && a.heading.ids.length > 0 && b.heading.ids.length > 0 ? (1 - p.headingWeight) * whole + p.headingWeight * cosine(a.heading, b.heading) : whole;
	return Math.min(1, text + p.keyPhraseWeight * overlap(a.clause.keyPhrases, b.clause.keyPhrases));
}
var withPrior = (score, a, b, p) => score * (1 - p.orderWeight + p.orderWeight * (1 - Math.abs(a.position - b.position)));
/** The best candidates above the threshold: the best one, and those close enough to it (one-to-many). */
function pick(scored, p) {
	const best = Math.max(0, ...scored.map((s) => s.score));
	return scored.filter((s) => s.score >= p.threshold && s.score >= p.alsoRatio * best).sort((a, b) => b.score - a.score);
}
/**
* Aligns the local document's clauses with the higher document's. A clause with wording of its own is compared
* with the higher clauses that have wording; a heading-only section (一、… whose items say everything) with the
* higher sections, by its heading and by where its own items' counterparts sit.
*/
function alignDocuments(local, higher, p = DEFAULT_PARAMETERS) {
	const [locals, highers] = profile(local, higher);
	const higherParent = new Map(higher.clauses.map((c) => [c.eId, c.parent]));
	const localParent = new Map(local.clauses.map((c) => [c.eId, c.parent]));
	const hasChildren = new Set(higher.clauses.map((c) => c.parent).filter((e) => e !== null));
	const linksOf = /* @__PURE__ */ new Map();
	const worded = highers.filter((h) => h.clause.hasText);
	for (const l of locals.filter((x) => x.clause.hasText)) {
		const scored = worded.map((h) => ({
			higher: h.clause.eId,
			score: withPrior(similarity(l, h, p), l, h, p)
		}));
		linksOf.set(l.clause.eId, pick(scored, p).map((s) => ({
			local: l.clause.eId,
			...s
		})));
	}
	const descendantLinks = (eId) => [...linksOf].filter(([e]) => e !== eId && isWithin(e, eId, localParent)).flatMap(([, links]) => links);
	for (const l of locals.filter((x) => !x.clause.hasText)) {
		const votes = descendantLinks(l.clause.eId);
		const scored = highers.filter((h) => !h.clause.hasText || hasChildren.has(h.clause.eId)).map((h) => {
			const heading = cosine(l.heading, h.heading);
			const share = votes.length ? votes.filter((v) => isWithin(v.higher, h.clause.eId, higherParent)).length / votes.length : 0;
			return {
				higher: h.clause.eId,
				score: withPrior(votes.length ? (heading + share) / 2 : heading, l, h, p)
			};
		});
		linksOf.set(l.clause.eId, pick(scored, p).map((s) => ({
			local: l.clause.eId,
			...s
		})));
	}
	const links = local.clauses.flatMap((c) => linksOf.get(c.eId) ?? []);
	const taken = new Set(links.map((k) => k.higher));
	return {
		links,
		localAdditions: local.clauses.filter((c) => !linksOf.get(c.eId)?.length).map((c) => c.eId),
		notTakenUp: higher.clauses.filter((c) => ![...taken].some((t) => isWithin(t, c.eId, higherParent))).map((c) => c.eId)
	};
}
/** True when the clause is the ancestor or lies below it. */
function isWithin(eId, ancestor, parentOf) {
	for (let at = eId; at; at = parentOf.get(at)) if (at === ancestor) return true;
	return false;
}
// src/model/forms.ts
var DIGITS = "〇一二三四五六七八九";
/** 3 → 三, 10 → 十, 14 → 十四, 20 → 二十, 99 → 九十九, 105 → 一百零五 (clause numbers go no further in practice). */
function chineseNumeral(n) {
	if (n >= 100) {
		const rest = n % 100;
		return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? "" : rest < 10 ? `零${DIGITS[rest]}` : chineseNumeral(rest).replace(/^十/, "一十")}`;
	}
	if (n < 10) return DIGITS[n];
	const tens = Math.floor(n / 10);
	const ones = n % 10;
	return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}
var FORM = {
	part: {
		depth: 3,
		below: "sec",
		label: (n) => `第${chineseNumeral(n)}部分`
	},
	chp: {
		depth: 3,
		below: "art",
		label: (n) => `第${chineseNumeral(n)}章`
	},
	subchp: {
		depth: 4,
		below: "art",
		label: (n) => `第${chineseNumeral(n)}节`
	},
	sec: {
		depth: 3,
		below: "para",
		label: (n) => chineseNumeral(n)
	},
	art: {
		depth: 4,
		below: "para",
		label: (n) => `第${chineseNumeral(n)}条`
	},
	para: {
		depth: 4,
		below: "point",
		label: (n) => `（${chineseNumeral(n)}）`
	},
	point: {
		depth: 5,
		below: "item",
		label: (n) => String(n)
	},
	item: {
		depth: 6,
		below: "subitem",
		label: (n) => String(n)
	},
	subitem: {
		depth: 6,
		below: "alpha",
		label: (n) => String(n)
	},
	alpha: {
		depth: 6,
		below: null,
		label: (n) => String(n)
	}
};
// src/model/citation.ts
/**
* Clause citations such as "国办发〔2020〕17号 二（三）": the document number of the document the clause is in,
* then the printed numbers of the clause and its ancestors.
*/
/**
* The number as it goes into a citation: printed, minus the trailing 、.． (一、 → 一, 1. → 1, （三） stays).
* A clause whose heading is missing from the source has no printed number; its place is given in square brackets,
* the usual mark of an editorial insertion: sec 3 → [三], para 2 → [（二）], point 4 → [4].
*/
function citationNumber(clause) {
	if (clause.number !== null) return clause.number.trim().replace(/[、.．，,\s]+$/, "");
	if (clause.form === null || clause.ordinal === null) return null;
	return `[${FORM[clause.form].label(clause.ordinal)}]`;
}
/** How the document a component belongs to is cited: its 发文字号, else its 《title》. */
function documentLabel(notice, component) {
	const group = documentGroup(component.eId);
	const members = notice.components.filter((c) => documentGroup(c.eId) === group);
	const number = (group === "" ? notice.documentNumber : null) ?? members.find((c) => c.documentNumber)?.documentNumber;
	if (number) return number;
	return `《${(group === "" ? notice.title : (members.find((c) => c.kind === "text" && c.title) ?? members.find((c) => c.title))?.title) ?? notice.title}》`;
}
function clauseCitation(notice, component, path) {
	const numbers = path.map(citationNumber).filter((n) => n !== null);
	const document = documentLabel(notice, component);
	return numbers.length ? `${document} ${numbers.join("")}` : document;
}
/** eId → clause, its component, ancestors and citation, for every clause of the notice. */
function indexClauses(notice) {
	const index = /* @__PURE__ */ new Map();
	for (const component of notice.components) {
		const walk = (clauses, ancestors) => {
			for (const clause of clauses) {
				const citation = clauseCitation(notice, component, [...ancestors, clause]);
				index.set(clause.eId, {
					clause,
					component,
					ancestors,
					citation
				});
				walk(clause.children, [...ancestors, clause]);
			}
		};
		walk(component.clauses, []);
	}
	return index;
}
// src/model/script.ts
/**
* Simplified/Traditional conversion for matching, with OpenCC (opencc-js): set up once here for the converter and the
* build (the browser's search fold, src/search/fold.ts, builds its own aligned converter from the same dictionaries).
*
* Texts are never rewritten for display: these folds are for comparing and recognising only.
*/
var convertToSimplified = OpenCC.Converter({
	from: "t",
	to: "cn"
});
var MEMO_SIZE = 2e4;
var MEMO_MAX_LENGTH = 2e3;
var memo = /* @__PURE__ */ new Map();
/**
* Traditional → Simplified (OpenCC t→cn, no Taiwan phrase rewriting). The result keeps the input's length, so an
* index found in it is an index in the input: where a mapping would change the length, that character stays as it is.
*/
function toSimplified(text) {
	const cached = memo.get(text);
	if (cached !== void 0) return cached;
	let folded = convertToSimplified(text);
	if (folded.length !== text.length) folded = Array.from(text, (ch) => {
		const c = convertToSimplified(ch);
		return c.length === ch.length ? c : ch;
	}).join("");
	if (memo.size >= MEMO_SIZE) memo.clear();
	if (text.length <= MEMO_MAX_LENGTH) memo.set(text, folded);
	return folded;
}
OpenCC.Converter({
	from: "cn",
	to: "t"
});
// src/model/width.ts
/** Width folding, the one place it is written: matching reads full-width digits and letters as ASCII. */
var FULL_WIDTH_ALPHANUMERIC = /[０-９Ａ-Ｚａ-ｚ]/g;
var FULL_WIDTH_SHIFT = 65248;
/**
* Full-width digits and Latin letters → ASCII, nothing else: NFKC would also turn （）：， into ASCII and break
* （一） detection. One UTF-16 unit in, one out, so the result has the input's length and offsets.
*/
function foldWidth(text) {
	return text.replace(FULL_WIDTH_ALPHANUMERIC, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_SHIFT));
}
// src/align/bigrams.ts
var bigramIds = /* @__PURE__ */ new Map();
function countBigrams(text) {
	const tf = /* @__PURE__ */ new Map();
	for (let i = 0; i + 2 <= text.length; i++) {
		const gram = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
		let id = bigramIds.get(gram);
		if (id === void 0) bigramIds.set(gram, id = bigramIds.size);
		tf.set(id, (tf.get(id) ?? 0) + 1);
	}
	const ids = Int32Array.from(tf.keys()).sort();
	return {
		ids,
		counts: Int32Array.from(ids, (id) => tf.get(id))
	};
}
// src/align/documents.ts
/**
* The documents that alignment compares. A notice file holds its own text (cover letter and the text it issues) and
* may embed documents it forwards (att_1, att_2 …: 国办发〔2020〕17号 inside 粤府办〔2020〕14号); each is a document of
* its own here, because a province's letter implements the national text it forwards.
*/
/** The document group of a component: 'att_1' for att_1 and att_1__main, null for the notice's own components. */
function partOf(componentEId) {
	return /^att_\d+/.exec(componentEId)?.[0] ?? null;
}
/**
* Folds a text for comparison only: full-width digits, Traditional script, and everything but letters and digits
* (punctuation, spaces) dropped, so that 二〇二〇年“六稳” and 2020年六穩 compare by their characters.
*/
function comparable$1(text) {
	return toSimplified(foldWidth(text)).replace(/[^\p{L}\p{N}]/gu, "");
}
var KEY_PHRASE = /[“"「『]([^”"」』]{2,20})[”"」』]|《([^》]{2,60})》/g;
function keyPhrases(text) {
	return [...new Set([...text.matchAll(KEY_PHRASE)].map((m) => comparable$1(m[1] ?? m[2])).filter(Boolean))];
}
/** The clause's heading and text with its responsibility notes cut out: who does it and by when is not what it says. */
function wording(clause) {
	const cut = (s) => clause.notes.reduce((rest, note) => rest.replace(note.raw, ""), s);
	return {
		heading: cut(clause.heading ?? ""),
		text: cut(clause.text)
	};
}
function components(notice, part) {
	return notice.components.filter((c) => partOf(c.eId) === part);
}
function alignableDocument(notice, part) {
	const index = indexClauses(notice);
	const members = components(notice, part);
	if (members.length === 0) throw new Error(`Notice ${notice.id} has no part ${part ?? "(own text)"}`);
	const label = documentLabel(notice, members[0]);
	const clauses = [];
	const walk = (list, parent) => {
		for (const clause of list) {
			const info = index.get(clause.eId);
			const { heading, text } = wording(clause);
			const [whole, head] = [comparable$1(heading + text), comparable$1(heading)];
			clauses.push({
				eId: clause.eId,
				citation: info.citation,
				place: info.citation.slice(label.length + 1) || null,
				numbered: clause.number !== null,
				parent,
				heading: clause.heading ?? "",
				wording: heading + text,
				comparable: whole,
				bigrams: countBigrams(whole),
				headingBigrams: countBigrams(head),
				keyPhrases: keyPhrases(heading + text),
				hasText: comparable$1(text).length > 0
			});
			walk(clause.children, clause.eId);
		}
	};
	for (const component of members) walk(component.clauses, null);
	const text = members.find((c) => c.kind === "text") ?? members[0];
	return {
		ref: {
			noticeId: notice.id,
			part
		},
		label,
		title: (part === null ? notice.title : text.title) ?? notice.title,
		owner: (part === null ? notice.region?.name ?? notice.issuer : text.issuer) ?? label,
		signedDate: (part === null ? notice.signedDate : members.find((c) => c.signedDate)?.signedDate) ?? null,
		clauses
	};
}
// src/model/keys.ts
/**
* Keys that say two printings are the same document: a cited 发文字号 or 《title》 and the one a notice carries are
* often written differently (full-width digits, 〔〕 vs [] vs （）, Traditional 號/條例, stray spaces, the spoken order
* of a decree). The converter keys the id manifest with them and the site resolves citations with them; only the keys
* are folded, pages always show the text as printed.
*/
var fold = (text) => toSimplified(foldWidth(text)).replace(/\s+/g, "");
/** One key per document however its number is printed: 國辦發［２０２０］17號 and 国办发〔2020〕17号 → 国办发〔2020〕17号. */
function documentNumberKey(documentNumber) {
	return fold(documentNumber).replace(/[〔[［【﹝(（]((?:19|20)\d{2})[〕\]］】﹞)）]第?/, "〔$1〕").replace(/^中华人民共和国/, "").replace(/^(.+?)第(\d+)号令$/, "$1令第$2号");
}
// src/align/relations.ts
/**
* Which pairs of documents are worth aligning: only related ones, so the step grows with the relations, not with the
* square of the corpus.
*   - implements: a notice's own text and a document it forwards (转发, embedded as att_N) or says it carries out
*     (为贯彻落实《…》（国办发〔2020〕17号）… in its cover letter or preamble), issued before it;
*   - previousYear: the same region's (else the same issuer's) text of the same 文种 (要点, 方案…) in the nearest
*     earlier year.
*/
var IMPLEMENTING_PARAGRAPH = /(^|__)(cover|intro)__p_\d+$/;
var IMPLEMENTING_WORDS = /贯彻|落实|转发|执行/;
var signed = (notice, part) => (part === null ? notice.signedDate : notice.components.find((c) => partOf(c.eId) === part && c.signedDate)?.signedDate) ?? (notice.year === null ? null : `${notice.year}-12-31`);
/** The 发文字号 a document carries (folded), else its holder and part: what tells two copies of one document apart. */
function identity(notice, part) {
	const number = part === null ? notice.documentNumber : notice.components.find((c) => partOf(c.eId) === part && c.documentNumber)?.documentNumber;
	return number ? documentNumberKey(number) : `${notice.id}~${part}`;
}
/**
* One document for a citation. A document forwarded by many notices is embedded in each (国办发〔2020〕17号 in every
* province's 转发): its own notice if the corpus has it, else the earliest copy. A title shared by different
* documents (《2020年政务公开工作要点》 of two provinces) is ambiguous and relates nothing.
*/
function citedDocument(targets) {
	const located = targets.map((t) => ({
		notice: t.notice,
		part: t.component ? partOf(t.component.eId) : null
	}));
	if (new Set(located.map((r) => identity(r.notice, r.part))).size !== 1) return null;
	return located.sort((a, b) => Number(a.part !== null) - Number(b.part !== null) || (signed(a.notice, a.part) ?? "").localeCompare(signed(b.notice, b.part) ?? "") || a.notice.id.localeCompare(b.notice.id))[0];
}
/**
* The documents a notice's own text implements, from what the converter gives: the documents it embeds, and those
* cited in its cover letter or preamble next to 贯彻/落实/转发/执行. The one place to switch to resolved relations
* (the cross-reference work) when they land.
*/
function implementedDocuments(notice, resolve) {
	const embedded = notice.components.map((c) => partOf(c.eId)).filter((p) => p !== null);
	const paragraphText = new Map(notice.components.filter((c) => partOf(c.eId) === null).flatMap((c) => c.clauses).map((c) => [c.eId, `${c.heading ?? ""}${c.text}`]));
	const cited = notice.references.filter((r) => r.in !== null && IMPLEMENTING_PARAGRAPH.test(r.in) && partOf(r.in) === null).filter((r) => IMPLEMENTING_WORDS.test(paragraphText.get(r.in) ?? "")).map((r) => citedDocument(resolve(r))).filter((r) => r !== null);
	const located = [...embedded.map((part) => ({
		notice,
		part
	})), ...cited];
	const ids = located.map((r) => identity(r.notice, r.part));
	const own = identity(notice, null);
	return located.filter((_, i) => ids[i] !== own && ids.indexOf(ids[i]) === i).map((r) => ({
		noticeId: r.notice.id,
		part: r.part
	}));
}
/** The genre of a notice's own text: the 文种 of the text it issues (要点), else of its title. */
function ownGenre(notice) {
	return notice.components.filter((c) => partOf(c.eId) === null).find((c) => c.kind === "text" && c.genre)?.genre ?? notice.genre;
}
/** The series of year-over-year texts a notice is in (its region's, else its issuer's, of one 文种), or null. */
function seriesOf(notice) {
	const genre = ownGenre(notice);
	const owner = notice.region?.code ?? notice.issuer;
	return notice.year === null || !genre || !owner ? null : `${owner} ${genre}`;
}
function findRelations(notices, resolve) {
	const byId = new Map(notices.map((n) => [n.id, n]));
	const relations = [];
	for (const notice of notices) {
		const date = signed(notice, null);
		for (const higher of implementedDocuments(notice, resolve)) {
			const higherDate = signed(byId.get(higher.noticeId), higher.part);
			if (date && higherDate && higherDate < date) relations.push({
				kind: "implements",
				local: {
					noticeId: notice.id,
					part: null
				},
				higher
			});
		}
	}
	const series = /* @__PURE__ */ new Map();
	for (const notice of notices) {
		const key = seriesOf(notice);
		if (key !== null) series.set(key, [...series.get(key) ?? [], notice]);
	}
	for (const list of series.values()) {
		list.sort((a, b) => a.year - b.year || (signed(a, null) ?? "").localeCompare(signed(b, null) ?? ""));
		let previous;
		list.forEach((notice, i) => {
			if (i > 0 && list[i - 1].year !== notice.year) previous = list[i - 1];
			if (previous) relations.push({
				kind: "previousYear",
				local: {
					noticeId: notice.id,
					part: null
				},
				higher: {
					noticeId: previous.id,
					part: null
				}
			});
		});
	}
	return relations;
}
// src/align/compare.ts
/** `keep`: which related pairs to align (a shard of the site build aligns only the pairs its pages show). */
function compareCorpus(notices, resolve, parameters = DEFAULT_PARAMETERS, keep = () => true) {
	const byId = new Map(notices.map((n) => [n.id, n]));
	const documents = /* @__PURE__ */ new Map();
	const documentOf = (ref) => {
		const key = documentKey(ref);
		let document = documents.get(key);
		if (!document) documents.set(key, document = alignableDocument(byId.get(ref.noticeId), ref.part));
		return document;
	};
	return findRelations(notices, resolve).filter(keep).map(({ kind, local, higher }) => {
		const [l, h] = [documentOf(local), documentOf(higher)];
		return {
			kind,
			local: l,
			higher: h,
			alignment: alignDocuments(l, h, parameters)
		};
	});
}
/** A document's key in URLs and exports: the notice id, plus ~att_1 for a document embedded in it. */
function documentKey(ref) {
	return ref.part === null ? ref.noticeId : `${ref.noticeId}~${ref.part}`;
}
/** Year over year: carried over word for word, reworded, or new (nothing earlier took its place). */
function changeOf(comparison, local) {
	const links = comparison.alignment.links.filter((l) => l.local === local.eId);
	if (links.length === 0) return "new";
	const earlier = new Map(comparison.higher.clauses.map((c) => [c.eId, c]));
	return links.some((l) => earlier.get(l.higher)?.comparable === local.comparable) ? "carried" : "reworded";
}
/** Local clauses mapped to several higher clauses, and higher clauses several local clauses map to. */
function fanOut(alignment) {
	const count = (keys) => {
		const n = /* @__PURE__ */ new Map();
		for (const k of keys) n.set(k, (n.get(k) ?? 0) + 1);
		return new Set([...n].filter(([, c]) => c > 1).map(([k]) => k));
	};
	return {
		oneToMany: count(alignment.links.map((l) => l.local)),
		manyToOne: count(alignment.links.map((l) => l.higher))
	};
}
// src/model/relations.ts
/**
* Every resolved citation between two notices, in corpus then source order. A citation of a part of the citing file
* that is a document of its own (the notice a file forwards) is a relation to that document. Left out: a notice
* citing its own parts, and citations in a file's copy of a document with a page of its own (that page cites them).
*/
function relationsOf(notices) {
	return notices.flatMap((notice) => notice.references.flatMap((reference) => {
		if (!reference.target || reference.in && isCarried(notice, reference.in)) return [];
		const to = documentOf(notice, reference.target);
		if (to.notice === notice.id) return [];
		return [{
			kind: reference.relation,
			from: {
				notice: notice.id,
				eId: reference.in
			},
			to,
			reference
		}];
	}));
}
/** A target inside a part of `notice` that is a document of its own → that document's page and anchor. */
function documentOf(notice, target) {
	if (target.notice !== notice.id || !target.eId) return target;
	const group = documentGroup(target.eId);
	const page = notice.carries.find((part) => documentGroup(part.eId) === group)?.notice;
	if (!page) return target;
	return {
		notice: page,
		eId: notice.carries.some((part) => part.eId === target.eId) ? null : eIdInDocument(target.eId)
	};
}
/** Notice id → what cites it, per cited clause: one pass over the relations. */
function backlinksOf(relations) {
	const index = /* @__PURE__ */ new Map();
	for (const relation of relations) {
		let backlinks = index.get(relation.to.notice);
		if (!backlinks) index.set(relation.to.notice, backlinks = {
			byTarget: /* @__PURE__ */ new Map(),
			count: 0
		});
		const key = relation.to.eId ?? "";
		const list = backlinks.byTarget.get(key);
		if (list) list.push(relation);
		else backlinks.byTarget.set(key, [relation]);
		backlinks.count++;
	}
	return index;
}
/** Relations that hand a document down the line of authority: 转发 and 贯彻/依据 (a mere citation does not). */
var DESCENDS = /* @__PURE__ */ new Set(["forwards", "implements"]);
/**
* The lineage of every notice from one pass over the relations: `up` what a notice implements or forwards, followed
* to the top (the State Council's notice); `down` what implements or forwards it, followed to the bottom. Each pair of
* notices once; a cycle (two notices citing each other) is cut where it closes.
*/
function lineageIndex(relations) {
	const above = /* @__PURE__ */ new Map();
	const below = /* @__PURE__ */ new Map();
	const link = (index, from, to, kind) => {
		const next = index.get(from) ?? /* @__PURE__ */ new Map();
		if (!next.has(to)) next.set(to, kind);
		index.set(from, next);
	};
	for (const relation of relations) {
		if (!DESCENDS.has(relation.kind)) continue;
		link(above, relation.from.notice, relation.to.notice, relation.kind);
		link(below, relation.to.notice, relation.from.notice, relation.kind);
	}
	const walk = (index, id, seen) => [...index.get(id) ?? []].filter(([next]) => !seen.has(next)).map(([next, kind]) => ({
		notice: next,
		kind,
		next: walk(index, next, /* @__PURE__ */ new Set([...seen, next]))
	}));
	return {
		up: (id) => walk(above, id, /* @__PURE__ */ new Set([id])),
		down: (id) => walk(below, id, /* @__PURE__ */ new Set([id]))
	};
}
// src/lib/regions.ts
/** The chain of [code, name, rank] from the province down to the region itself, skipping unnamed levels. */
function regionChain(region) {
	const { code } = region;
	const provinceCode = `${code.slice(0, 2)}0000`;
	const cityCode = `${code.slice(0, 4)}00`;
	const rank = code === provinceCode ? "province" : code === cityCode ? "city" : "county";
	const chain = [];
	if (rank !== "province" && region.province) chain.push([
		provinceCode,
		region.province,
		"province"
	]);
	if (rank === "county" && region.city) chain.push([
		cityCode,
		region.city,
		"city"
	]);
	chain.push([
		code,
		region.name,
		rank
	]);
	return chain;
}
function buildRegionTree(notices) {
	const byCode = /* @__PURE__ */ new Map();
	const unplaced = [];
	for (const notice of notices) {
		if (!notice.region) {
			unplaced.push(notice);
			continue;
		}
		let parent;
		for (const [code, name, rank] of regionChain(notice.region)) {
			const node = byCode.get(code) ?? {
				code,
				name,
				rank,
				parent: null,
				children: [],
				notices: [],
				total: 0
			};
			byCode.set(code, node);
			if (parent && node.parent === null) {
				node.parent = parent.code;
				parent.children.push(node);
			}
			parent = node;
		}
		parent?.notices.push(notice);
	}
	const byCodeOrder = (a, b) => a.code < b.code ? -1 : 1;
	for (const node of byCode.values()) node.children.sort(byCodeOrder);
	const roots = [...byCode.values()].filter((n) => n.parent === null).sort(byCodeOrder);
	const count = (node) => node.total = node.notices.length + node.children.reduce((sum, child) => sum + count(child), 0);
	roots.forEach(count);
	return {
		roots,
		byCode,
		unplaced
	};
}
/** The node and its ancestors, outermost first — for breadcrumbs. */
function regionPath(tree, code) {
	const path = [];
	for (let node = tree.byCode.get(code); node; node = node.parent ? tree.byCode.get(node.parent) : void 0) path.unshift(node);
	return path;
}
/** Every notice of the node and its descendants. */
function regionNotices(node) {
	return [...node.notices, ...node.children.flatMap(regionNotices)];
}
// src/lib/slugs.ts
/**
* ASCII URL slugs for Chinese names (issuers, units, genres): pinyin syllables joined by '-'.
* Names come from many notices, so slugs are assigned over the whole set at once and deduplicated.
*/
var MAX_LENGTH = 80;
/** 县营商环境建设监督局 → xian-ying-shang-huan-jing-jian-she-jian-du-ju. Non-Chinese letters and digits are kept. */
function slugify(name) {
	const slug = pinyin(name, {
		toneType: "none",
		type: "array",
		nonZh: "consecutive",
		v: true
	}).join("-").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
	if (slug.length <= MAX_LENGTH) return slug || "x";
	return slug.slice(0, 81).replace(/-[^-]*$/, "");
}
/**
* name → slug for a set of names. Names are sorted first so the result does not depend on input order;
* names whose pinyin collides (a Traditional and a Simplified spelling, homophones) get -2, -3….
*/
function assignSlugs(names) {
	const unique = [...new Set(names)].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
	const taken = /* @__PURE__ */ new Set();
	const slugs = /* @__PURE__ */ new Map();
	for (const name of unique) {
		const base = slugify(name);
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
		taken.add(slug);
		slugs.set(name, slug);
	}
	return slugs;
}
// src/lib/units.ts
var OPEN = /[〔［[【(]/g;
var CLOSE = /[〕］\]】)]/g;
/** A name as compared: Simplified, half-width letters and digits, no spaces, one bracket shape. */
function comparable(name) {
	return toSimplified(foldWidth(name)).replace(/\s+/g, "").replace(OPEN, "（").replace(CLOSE, "）");
}
var COLLECTIVE = /各|有关|相关|^全[省市县区镇乡]|^[省市县区]属|^试点|^[省市县区州]（[^）]*、/;
var ET_AL = /^(?<named>.+?)等(?:有关|相关)?(?:部门|单位|处室|科室)$/;
/** The level a prefix names; the look-aheads keep words that merely start with the character (市场监管局, 乡村振兴局). */
var LEVEL_PREFIX = /^(?:(?<province>省)(?!份)|(?<city>[市州盟])(?!场|政公用|容)|(?<county>[县区旗])(?!域|块)|[镇乡](?!村))(?!（)/;
/**
* Standard abbreviations, each group's first form the one compared; a stem counts only right before the organ
* (发改委, 住建局), so 交通 is 交通运输 only in 交通局 and never inside a longer name.
*/
var STANDARD_ABBREVIATIONS = [
	[
		"发展改革",
		"发展和改革",
		"发改"
	],
	[
		"住房城乡建设",
		"住房和城乡建设",
		"住建"
	],
	[
		"人力资源社会保障",
		"人力资源和社会保障",
		"人社",
		"人力社保"
	],
	["卫生健康", "卫健"],
	["卫生计生", "卫生和计划生育"],
	["市场监管", "市场监督管理"],
	[
		"教育体育",
		"教育和体育",
		"教体"
	],
	[
		"工业和信息化",
		"工业信息化",
		"工信"
	],
	["交通运输", "交通"],
	["应急管理", "应急"],
	["政务服务数据管理", "政数"],
	["医疗保障", "医保"],
	["国资", "国有资产监督管理"],
	["网信", "网络安全和信息化"],
	[
		"食品药品监管",
		"食品药品监督管理",
		"食药监"
	],
	["政府办公", "政府办"]
];
var ORGAN = "[厅局委办]";
var ABBREVIATION_RULES = STANDARD_ABBREVIATIONS.map((forms) => ({
	pattern: new RegExp(`^(?:${[...forms].sort((a, b) => b.length - a.length).join("|")})(?=${ORGAN}|室$)`),
	canonical: forms[0]
}));
/** A core name with 人民, 委员会 and the standard abbreviations folded: 卫生健康委员会 → 卫生健康委, 政府办 → 政府办公室. */
function foldCore(core) {
	let folded = core.replace(/人民政府/g, "政府").replace(/委员会(办公室)?$/, (_, office) => office ? "委办" : "委");
	if (folded === "政府办") folded = "政府办公室";
	for (const { pattern, canonical } of ABBREVIATION_RULES) {
		const m = pattern.exec(folded);
		if (m) return canonical + folded.slice(m[0].length);
	}
	return folded;
}
/** Full names a text defines a short name for: 省政务服务数据管理局（以下简称省政数局） → [省政务服务数据管理局, 省政数局]. */
function definedAbbreviations(text) {
	const found = [];
	for (const m of comparable(text).matchAll(/(?<full>[\u4e00-\u9fff]{2,30}?(?:局|厅|委员会|委|办公室|中心))[（(](?:以下)?简称[“"「]?(?<short>[\u4e00-\u9fff]{2,12})[”"」]?[）)]/g)) found.push([m.groups.full, m.groups.short]);
	return found;
}
var RANK_OF_GROUP = {
	province: "province",
	city: "city",
	county: "county"
};
/** The region a level names, seen from the notice's region: 省 in a county notice is its province. */
function regionAt(region, rank) {
	const entry = regionChain(region).find(([, , r]) => r === rank);
	if (!entry) return null;
	const [code, name] = entry;
	return {
		code,
		name,
		province: rank === "province" ? null : region.province,
		city: rank === "county" ? region.city : null,
		county: null
	};
}
/** Where a folded name sits and what is left of it without its prefix (友谊县司法局 → 友谊县, 司法局). */
function placeName(name, region) {
	if (region === null) return {
		region,
		core: name.replace(LEVEL_PREFIX, "") || name
	};
	for (const [code, regionName, rank] of regionChain(region)) if (name.startsWith(regionName) && name.length > regionName.length) return {
		region: code === region.code ? region : regionAt(region, rank),
		core: name.slice(regionName.length)
	};
	const m = LEVEL_PREFIX.exec(name);
	if (!m || m[0].length === name.length) return {
		region,
		core: name
	};
	const group = Object.entries(m.groups ?? {}).find(([, v]) => v !== void 0)?.[0];
	const rank = group && RANK_OF_GROUP[group];
	const own = regionChain(region).at(-1)[2];
	return {
		region: rank && rank !== own ? regionAt(region, rank) ?? region : region,
		core: name.slice(m[0].length)
	};
}
function reading(printed, kind, notice, short) {
	const name = comparable(printed);
	const { region, core } = placeName(short.get(name) ?? name, notice.region);
	return {
		key: `${region ? region.code : `notice-${notice.id}`}:${kind === "named" ? foldCore(core) : core.replace(/人民政府/g, "政府")}`,
		kind,
		printed,
		region,
		core
	};
}
/**
* The units a printed name stands for in a notice: one, or for 卫生健康局等部门 the named unit and the collective
* remainder. `abbreviations` are the short names the notice defines (definedAbbreviations over its text).
*/
function readUnit(printed, notice, abbreviations = []) {
	const short = new Map(abbreviations.map(([full, s]) => [s, full]));
	const name = comparable(printed);
	const etAl = ET_AL.exec(name);
	if (etAl && !COLLECTIVE.test(etAl.groups.named)) return [reading(printed.slice(0, etAl.groups.named.length), "named", notice, short), reading(printed, "collective", notice, short)];
	return [reading(printed, COLLECTIVE.test(name) || etAl ? "collective" : "named", notice, short)];
}
var EVERY_DEPARTMENT = /^(?:政府|直|级)?各(?:部门|单位|机关|委办局)$/;
/** Whether a collective addressee takes in every named department of its region (a county's 县直各单位 its 县司法局). */
function includesEveryDepartment(collective) {
	return collective.kind === "collective" && EVERY_DEPARTMENT.test(collective.core);
}
/** A government (县政府, 各乡（镇）政府) is addressed, not one of the departments a 各单位 takes in. */
function isDepartment(unit) {
	return unit.kind === "named" && !/政府$/.test(unit.core);
}
// src/lib/multimap.ts
/** Appends a value to the list a map keeps under a key, starting the list when there is none. */
function push(map, key, value) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
// src/lib/catalog.ts
/**
* Everything the browse pages derive from the corpus — facets, slugs, the responsibility index, backlinks —
* computed once from the list of notices (src/lib/corpus.ts caches it for the whole build).
*/
/** The URL slug of each value of a list facet. */
var facetSlugsOf = (key, values) => FACETS[key].slug === "pinyin" ? assignSlugs(values) : new Map([...values].map((v) => [v, v]));
/** The URL slug of each unit, by its key. */
var unitSlugsOf = (keys) => {
	const list = [...keys];
	const slugs = assignSlugs(list.map((key) => key.replace(":", "-")));
	return new Map(list.map((key) => [key, slugs.get(key.replace(":", "-"))]));
};
/** How a notice's printed unit names read as units of its region (its own abbreviations defined). */
function unitReader(notice, clauses = indexClauses(notice).values()) {
	const abbreviations = definedAbbreviations([...clauses].map(({ clause }) => `${clause.heading ?? ""}${clause.text}`).join("\n"));
	return (printed) => readUnit(printed, notice, abbreviations);
}
/** The values of a list facet, each with its notices (newest first, as `notices` is), in the facet's order. */
function facetValues(key, notices, slugs) {
	const byValue = /* @__PURE__ */ new Map();
	for (const notice of notices) for (const value of noticeValues(key, notice)) push(byValue, value, notice);
	const slugOf = slugs ? new Map(Object.entries(slugs)) : facetSlugsOf(key, byValue.keys());
	const values = [...byValue].map(([value, list]) => ({
		value,
		slug: slugOf.get(value),
		label: FACETS[key].label(value),
		notices: list,
		count: list.length
	}));
	return {
		values: sortValues(key, values),
		slugOf
	};
}
/**
* `corpusSlugs`: when the notices are not the whole corpus (a shard of the site build and the notices its pages
* show), the slugs worked out over the whole corpus.
*/
function buildCatalog(input, corpusSlugs) {
	const notices = [...input].sort(compareNewestFirst);
	const clauseIndexes = new Map(notices.map((n) => [n.id, indexClauses(n)]));
	const clausesOf = (notice) => clauseIndexes.get(notice.id) ?? indexClauses(notice);
	const facets = new Map(LIST_FACETS.map((key) => [key, facetValues(key, notices, corpusSlugs?.facets[key])]));
	const regions = buildRegionTree(notices);
	const readers = new Map(notices.map((n) => [n.id, unitReader(n, clausesOf(n).values())]));
	const readingsOf = (notice, printed) => (readers.get(notice.id) ?? unitReader(notice))(printed);
	const drafts = /* @__PURE__ */ new Map();
	let clauseCount = 0;
	let dutyCount = 0;
	for (const notice of notices) for (const info of clausesOf(notice).values()) {
		if (info.clause.number !== null) clauseCount++;
		const responsibility = info.clause.duty;
		if (!responsibility) continue;
		dutyCount++;
		const roles = /* @__PURE__ */ new Map();
		for (const unit of responsibility.units) roles.set(unit, "unit");
		for (const unit of responsibility.lead) roles.set(unit, "lead");
		for (const [printed, role] of roles) {
			const others = [...roles.keys()].filter((name) => name !== printed);
			for (const reading of readingsOf(notice, printed)) {
				const draft = drafts.get(reading.key) ?? {
					reading,
					forms: /* @__PURE__ */ new Map(),
					tasks: []
				};
				drafts.set(reading.key, draft);
				draft.forms.set(reading.printed, (draft.forms.get(reading.printed) ?? 0) + 1);
				if (!draft.tasks.some((t) => t.notice === notice && t.clause === info)) draft.tasks.push({
					role,
					printed: reading.printed,
					via: null,
					others,
					notice,
					clause: info,
					responsibility
				});
			}
		}
	}
	const scopeOf = (key) => key.slice(0, key.indexOf(":"));
	for (const collective of drafts.values()) {
		if (!includesEveryDepartment(collective.reading)) continue;
		for (const draft of drafts.values()) {
			if (!isDepartment(draft.reading) || scopeOf(draft.reading.key) !== scopeOf(collective.reading.key)) continue;
			for (const task of collective.tasks) if (!draft.tasks.some((t) => t.notice === task.notice && t.clause === task.clause)) draft.tasks.push({
				...task,
				via: task.printed
			});
		}
	}
	const unitSlugs = corpusSlugs ? new Map(Object.entries(corpusSlugs.units)) : unitSlugsOf(drafts.keys());
	const order = new Map(notices.map((n, i) => [n.id, i]));
	const units = [...drafts.values()].map(({ reading, forms, tasks }) => {
		const [name, ...aliases] = [...forms.keys()].sort((a, b) => forms.get(b) - forms.get(a) || b.length - a.length || (a < b ? -1 : 1));
		return {
			slug: unitSlugs.get(reading.key),
			key: reading.key,
			kind: reading.kind,
			name,
			aliases,
			region: reading.region,
			tasks: tasks.sort((a, b) => compareDeadlines(a.responsibility.deadlineDate, b.responsibility.deadlineDate) || order.get(a.notice.id) - order.get(b.notice.id) || a.clause.clause.offset - b.clause.clause.offset)
		};
	}).sort((a, b) => b.tasks.length - a.tasks.length || (a.slug < b.slug ? -1 : 1));
	const unitByKey = new Map(units.map((unit) => [unit.key, unit]));
	const relations = relationsOf(notices);
	const backlinks = backlinksOf(relations);
	const lineage = lineageIndex(relations);
	const relationsFrom = /* @__PURE__ */ new Map();
	for (const relation of relations) push(relationsFrom, relation.from.notice, relation);
	const byId = new Map(notices.map((n) => [n.id, n]));
	const copyOf = /* @__PURE__ */ new Map();
	for (const notice of notices) for (const part of notice.carries) if (!copyOf.has(part.notice)) copyOf.set(part.notice, {
		notice,
		component: notice.components.find((c) => c.eId === part.eId) ?? null
	});
	/**
	* Where a citation leads as a notice and the part of it (null: the notice's own text), for the clause alignment
	* (src/align), which compares a notice with the copy of a forwarded document inside the file that forwards it: the
	* target the corpus link step set; a document taken out of a file → its copy in that file.
	*/
	const resolve = (reference) => {
		const target = reference.target;
		if (!target) return [];
		const notice = byId.get(target.notice);
		const copy = copyOf.get(target.notice);
		if (copy && (!notice || notice.foundIn)) return [copy];
		if (!notice) return [];
		const group = target.eId ? documentGroup(target.eId) : "";
		return [{
			notice,
			component: group ? notice.components.find((c) => documentGroup(c.eId) === group) ?? null : null
		}];
	};
	/** How a resolved target reads: the cited clause's citation (国办发〔2020〕17号 二（三）), part title or notice title. */
	const targetLabel = (target) => {
		const notice = byId.get(target.notice);
		if (!notice) return void 0;
		if (!target.eId) return notice.documentNumber ?? notice.title;
		const clause = clausesOf(notice).get(target.eId);
		if (clause) return clause.citation;
		const component = notice.components.find((c) => c.eId === target.eId);
		return component?.title ?? component?.documentNumber ?? notice.title;
	};
	return {
		notices,
		clausesOf,
		clauseCount,
		dutyCount,
		/** The values of a list facet (src/lib/facets.ts), each with its notices. */
		facet: (key) => facets.get(key)?.values ?? [],
		/** The URL slug of a list facet's value, when the corpus has it. */
		facetSlug: (key, value) => facets.get(key)?.slugOf.get(value),
		regions,
		units,
		/** The page of a unit a notice prints (for 卫生健康局等部门, the named unit's). */
		unitSlug: (notice, printed) => unitByKey.get(readingsOf(notice, printed)[0].key)?.slug,
		/** A notice by its page id. */
		notice: (id) => byId.get(id),
		resolve,
		targetLabel,
		relations,
		/** The relations a notice's citations make (what it cites, forwards, implements). */
		relationsFrom: (id) => relationsFrom.get(id) ?? [],
		/** What cites, forwards or implements a notice, by the cited part ('' for the notice as a whole). */
		backlinks: (id) => backlinks.get(id),
		/** What a notice implements or forwards up to the top, and what implements or forwards it down to the bottom. */
		lineage
	};
}
/** Numbered clauses of a component as a tree for the table of contents (unnumbered paragraphs left out). */
function numberedOutline(clauses) {
	return clauses.filter((c) => c.number !== null || c.inferred).map((clause) => ({
		clause,
		children: numberedOutline(clause.children)
	}));
}
// src/lib/comparisons.ts
function indexComparisons(comparisons) {
	const byPair = new Map(comparisons.map((c) => [`${c.local.ref.noticeId}/${documentKey(c.higher.ref)}`, c]));
	const implementing = /* @__PURE__ */ new Map();
	const implementedBy = /* @__PURE__ */ new Map();
	const involving = /* @__PURE__ */ new Map();
	for (const comparison of comparisons) {
		const { local, higher, alignment } = comparison;
		push(involving, local.ref.noticeId, comparison);
		if (higher.ref.noticeId !== local.ref.noticeId) push(involving, higher.ref.noticeId, comparison);
		if (comparison.kind !== "implements") continue;
		const localClause = new Map(local.clauses.map((c) => [c.eId, c]));
		const higherClause = new Map(higher.clauses.map((c) => [c.eId, c]));
		for (const link of alignment.links) {
			push(implementing, `${local.ref.noticeId}#${link.local}`, {
				comparison,
				clause: higherClause.get(link.higher)
			});
			push(implementedBy, `${higher.ref.noticeId}#${link.higher}`, {
				comparison,
				clause: localClause.get(link.local)
			});
		}
	}
	const yearly = (id, side) => involving.get(id)?.find((c) => c.kind === "previousYear" && c[side].ref.noticeId === id);
	return {
		all: comparisons,
		/** The comparison at /notices/<noticeId>/compare/<otherKey>/. */
		find: (noticeId, otherKey) => byPair.get(`${noticeId}/${otherKey}`),
		/** Comparisons a notice is part of, on either side. */
		involving: (noticeId) => involving.get(noticeId) ?? [],
		/** Higher clauses a clause of this notice carries out. */
		implementing: (noticeId, eId) => implementing.get(`${noticeId}#${eId}`) ?? [],
		/** Local clauses (of other documents) that carry out this clause. */
		implementedBy: (noticeId, eId) => implementedBy.get(`${noticeId}#${eId}`) ?? [],
		/** The same series' previous year (this notice is the later one) and next year. */
		previousYear: (noticeId) => yearly(noticeId, "local"),
		nextYear: (noticeId) => yearly(noticeId, "higher")
	};
}
// src/lib/site-shard.ts
/**
* Which part of the site this `astro build` renders. Without SITE_SHARD: all of it (npm run build). A large corpus
* is built in shards (scripts/build-site.ts), each an `astro build` of its own with SITE_SHARD naming the file its
* plan wrote (scripts/site-shards/plan.ts):
*   - a notices shard renders the pages of its own notices (and their compare pages). It reads only the notices
*     those pages show (its own, what they cite and what cites them, their lineage, their series' neighbouring
*     years) and compiles only its own notices' MDX, so its memory follows the shard, not the corpus; the slugs
*     that depend on the whole corpus come from the plan;
*   - the corpus shard renders every other page (home, browse, regions, units, deadlines, search, feeds) from the
*     whole corpus's JSON and compiles no MDX.
* The merge (scripts/site-shards/merge.ts) keeps, of each shard's output, the pages it was given.
*/
/** The shard SITE_SHARD names; null for the whole site. */
function siteShard(env = process.env) {
	const file = env.SITE_SHARD;
	if (!file) return null;
	try {
		return JSON.parse(readFileSync(file, "utf8"));
	} catch (error) {
		throw new Error(`SITE_SHARD=${file}: not a shard file written by scripts/build-site.ts plan`, { cause: error });
	}
}
/** What a build of `shard` reads and renders, by notice id. */
function shardSelection(shard) {
	const own = new Set(shard?.role === "notices" ? shard.own : []);
	const read = new Set(shard?.role === "notices" ? shard.read : []);
	return {
		shard,
		/** Its notice JSON is loaded (the catalog holds it). */
		reads: (id) => shard === null || shard.role === "corpus" || read.has(id),
		/** Its page and compare pages are rendered (and its MDX compiled). */
		renders: (id) => shard === null || own.has(id),
		/** Home, browse, regions, units, deadlines, search and the feeds are rendered. */
		rendersLists: shard === null || shard.role === "corpus"
	};
}
// src/lib/corpus.ts
/**
* The corpus (or, in a shard of a sharded build, the notices its pages read: src/lib/site-shard.ts), read once per build. getCollection() on every page is slow at thousands of notices
* (withastro/astro#16297), and every page needs the same derived indexes, so both are cached at module level.
* The collection holds ids and files (src/lib/notice-loader.ts): the notices are read from their files, one at a time.
*/
/** Which notices' pages this build renders, and whether it renders the list pages (src/lib/site-shard.ts). */
var selection = shardSelection(siteShard());
/**
* A notices shard holds only the notices its pages read: lists built from them would be wrong, so it has none and
* renders no list page (the corpus shard renders them from the whole corpus).
*/
var withoutLists = (catalog) => ({
	...catalog,
	units: [],
	regions: buildRegionTree([]),
	facet: () => []
});
var catalog;
var comparisons;
var bodies;
function getCatalog() {
	catalog ??= getCollection("notices").then((entries) => {
		const notices = entries.map((entry) => JSON.parse(readFileSync(resolve(entry.filePath), "utf8")));
		const { shard } = selection;
		return shard?.role === "notices" ? withoutLists(buildCatalog(notices, shard.slugs)) : buildCatalog(notices);
	});
	return catalog;
}
/** Related documents aligned clause by clause (src/align/), once per build. */
function getComparisons() {
	const keep = selection.shard?.role === "notices" ? (pair) => selection.renders(pair.local.noticeId) || selection.renders(pair.higher.noticeId) : void 0;
	comparisons ??= getCatalog().then((c) => indexComparisons(compareCorpus(c.notices, c.resolve, DEFAULT_PARAMETERS, keep)));
	return comparisons;
}
/** The compare pages and their JSON: one per comparison, at /notices/<local id>/compare/<higher key>/. */
async function comparisonPaths() {
	const { all } = await getComparisons();
	return all.filter((comparison) => selection.renders(comparison.local.ref.noticeId)).map((comparison) => ({
		params: {
			id: comparison.local.ref.noticeId,
			other: documentKey(comparison.higher.ref)
		},
		props: { comparison }
	}));
}
/** MDX bodies by notice id (the file name is the id). */
function getBodies() {
	bodies ??= getCollection("bodies").then((entries) => new Map(entries.map((e) => [e.data.id, e])));
	return bodies;
}
export { level as S, noticeDate as _, selection as a, DEFAULT_OUTPUT_FORMAT as b, regionNotices as c, documentKey as d, fanOut as f, formatDate as g, compareNewestFirst as h, getComparisons as i, regionPath as l, render as m, getBodies as n, numberedOutline as o, foldWidth as p, getCatalog as r, regionChain as s, comparisonPaths as t, changeOf as u, truncate as v, VALID_SUPPORTED_FORMATS as x, DEFAULT_HASH_PROPS as y };
