import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlText, isHtml } from './html-text.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/html', name), 'utf8');

describe('htmlText', () => {
  it('reads a saved page as a browser shows it: no head, style or script, entities as characters, cells tab-separated', () => {
    expect(`${htmlText(fixture('page.html'))}\n`).toBe(fixture('expected.txt'));
  });

  it('takes a page, or text thick with block markup, for HTML — not a notice that quotes a tag or two', () => {
    expect(isHtml(fixture('page.html'))).toBe(true);
    expect(isHtml('<p>一、加强领导</p><p>（一）明确责任。</p><p>二、</p><br><br>')).toBe(true);
    expect(isHtml('关于<附件>的说明\n请查收<b>附表</b>，{见附表}。')).toBe(false);
  });

  it('reads markup nested 100,000 deep without overflowing the stack: the lines of the same markup nested 3 deep', () => {
    const page = (depth: number) =>
      `<html><body><p>关于做好政务公开工作的通知</p>${'<div>'.repeat(depth)}一、加强组织领导。<p>（一）明确责任。</p><script>alert(1)</script>${'</div>'.repeat(depth)}<p>二、强化保障。</p></body></html>`;
    const lines = (html: string) => htmlText(html).split('\n').filter(Boolean);
    expect(lines(page(3))).toEqual([
      '关于做好政务公开工作的通知',
      '一、加强组织领导。',
      '（一）明确责任。',
      '二、强化保障。',
    ]);
    expect(lines(page(100_000))).toEqual(lines(page(3)));
  });
});
