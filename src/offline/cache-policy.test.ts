import { describe, expect, it } from 'vitest';
import { cacheNames, evictions, urlWithoutQuery, route, staleCaches, VISITED_PAGES_LIMIT } from './cache-policy.ts';

const ROOT = 'https://example.gov.cn/';
const SUBPATH = 'https://example.gov.cn/zhengwu/';

describe('cache versioning', () => {
  it('names a precache and a pages cache per scope and version', () => {
    expect(cacheNames(ROOT, 'v2')).toEqual({ precache: 'zhengwu / v2 precache', pages: 'zhengwu / v2 pages' });
    expect(cacheNames(SUBPATH, 'v2').precache).toBe('zhengwu /zhengwu/ v2 precache');
  });

  it('deletes the other versions of its own scope and the legacy cache, keeps the current version and other scopes', () => {
    const names = [
      ...Object.values(cacheNames(ROOT, 'v1')),
      ...Object.values(cacheNames(ROOT, 'v2')),
      ...Object.values(cacheNames(SUBPATH, 'v1')),
      'zhengwu-offline',
      'some other app',
    ];
    expect(staleCaches(names, ROOT, 'v2')).toEqual(['zhengwu / v1 precache', 'zhengwu / v1 pages', 'zhengwu-offline']);
    expect(staleCaches(names, SUBPATH, 'v1')).toEqual(['zhengwu-offline']);
  });
});

describe('route', () => {
  const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });

  it('sends everything under pagefind/ to the search index, query string or not', () => {
    expect(route(get(`${ROOT}pagefind/pagefind-entry.json?ts=1733`), ROOT)).toBe('search-index');
    expect(route(get(`${SUBPATH}pagefind/index/zh-cn_1.pf_index`), SUBPATH)).toBe('search-index');
  });

  it('tells page navigations from assets', () => {
    expect(route(get(`${ROOT}notices/x/`, 'navigate'), ROOT)).toBe('page');
    expect(route(get(`${ROOT}search/?q=%E8%90%A5`, 'navigate'), ROOT)).toBe('page');
    expect(route(get(`${ROOT}_astro/Base.css`, 'no-cors'), ROOT)).toBe('asset');
    expect(route(get(`${ROOT}notices.json`), ROOT)).toBe('asset');
  });

  it('stays out of other origins, other scopes and anything but GET', () => {
    expect(route(get('https://elsewhere.example/x.js'), ROOT)).toBe('network');
    expect(route(get('https://example.gov.cn/other/', 'navigate'), SUBPATH)).toBe('network');
    expect(route({ url: `${ROOT}search/`, method: 'POST', mode: 'navigate' }, ROOT)).toBe('network');
  });
});

describe('visited pages', () => {
  it('are kept and found under their URL without query or fragment, like search index files', () => {
    expect(urlWithoutQuery(`${ROOT}search/?q=%E8%90%A5&year=2020`)).toBe(`${ROOT}search/`);
    expect(urlWithoutQuery(`${ROOT}notices/x/#sec_1`)).toBe(`${ROOT}notices/x/`);
    expect(urlWithoutQuery(`${ROOT}pagefind/pagefind-entry.json?ts=1733`)).toBe(`${ROOT}pagefind/pagefind-entry.json`);
  });

  it('are forgotten stored-longest-ago first, down to the limit', () => {
    const entries = [
      { key: 'c', storedAt: 30 },
      { key: 'a', storedAt: 10 },
      { key: 'd', storedAt: 40 },
      { key: 'b', storedAt: 20 },
    ];
    expect(evictions(entries, 2)).toEqual(['a', 'b']);
    expect(evictions(entries, 4)).toEqual([]);
    expect(evictions(entries, 10)).toEqual([]);
    const many = Array.from({ length: VISITED_PAGES_LIMIT + 3 }, (_, i) => ({ key: `p${i}`, storedAt: i }));
    expect(evictions(many)).toEqual(['p0', 'p1', 'p2']);
  });
});
