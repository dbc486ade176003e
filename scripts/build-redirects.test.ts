import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../src/lib/catalog.ts';
import { clause, component, duty, notice } from '../tests/helpers/notices.ts';
import { formerUnitUrls, MOVED_SCRIPT, movedPage, writeUnitRedirects } from './build-redirects.ts';

describe('movedPage', () => {
  it('leads by a relative URL, which holds at the root and under any BASE', () => {
    const page = movedPage('ji-zheng-gong-zu-2020-3', '关于印发要点的通知');
    expect(page).toContain('<meta http-equiv="refresh" content="1; url=../ji-zheng-gong-zu-2020-3/">');
    expect(page).toContain('<a id="moved-to" href="../ji-zheng-gong-zu-2020-3/">关于印发要点的通知</a>');
    expect(new URL('../ji-zheng-gong-zu-2020-3/', 'https://example.gov.cn/zhengwu/notices/old-id/').pathname).toBe(
      '/zhengwu/notices/ji-zheng-gong-zu-2020-3/',
    );
  });

  it('shows a hostile title as text, never as markup', () => {
    const page = movedPage('x-2020-1', '</title><script>alert(1)</script>"&');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;');
    expect(page.match(/<script/g)).toHaveLength(1); // the site's own moved.js
  });
});

describe('old unit URLs', () => {
  const county = (code: string, name: string) => ({
    code,
    name,
    province: '黑龙江省',
    city: '双鸭山市',
    county: name,
  });
  const withDuty = (id: string, region: ReturnType<typeof county>, units: string[]) =>
    notice(id, {
      region,
      components: [
        component('main', 'text', [
          clause('sec_1', '（一）', [], { heading: '做好公开。', text: '', duty: duty([], units, null) }),
        ]),
      ],
    });
  const former = formerUnitUrls(
    buildCatalog([
      withDuty('a-2020-1', county('230522', '友谊县'), ['县司法局', '县财政局']),
      withDuty('b-2020-1', county('230521', '集贤县'), ['县司法局']),
      withDuty('c-2020-1', county('230521', '集贤县'), ['司法局']),
    ]),
  );

  it('are the name-keyed slugs, each leading to the units its name now reads as', () => {
    expect(former.map(({ slug, units }) => [slug, units.map((u) => u.slug)])).toEqual([
      ['si-fa-ju', ['230521-si-fa-ju']],
      ['xian-cai-zheng-ju', ['230522-cai-zheng-ju']],
      ['xian-si-fa-ju', ['230521-si-fa-ju', '230522-si-fa-ju']],
    ]);
  });

  it('lead to the one unit, or list the units of each region a shared name now splits into', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'old-units-'));
    mkdirSync(path.join(site, 'units'));
    expect(writeUnitRedirects(site, former)).toBe(3);
    const page = (slug: string) => readFileSync(path.join(site, 'units', slug, 'index.html'), 'utf8');
    expect(page('xian-cai-zheng-ju')).toContain('url=../230522-cai-zheng-ju/');
    const split = page('xian-si-fa-ju');
    expect(split).not.toContain('http-equiv="refresh"');
    expect(split).toContain('<a href="../230521-si-fa-ju/">县司法局（黑龙江省 › 双鸭山市 › 集贤县）</a>');
    expect(split).toContain('<a href="../230522-si-fa-ju/">县司法局（黑龙江省 › 双鸭山市 › 友谊县）</a>');
    expect(existsSync(path.join(site, 'units', MOVED_SCRIPT))).toBe(true);
  });

  it('never take the place of a page that exists', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'old-units-'));
    mkdirSync(path.join(site, 'units', 'si-fa-ju'), { recursive: true });
    writeFileSync(path.join(site, 'units', 'si-fa-ju', 'index.html'), '');
    expect(() => writeUnitRedirects(site, former)).toThrow('units/si-fa-ju/ is a page of its own');
  });
});
