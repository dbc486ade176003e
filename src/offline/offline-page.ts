/**
 * The offline page's script (src/pages/offline.astro), browser only. It lists the notices this browser keeps — those
 * of offline-manifest.json that the service worker's caches hold — and, when the worker has answered with this page
 * for another URL, says which page could not be opened and links back to the search results it came from (the search
 * page is kept too, and its URL holds the query, so the results come back offline).
 */
import { strings } from '../i18n/strings.ts';
import { formatDate } from '../lib/format.ts';
import { OFFLINE_MANIFEST, type OfflineManifest, type OfflineNotice } from './manifest.ts';
import { element } from '../lib/dom.ts';

const base = import.meta.env.BASE_URL;
const t = strings.offline;

function noticeCard(notice: OfflineNotice): HTMLLIElement {
  const link = element('a', '', notice.title);
  link.href = `${base}${notice.path}`;
  const title = element('h3', 'notice-card__title');
  title.append(link);
  const meta = element('p', 'notice-card__meta');
  for (const part of [notice.documentNumber, notice.date && formatDate(notice.date)])
    if (part) meta.append(element('span', '', part));
  const card = element('li', 'notice-card');
  card.lang = notice.lang;
  card.append(title, meta);
  return card;
}

/** The manifest's notices that a cache of this site holds, newest first; null where nothing can be kept offline. */
async function savedNotices(): Promise<OfflineNotice[] | null> {
  if (!('caches' in window)) return null; // no service worker outside HTTPS (or localhost)
  const response = await fetch(`${base}${OFFLINE_MANIFEST}`).catch(() => null);
  if (!response?.ok) return null;
  const { notices } = (await response.json()) as OfflineManifest;
  const held = await Promise.all(
    notices.map((notice) => caches.match(new URL(`${base}${notice.path}`, location.href).href, { ignoreVary: true })),
  );
  return notices.filter((_, i) => held[i] !== undefined);
}

/** The path as a reader would type it; a malformed escape is shown as it is. */
function readablePath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

export async function showOfflinePage(root: HTMLElement): Promise<void> {
  const find = (id: string) => root.querySelector<HTMLElement>(`#${id}`)!;

  if (location.pathname !== `${base}offline/`) {
    find('offlineHeading').textContent = t.notSaved;
    document.title = document.title.replace(t.title, t.notSaved);
    const requested = find('offlineRequested');
    requested.textContent = t.requested(readablePath(location.pathname));
    requested.hidden = false;
    const from = document.referrer ? new URL(document.referrer) : null;
    if (from?.origin === location.origin && from.pathname === `${base}search/`) {
      find('offlineBack').querySelector('a')!.href = from.href;
      find('offlineBack').hidden = false;
    }
  }

  const status = find('offlineStatus');
  const notices = await savedNotices().catch(() => null);
  if (notices === null) status.textContent = t.unavailable;
  else if (notices.length === 0) status.textContent = t.none;
  else {
    status.textContent = t.count(notices.length);
    find('offlineNotices').append(...notices.map(noticeCard));
  }
}
