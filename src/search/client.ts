/**
 * The search page's controller (browser only). The form is a plain GET form, so the URL is the state: this script
 * reads it, runs the search, renders results, and writes the URL back as the user types or changes a filter.
 * Pagefind is loaded at run time from the site's own /pagefind/ (never bundled, never from elsewhere), on first
 * focus or first search. Notice text reaches the DOM only through textContent.
 */
import { strings } from '../i18n/strings.ts';
import { formatDate } from '../lib/format.ts';
import { excerpt } from './excerpt.ts';
import { variantsFor } from './fold.ts';
import { restoreText } from './original.ts';
import { findHits, type Hits, type PagefindApi, type PagefindFragment, type Query } from './query.ts';
import { FACET_KEYS } from '../lib/facet-keys.ts';
import { readQuery, writeQuery } from './url-state.ts';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 250;

interface Pagefind extends PagefindApi {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;
/** How many times Pagefind was dropped for a newer deployment's index (see below). */
let reloads = 0;

function loadPagefind(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL;
  pagefind ??= (async () => {
    // A query string makes a fresh module, with none of the dropped one's state; the server and the service worker
    // ignore it.
    const url = `${base}pagefind/pagefind.js${reloads > 0 ? `?reload=${reloads}` : ''}`;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Record URLs are site-relative (/notices/…); baseUrl puts them under a subpath deployment's base.
    await module.options({ basePath: `${base}pagefind/`, baseUrl: base });
    await module.init();
    return module;
  })();
  return pagefind;
}

// A newer deployment's service worker has taken over this page and deleted the old version's cache: the index this
// page loaded is gone offline, so the next search loads the new one. (Not when a first worker takes over: it holds
// the index this page loaded.)
if ('serviceWorker' in navigator) {
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const replaced = controller !== null;
    controller = navigator.serviceWorker.controller;
    if (!replaced || !pagefind) return;
    const dropped = pagefind;
    pagefind = undefined;
    reloads += 1;
    void dropped.then((module) => module.destroy()).catch(() => {});
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(fragment: PagefindFragment, query: string): HTMLLIElement {
  const { meta } = fragment;
  const link = element('a', 'search-result');
  link.href = fragment.url;
  if (meta.lang) link.lang = meta.lang;

  const head = element('span', 'search-result__head');
  if (meta.cite) head.append(element('span', 'search-result__cite', meta.cite));
  if (meta.title) head.append(element('span', 'search-result__title', meta.title));

  const text = element('span', 'search-result__excerpt');
  for (const segment of excerpt(restoreText(fragment), query, variantsFor(meta.lang)))
    text.append(segment.mark ? element('mark', '', segment.text) : document.createTextNode(segment.text));

  const source = element('span', 'search-result__source');
  for (const part of [meta.notice, meta.docno, meta.date && formatDate(meta.date)])
    if (part) source.append(element('span', '', part));

  link.append(head, text, source);
  const item = document.createElement('li');
  item.append(link);
  return item;
}

export function start(root: HTMLElement): void {
  const find = <T extends Element>(selector: string) => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`search page: ${selector} is missing`);
    return found;
  };
  const form = find<HTMLFormElement>('#search-form');
  const input = find<HTMLInputElement>('#search-input');
  const sort = find<HTMLSelectElement>('select[name=sort]');
  // The page leaves out the select of a filter no record carries.
  const filters = FACET_KEYS.flatMap((name) => {
    const select = root.querySelector<HTMLSelectElement>(`select[name=${name}]`);
    return select ? [[name, select] as const] : [];
  });
  const count = find<HTMLElement>('#search-count');
  const empty = find<HTMLElement>('#search-empty');
  const list = find<HTMLOListElement>('#search-results');
  const more = find<HTMLButtonElement>('#search-more');

  const formQuery = (): Query =>
    readQuery(
      new URLSearchParams([['q', input.value], ['sort', sort.value], ...filters.map(([n, s]) => [n, s.value])]),
    );
  const fillForm = (query: Query) => {
    input.value = query.q;
    sort.value = query.sort;
    for (const [name, select] of filters) {
      const value = query.filters[name] ?? '';
      // A linked value the build does not offer (a unit renamed since) still shows, and still filters.
      if (![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
  };
  const writeUrl = (query: Query, mode: 'push' | 'replace') => {
    const search = writeQuery(query).toString();
    const url = `${location.pathname}${search ? `?${search}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  };

  // Each search bumps the generation; a slower, older search that finishes late must not overwrite a newer one.
  let generation = 0;
  let hits: Hits = { reading: '', results: [] };
  let shown = 0;

  const setBusy = (busy: boolean) => list.setAttribute('aria-busy', String(busy));

  const showMore = async (mine: number) => {
    const page = hits.results.slice(shown, shown + PAGE_SIZE);
    more.disabled = true;
    const fragments = await Promise.all(page.map((result) => result.data()));
    if (mine !== generation) return;
    list.append(...fragments.map((fragment) => renderResult(fragment, hits.reading)));
    shown += page.length;
    more.disabled = false;
    more.hidden = shown >= hits.results.length;
    more.textContent = strings.search.more(shown, hits.results.length);
  };

  const run = async (query: Query) => {
    const mine = ++generation;
    // The state these results belong to, in the URL's own form, so a reader (or a test) can tell stale results apart.
    list.dataset.query = writeQuery(query).toString();
    if (!query.q.trim()) {
      hits = { reading: '', results: [] };
      list.replaceChildren();
      count.textContent = '';
      empty.hidden = true;
      more.hidden = true;
      setBusy(false);
      return;
    }
    setBusy(true);
    count.textContent = strings.search.searching;
    try {
      const found = await findHits(await loadPagefind(), query);
      if (mine !== generation) return;
      hits = found;
      shown = 0;
      list.replaceChildren();
      count.textContent = strings.search.count(found.results.length);
      empty.textContent = strings.search.empty(query.q.trim());
      empty.hidden = found.results.length > 0;
      await showMore(mine);
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      count.textContent = strings.search.unavailable;
    } finally {
      if (mine === generation) setBusy(false);
    }
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      const query = formQuery();
      writeUrl(query, 'replace');
      void run(query);
    }, TYPING_DELAY_MS);
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    const query = formQuery();
    writeUrl(query, 'push');
    void run(query);
  });
  for (const select of [sort, ...filters.map(([, s]) => s)])
    select.addEventListener('change', () => form.requestSubmit());
  more.addEventListener('click', () => void showMore(generation));
  window.addEventListener('popstate', () => {
    const query = readQuery(new URLSearchParams(location.search));
    fillForm(query);
    void run(query);
  });

  const initial = readQuery(new URLSearchParams(location.search));
  fillForm(initial);
  void run(initial);
}
