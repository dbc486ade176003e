import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from './link-check.ts';

const SITE = path.join(import.meta.dirname, 'fixtures/link-check');

describe('checkLinks', () => {
  it('finds every missing file, fragment and base path, and nothing else', () => {
    const report = checkLinks(SITE, '/zhengwu/');
    expect(report.dangling).toEqual([
      { page: 'index.html', href: '/zhengwu/notices/a/#sec_9', reason: 'no such fragment' },
      { page: 'index.html', href: '/zhengwu/notices/b/', reason: 'no such file' },
      { page: 'index.html', href: '/notices/a/', reason: 'outside the base path' },
      { page: 'index.html', href: '/zhengwu/search/?q=%E5%9B%BD%E5%8A%9E%E5%8F%91', reason: 'no such file' },
      { page: 'notices/a/index.html', href: '#sec_%E4%B8%80', reason: 'no such fragment' },
    ]);
    expect(report).toMatchObject({ pages: 2, internal: 10, fragments: 5, external: 1 });
  });

  it('reads the same site served at the root as links outside it', () => {
    const dangling = checkLinks(SITE, '/').dangling.map((d) => d.href);
    expect(dangling).toContain('/zhengwu/notices/a/#sec_1');
    expect(dangling).not.toContain('/notices/a/');
  });
});

describe('checkLinks of a notice shown on several pages', () => {
  it('reads its pages.json as links from its first page: each clause must be on the page it names', () => {
    const report = checkLinks(path.join(import.meta.dirname, 'fixtures/link-check-pages'), '/zhengwu/');
    expect(report.dangling).toEqual([
      { page: 'notices/long/index.html', href: '/zhengwu/notices/long/p/2/#sec_3', reason: 'no such fragment' },
      { page: 'notices/long/index.html', href: '(no such page)#sec_4', reason: 'no such file' },
    ]);
    expect(report).toMatchObject({ pages: 2, internal: 5, fragments: 4 });
  });
});
