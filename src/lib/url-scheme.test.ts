import { describe, expect, it } from 'vitest';
import { makeUrls } from './url-scheme.ts';

describe('makeUrls', () => {
  it('builds root-hosted links with trailing slashes', () => {
    const urls = makeUrls('/');
    expect(urls.home()).toBe('/');
    expect(urls.notice('ji-zheng-gong-zu-2020-3')).toBe('/notices/ji-zheng-gong-zu-2020-3/');
    expect(urls.notice('x', 'sec_2__para_3')).toBe('/notices/x/#sec_2__para_3');
    expect(urls.notice('x', 'sec_9', 1)).toBe('/notices/x/#sec_9');
    expect(urls.notice('x', 'sec_9', 3)).toBe('/notices/x/p/3/#sec_9');
    expect(urls.facetValue('year', 2020)).toBe('/years/2020/');
    expect(urls.region('230522')).toBe('/regions/230522/');
    expect(urls.region('230522', 2)).toBe('/regions/230522/p/2/');
    expect(urls.region(null)).toBe('/regions/none/');
    expect(urls.region(null, 2)).toBe('/regions/none/p/2/');
    expect(urls.facetGroup('issuer', '440000')).toBe('/issuers/region/440000/');
    expect(urls.facetGroup('issuer', 'national', 2)).toBe('/issuers/region/national/p/2/');
    expect(urls.facetValue('level', 'county', 3)).toBe('/levels/county/p/3/');
    expect(urls.facetValue('level', 'county')).toBe('/levels/county/');
    expect(urls.unit('xian-si-fa-ju')).toBe('/units/xian-si-fa-ju/');
    expect(urls.unit('230522-si-fa-ju', 1)).toBe('/units/230522-si-fa-ju/');
    expect(urls.unit('230522-si-fa-ju', 3)).toBe('/units/230522-si-fa-ju/3/');
    expect(urls.unitRegion('230522')).toBe('/units/region/230522/');
    expect(urls.deadlinesFile('export-rows.json', '2020-11')).toBe('/deadlines/2020-11/export-rows.json');
    expect(urls.unitFile('230522-si-fa-ju', 'tasks.csv')).toBe('/units/230522-si-fa-ju/tasks.csv');
    expect(urls.deadlinesFile('tasks.ics')).toBe('/deadlines/tasks.ics');
    expect(urls.deadlines('2020-11')).toBe('/deadlines/2020-11/');
    expect(urls.deadlines('2020-11', 1)).toBe('/deadlines/2020-11/');
    expect(urls.deadlines('2020-11', 2)).toBe('/deadlines/2020-11/2/');
    expect(urls.deadlinesFile('tasks.csv', '2020-11')).toBe('/deadlines/2020-11/tasks.csv');
    expect(urls.rss()).toBe('/rss.xml');
    expect(urls.noticeList('x', 'cited-by')).toBe('/notices/x/cited-by/');
    expect(urls.noticeList('x', 'implemented-by', 2, 'implemented-by-sec_1')).toBe(
      '/notices/x/implemented-by/p/2/#implemented-by-sec_1',
    );
    expect(urls.noticeList('x', 'cited-by', 1, 'cited-by-whole')).toBe('/notices/x/cited-by/#cited-by-whole');
  });

  it('puts every link under a subpath base, with or without its trailing slash', () => {
    for (const base of ['/zhengwu/', '/zhengwu']) {
      const urls = makeUrls(base);
      expect(urls.home()).toBe('/zhengwu/');
      expect(urls.notice('x', 'att_1__sec_2')).toBe('/zhengwu/notices/x/#att_1__sec_2');
      expect(urls.notice('x', 'sec_9', 2)).toBe('/zhengwu/notices/x/p/2/#sec_9');
      expect(urls.noticeList('x', 'lineage', 3)).toBe('/zhengwu/notices/x/lineage/p/3/');
      expect(urls.facet('issuer')).toBe('/zhengwu/issuers/');
      expect(urls.rss()).toBe('/zhengwu/rss.xml');
      expect(urls.sitemap()).toBe('/zhengwu/sitemap-index.xml');
    }
  });

  it('puts a comparison and its data beside the notice, the forwarded document’s ~att_1 kept readable', () => {
    const urls = makeUrls('/zhengwu/');
    expect(urls.compare('you-zheng-ban-fa-2020-17', 'yue-fu-ban-2020-14~att_1')).toBe(
      '/zhengwu/notices/you-zheng-ban-fa-2020-17/compare/yue-fu-ban-2020-14~att_1/',
    );
    expect(urls.compareData('x', 'y')).toBe('/zhengwu/notices/x/compare/y.json');
    expect(urls.alignmentsData()).toBe('/zhengwu/alignments.json');
  });

  it('maps root-relative paths from converted text under the base', () => {
    expect(makeUrls('/zhengwu/').path('/notices/x/#sec_1')).toBe('/zhengwu/notices/x/#sec_1');
    expect(makeUrls('/').path('notices/x/')).toBe('/notices/x/');
  });

  it('encodes the search query and path segments', () => {
    const urls = makeUrls('/zhengwu/');
    expect(urls.search()).toBe('/zhengwu/search/');
    expect(urls.search('国办发〔2020〕17号 二')).toBe(
      '/zhengwu/search/?q=%E5%9B%BD%E5%8A%9E%E5%8F%91%E3%80%942020%E3%80%9517%E5%8F%B7%20%E4%BA%8C',
    );
    expect(urls.facetValue('genre', 'a b')).toBe('/zhengwu/genres/a%20b/');
  });
});
