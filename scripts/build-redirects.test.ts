import { describe, expect, it } from 'vitest';
import { movedPage } from './build-redirects.ts';

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
