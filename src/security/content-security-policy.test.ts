import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, INLINE_SCRIPT_SOURCES, scriptHash } from './content-security-policy.ts';
import { headersFile } from './csp-integration.ts';
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
