/**
 * The site's links under the build's base (BASE=/zhengwu/ → every link under /zhengwu/). Import.meta.env exists only
 * inside Astro's build; code that also runs in plain Node (src/export/) takes makeUrls(base) from url-scheme.ts.
 */
import { makeUrls, type Urls } from './url-scheme.ts';

export type { NoticeListKind, Urls } from './url-scheme.ts';

export const urls: Urls = makeUrls(import.meta.env.BASE_URL);
