import { describe, expect, it } from 'vitest';
import { disallowedInlineCode } from './inline-code.ts';

const allowOnly = (allowed: string) => (text: string) => text === allowed;

describe('disallowedInlineCode', () => {
  it('passes external scripts, data blocks and inline scripts the policy allows', () => {
    const html = [
      '<script type="module" src="/_astro/page.js"></script>',
      '<script src=/x.js></script>',
      '<script type="application/ld+json">{"@type":"Legislation"}</script>',
      "<script>document.documentElement.classList.add('js');</script>",
      '<p>a style="x" in the text of a notice is text, not an attribute</p>',
    ].join('\n');
    expect(disallowedInlineCode(html, allowOnly("document.documentElement.classList.add('js');"))).toEqual([]);
  });

  it('names every inline script the policy does not allow, whatever its JavaScript type', () => {
    const html = [
      '<script>alert(1)</script>',
      '<script type="module">import("/x.js")</script>',
      "<script type='text/javascript'>go()</script>",
      '<SCRIPT TYPE="application/javascript">other()</SCRIPT>',
      "<script>document.documentElement.classList.add('js');</script>",
    ].join('');
    expect(disallowedInlineCode(html, allowOnly("document.documentElement.classList.add('js');"))).toEqual([
      'inline script: alert(1)',
      'inline script: import("/x.js")',
      'inline script: go()',
      'inline script: other()',
    ]);
  });

  it('names <style> elements and style attributes, which a policy without unsafe-inline refuses', () => {
    const html = '<style>.search{color:red}</style><div class="a" style="color: red">x</div><p>ok</p>';
    expect(disallowedInlineCode(html, () => true)).toEqual([
      '<style>: <style>.search{color:red}</style>',
      'style attribute: <div class="a" style="color: red">',
    ]);
  });
});
