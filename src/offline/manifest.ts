/**
 * offline-manifest.json, at the site's base: written by scripts/build-offline.ts, read by the service worker at
 * install and by the offline page.
 */
export const OFFLINE_MANIFEST = 'offline-manifest.json';

export interface OfflineNotice {
  /** URL path relative to the base: 'notices/<id>/'. */
  path: string;
  title: string;
  documentNumber: string | null;
  date: string | null;
  lang: string;
  /** Stored at install (within the budget); the others are available offline once read online. */
  precached: boolean;
}

export interface OfflineManifest {
  /** A hash of everything precached, the notices' list and the worker's code; names the caches (cache-policy.ts). */
  version: string;
  /** The byte budget the precache was planned within, and the raw bytes it takes. */
  budget: number;
  bytes: number;
  /** Whether the search index is precached whole, or each chunk is cached as a query first uses it. */
  searchIndex: 'whole' | 'on use';
  /** URL paths relative to the base, in install order. */
  precache: string[];
  /** Every notice of the site, newest first. */
  notices: OfflineNotice[];
}
