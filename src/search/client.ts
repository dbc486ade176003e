/**
 * The search page's controller (browser only). The form is a plain GET form, so the URL is the state: this script
 * reads it, runs the search, renders results, and writes the URL back as the user types or changes a filter.
 * The index (scripts/index-search.ts) is loaded at run time from the site's own pagefind/ (never bundled, never from
 * elsewhere): its manifest and router first, then one Pagefind instance per shard as a query reaches it. Results
 * stream in shard by shard (query.ts); the first page shows as soon as it is full, the count grows until the last
 * shard has answered. Notice text reaches the DOM only through textContent.
 */
import { strings } from '../i18n/strings.ts';
import { FACET_KEYS, type FacetKey } from '../lib/facet-keys.ts';
import { formatDate } from '../lib/format.ts';
import { excerpt } from './excerpt.ts';
import type { FilterChoice, FilterChoicesFile } from './filter-options.ts';
import { queryReading, variantsFor } from './fold.ts';
import { decodeLookupBucket, LOOKUP_DIR, lookUp, type LookupEntry, nameKeys, unitFilterKeys } from './lookup.ts';
import { restoreMeta } from './original.ts';
import {
  type Hit,
  type PagefindFragment,
  type Query,
  type Search,
  type ShardedIndex,
  type ShardSearch,
  type Steer,
  streamHits,
} from './query.ts';
import { decodeBucket } from './router.ts';
import { FILTER_CHOICES_FILE, filterChoicesApart, type IndexManifest } from './shards.ts';
import { readQuery, writeQuery } from './url-state.ts';
import { element } from '../lib/dom.ts';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 250;

interface PagefindInstance extends ShardSearch {
  mergeIndex(path: string, options: Record<string, string>): Promise<void>;
  destroy?(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, string>): PagefindInstance;
}

const base = import.meta.env.BASE_URL;
const indexBase = `${base}pagefind/`;

interface LoadedIndex extends ShardedIndex {
  /** Bucket b of the lookup (lookup.ts). */
  lookupBucket(b: number): Promise<Map<string, LookupEntry>>;
  destroy(): void;
}

let loaded: Promise<LoadedIndex> | undefined;
/** How many times the index was dropped for a newer deployment's (see below). */
let reloads = 0;

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

async function gunzip(response: Response): Promise<Uint8Array> {
  const stream = response.body!.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function loadIndex(): Promise<LoadedIndex> {
  loaded ??= (async () => {
    // Revalidated: a redeployment changes the shards behind the same URLs.
    const manifest = (await (
      await fetchOk(`${indexBase}manifest.json`, { cache: 'no-cache' })
    ).json()) as IndexManifest;
    // A query string makes a fresh module, with none of a dropped one's state; the server and the service worker ignore it.
    const url = `${indexBase}pagefind.js${reloads > 0 ? `?reload=${reloads}` : ''}`;
    // Pagefind's runtime only once a query reaches a shard: an absent word needs the router alone.
    let runtime: Promise<PagefindModule> | undefined;
    const pagefind = () => (runtime ??= import(/* @vite-ignore */ url) as Promise<PagefindModule>);
    // Entry files are fetched with ?ts=<tag>: the build's id rather than Pagefind's default, the time, keeps them cacheable.
    const options = { basePath: indexBase, baseUrl: base, metaCacheTag: manifest.buildId };
    const instances = new Map<number, Promise<PagefindInstance>>();
    let first: Promise<unknown> | undefined;
    const shard = (k: number) => {
      let instance = instances.get(k);
      if (!instance) {
        const create = async () => {
          const created = (await pagefind()).createInstance(options);
          // Pagefind segments a query by the instance's language, which createInstance takes from <html lang> (zh-CN
          // would cut the grams apart); only mergeIndex sets it, so every shard is merged behind the primary.
          await created.mergeIndex(`${indexBase}s/${k}/`, {
            baseUrl: base,
            metaCacheTag: manifest.buildId,
            language: manifest.language,
          });
          return created;
        };
        // Every instance shares the worker's one WebAssembly module, whose initialisation is not safe to run twice at
        // once (the second replaces the first's memory): the first instance is fully up before any other starts.
        instance = first ? first.then(create) : create();
        first ??= instance;
        instances.set(k, instance);
      }
      return instance;
    };
    const buckets = new Map<number, Promise<Map<string, Uint8Array | null>>>();
    const lookupBuckets = new Map<number, Promise<Map<string, LookupEntry>>>();
    const chunks = new Map<number, Promise<string[]>>();
    return {
      manifest,
      shard,
      bucket(b) {
        if (!buckets.has(b))
          buckets.set(
            b,
            fetchOk(`${indexBase}r/${b}.bin`)
              .then(gunzip)
              .then((bytes) => decodeBucket(bytes, manifest.router.shards)),
          );
        return buckets.get(b)!;
      },
      lookupBucket(b) {
        if (!lookupBuckets.has(b))
          lookupBuckets.set(b, fetchOk(`${indexBase}${LOOKUP_DIR}/${b}.bin`).then(gunzip).then(decodeLookupBucket));
        return lookupBuckets.get(b)!;
      },
      chunkStarts(k) {
        if (!chunks.has(k))
          chunks.set(
            k,
            fetchOk(`${indexBase}s/${k}/chunks.json`).then((r) => r.json() as Promise<string[]>),
          );
        return chunks.get(k)!;
      },
      destroy() {
        for (const instance of instances.values()) void instance.then((i) => i.destroy?.()).catch(() => {});
      },
    };
  })();
  return loaded;
}

// A newer deployment's service worker has taken over this page and deleted the old version's cache: the index this
// page loaded is gone offline, so the next search loads the new one. (Not when a first worker takes over: it holds
// the index this page loaded.)
if ('serviceWorker' in navigator) {
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const replaced = controller !== null;
    controller = navigator.serviceWorker.controller;
    if (!replaced || !loaded) return;
    const dropped = loaded;
    loaded = undefined;
    reloads += 1;
    void dropped.then((index) => index.destroy()).catch(() => {});
  });
}

function renderResult(fragment: PagefindFragment, query: string): HTMLLIElement {
  const { text, fields } = restoreMeta(fragment);
  const link = element('a', 'search-result');
  link.href = fragment.url;
  if (fields.lang) link.lang = fields.lang;

  const head = element('span', 'search-result__head');
  if (fields.cite) head.append(element('span', 'search-result__cite', fields.cite));
  if (fields.title) head.append(element('span', 'search-result__title', fields.title));

  const excerptNode = element('span', 'search-result__excerpt');
  for (const segment of excerpt(text, query, variantsFor(fields.lang)))
    excerptNode.append(segment.mark ? element('mark', '', segment.text) : document.createTextNode(segment.text));

  const source = element('span', 'search-result__source');
  for (const part of [fields.notice, fields.docno, fields.date && formatDate(fields.date)])
    if (part) source.append(element('span', '', part));

  link.append(head, excerptNode, source);
  const item = document.createElement('li');
  item.append(link);
  return item;
}

/** Cards of what the query names: each notice, and a unit with its page in each region it is a unit of. */
function renderTargets({ targets, more }: LookupEntry): HTMLLIElement[] {
  const item = (card: HTMLElement) => {
    const li = document.createElement('li');
    li.append(card);
    return li;
  };
  const cards: HTMLLIElement[] = [];
  for (const target of targets) {
    if (target.kind !== 'notice') continue;
    const link = element('a', 'search-best search-best--notice');
    link.href = `${base}notices/${encodeURIComponent(target.id)}/`;
    const head = element('span', 'search-result__head');
    head.append(element('span', 'search-best__kind', strings.search.bestNotice), element('span', '', target.title));
    const source = element('span', 'search-result__source');
    for (const part of [target.docno, target.date && formatDate(target.date)])
      if (part) source.append(element('span', '', part));
    link.append(head, source);
    cards.push(item(link));
  }
  const units = targets.filter((t) => t.kind === 'unit');
  if (units.length) {
    const card = element('div', 'search-best search-best--unit');
    const head = element('span', 'search-result__head');
    head.append(element('span', 'search-best__kind', strings.search.bestUnit), element('span', '', units[0]!.name));
    const pages = element('ul', 'search-best__units');
    for (const unit of units) {
      const link = element('a', 'search-best__unit');
      link.href = `${base}units/${encodeURIComponent(unit.slug)}/`;
      link.append(element('span', '', unit.name), element('span', 'search-best__region', unit.region));
      pages.append(item(link));
    }
    card.append(head, element('span', 'search-result__source', strings.search.unitPages(units.length, more)), pages);
    cards.push(item(card));
  }
  return cards;
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
  const fieldset = find<HTMLFieldSetElement>('.search__filters');
  const filters = FACET_KEYS.map((name) => [name, find<HTMLSelectElement>(`select[name=${name}]`)] as const);
  const count = find<HTMLElement>('#search-count');
  const empty = find<HTMLElement>('#search-empty');
  const list = find<HTMLOListElement>('#search-results');
  const best = find<HTMLElement>('#search-best');
  const bestList = find<HTMLUListElement>('#search-best-list');
  const more = find<HTMLButtonElement>('#search-more');

  /** Adds an option for `value` unless there is one; with a label, (re)labels it. */
  const offer = (select: HTMLSelectElement, value: string, label?: string) => {
    if (!value) return;
    const option = [...select.options].find((o) => o.value === value);
    if (!option) select.add(new Option(label ?? value, value));
    else if (label) option.text = label;
  };
  const offerAll = (select: HTMLSelectElement, offered: FilterChoice[]) => {
    const current = select.value;
    for (const { value, label } of offered) offer(select, value, label);
    select.value = current;
  };
  // The filter choices, loaded once: after the first results, or as soon as the reader goes for a filter. A filter
  // with many choices (units, issuers) has them in a file of its own, loaded when the reader goes for that filter.
  let choices: Promise<FilterChoicesFile | undefined> | undefined;
  const loadChoices = () =>
    (choices ??= fetchOk(`${indexBase}${FILTER_CHOICES_FILE}`)
      .then((r) => r.json() as Promise<FilterChoicesFile>)
      .then((file) => {
        for (const [name, select] of filters) {
          const offered = file.choices[name] ?? [];
          offerAll(select, offered);
          // A filter no record carries is left out.
          select.closest('label')!.hidden = offered.length === 0 && !file.apart.includes(name) && !select.value;
        }
        return file;
      })
      .catch((error: unknown) => {
        console.error(error);
        return undefined;
      }));
  const apartLoaded = new Set<FacetKey>();
  const loadApart = async (name: FacetKey, select: HTMLSelectElement) => {
    const file = await loadChoices();
    if (!file?.apart.includes(name) || apartLoaded.has(name)) return;
    apartLoaded.add(name);
    await fetchOk(`${indexBase}${filterChoicesApart(name)}`)
      .then((r) => r.json() as Promise<FilterChoice[]>)
      .then((offered) => offerAll(select, offered))
      .catch((error: unknown) => console.error(error));
  };
  for (const event of ['focusin', 'pointerover', 'touchstart']) {
    fieldset.addEventListener(event, () => void loadChoices(), { once: true, passive: true });
    for (const [name, select] of filters)
      select.addEventListener(event, () => void loadApart(name, select), { once: true, passive: true });
  }

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
      offer(select, value);
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
  let reading = '';
  let hits: Hit[] = [];
  let shown = 0;
  let complete = true;
  /** A search by unit alone: its results are the unit's tasks. */
  let byUnit = false;

  const setBusy = (busy: boolean) => list.setAttribute('aria-busy', String(busy));
  const showCount = () => {
    const t = strings.search;
    count.textContent = complete
      ? (byUnit ? t.tasks : t.count)(hits.length)
      : (byUnit ? t.tasksSoFar : t.countSoFar)(hits.length);
    more.hidden = shown >= hits.length;
    more.textContent = strings.search.more(shown, hits.length, complete);
  };

  /** Shows the next hits in hand, at most `limit` of them; one call after another (the button, the stream). */
  let showing = Promise.resolve();
  const showMore = (mine: number, limit = PAGE_SIZE) => (showing = showing.then(() => showNext(mine, limit)));
  const showNext = async (mine: number, limit: number) => {
    if (mine !== generation) return;
    const page = hits.slice(shown, shown + limit);
    more.disabled = true;
    const fragments = await Promise.all(page.map((hit) => hit.result.data()));
    if (mine !== generation) return;
    list.append(...fragments.map((fragment) => renderResult(fragment, reading)));
    shown += page.length;
    more.disabled = false;
    showCount();
  };

  const run = async (query: Query) => {
    const mine = ++generation;
    // The state these results belong to, in the URL's own form, so a reader (or a test) can tell stale results apart.
    list.dataset.query = writeQuery(query).toString();
    list.dataset.complete = 'false';
    hits = [];
    shown = 0;
    complete = false;
    list.replaceChildren();
    bestList.replaceChildren();
    best.hidden = true;
    empty.hidden = true;
    more.hidden = true;
    const unit = query.filters.unit;
    byUnit = !query.q.trim() && Boolean(unit);
    if (!query.q.trim() && !unit) {
      complete = true;
      count.textContent = '';
      setBusy(false);
      list.dataset.complete = 'true';
      return;
    }
    setBusy(true);
    count.textContent = strings.search.searching;
    // The first page fills as shards answer: the first hits show at once, however few, and the page is done
    // (aria-busy false) when it holds PAGE_SIZE results or every shard has answered.
    let firstPage = false;
    const fillFirstPage = async () => {
      if (shown < PAGE_SIZE && shown < hits.length) await showMore(mine, PAGE_SIZE - shown);
      if (mine !== generation || firstPage || (shown < PAGE_SIZE && !complete)) return;
      firstPage = true;
      setBusy(false);
      void loadChoices();
    };
    try {
      reading = queryReading(query.q);
      const index = await loadIndex();
      const lookup = (keys: string[]) => lookUp(keys, index.manifest.lookup.buckets, (b) => index.lookupBucket(b));
      const search: Search = { ...query };
      let named: Promise<LookupEntry> = Promise.resolve({ targets: [], more: 0 });
      if (unit) {
        // The unit filter's value: a unit's key, or a name as older links carry it (then any unit of that name, of
        // those the lookup lists).
        const entry = await lookup(unitFilterKeys(unit));
        const units = entry.targets.filter((t) => t.kind === 'unit');
        if (mine !== generation) return;
        if (!unit.includes(':') && units.length)
          search.filters = { ...query.filters, unit: { any: units.map((u) => u.filter) } };
        // Without a word there is nothing to route by: the shards holding the unit's tasks are the lookup's.
        if (byUnit) {
          search.shards = [...new Set(units.flatMap((u) => u.shards))];
          named = Promise.resolve({ targets: units, more: entry.more });
        }
      }
      if (query.q.trim()) named = lookup(nameKeys(query.q));
      const stream = streamHits(index, search);
      let pending = stream.next();
      // What the query names goes above its clauses, before the first of them shows.
      const { targets, more } = await named.catch((error: unknown) => (console.error(error), { targets: [], more: 0 }));
      if (mine !== generation) return void stream.return();
      bestList.replaceChildren(...renderTargets({ targets, more }));
      best.hidden = targets.length === 0;
      let steer: Steer;
      for (;;) {
        const next = await pending;
        if (mine !== generation) return void stream.return();
        if (next.done) break;
        hits.push(...next.value.hits);
        await fillFirstPage();
        if (mine !== generation) return void stream.return();
        showCount();
        steer = firstPage ? 'widen' : { need: PAGE_SIZE - hits.length };
        pending = stream.next(steer);
      }
      complete = true;
      await fillFirstPage();
      if (mine !== generation) return;
      showCount();
      empty.textContent = byUnit ? strings.search.tasks(0) : strings.search.empty(query.q.trim());
      empty.hidden = hits.length > 0 || targets.length > 0;
      list.dataset.complete = 'true';
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      count.textContent = strings.search.unavailable;
      setBusy(false);
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
  input.addEventListener('focus', () => void loadIndex().catch(() => {}), { once: true });
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
  if (!initial.q.trim()) void loadChoices();
  void run(initial);
}
