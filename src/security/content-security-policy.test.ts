import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, INLINE_SCRIPT_SOURCES, scriptHash } from './content-security-policy.ts';
import { checkBuiltPages, headersFile } from './csp-integration.ts';
import { INLINE_SCRIPTS } from './inline-scripts.ts';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('the Content-Security-Policy', () => {
  it('hashes an inline script as browsers do (SHA-256 of its UTF-8 text, base64)', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHash('政务')).not.toBe(scriptHash('政務'));
  });

  it('allows scripts from the site, WebAssembly, and exactly the inline scripts of inline-scripts.ts', () => {
    const scripts = directive(CONTENT_SECURITY_POLICY.meta, 'script-src');
    expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'", ...Object.values(INLINE_SCRIPTS).map(scriptHash)]);
    expect(INLINE_SCRIPT_SOURCES).toHaveLength(Object.keys(INLINE_SCRIPTS).length);
    for (const policy of Object.values(CONTENT_SECURITY_POLICY))
      expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(directive(CONTENT_SECURITY_POLICY.meta, 'style-src')).toEqual(["'self'"]);
    expect(directive(CONTENT_SECURITY_POLICY.meta, 'worker-src')).toEqual(["'self'"]);
  });

  it('forbids framing in the header only: a <meta> policy cannot, and browsers complain if it tries', () => {
    expect(CONTENT_SECURITY_POLICY.meta).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY.header).toBe(`${CONTENT_SECURITY_POLICY.meta}; frame-ancestors 'none'`);
  });

  it('writes _headers for every path under the base', () => {
    expect(headersFile('/').split('\n').slice(1)).toEqual([
      '/*',
      `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY.header}`,
      '',
    ]);
    expect(headersFile('/zhengwu').split('\n')[1]).toBe('/zhengwu/*');
  });

  it('is the policy the README gives for nginx, Apache, Netlify/Cloudflare Pages and Caddy', async () => {
    const readme = await readFile(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const policy = CONTENT_SECURITY_POLICY.header;
    expect(readme).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    expect(readme).toContain(`Header always set Content-Security-Policy "${policy}"`);
    expect(readme).toContain(`/*\n  Content-Security-Policy: ${policy}\n`);
    expect(readme).toContain(`header Content-Security-Policy "${policy}"`);
  });
});

describe('checkBuiltPages', () => {
  it('passes pages with only allowed inline scripts, and stops the build naming each page and what it refuses', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'zhengwu-csp-'));
    try {
      const page = (body: string) =>
        `<!doctype html><html><head><script>${INLINE_SCRIPTS.scriptsRun}</script></head><body>${body}</body></html>`;
      await writeFile(path.join(site, 'index.html'), page('<script type="module" src="/_astro/a.js"></script>'));
      expect(await checkBuiltPages(site)).toBe(1);

      await mkdir(path.join(site, 'search'));
      await writeFile(
        path.join(site, 'search', 'index.html'),
        page('<script type="module">start()</script><style>p{}</style>'),
      );
      await expect(checkBuiltPages(site)).rejects.toThrow(
        'The Content-Security-Policy would refuse inline code in 2 place(s); move it to a file, or add a one-line ' +
          'script to src/security/inline-scripts.ts:\n' +
          'search/index.html: inline script: start()\n' +
          'search/index.html: <style>: <style>p{}</style>',
      );
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
