/**
 * Astro integration for the Content-Security-Policy (content-security-policy.ts):
 *   - `astro preview` (what npm start serves) sends the policy as a header, as a configured host would;
 *     `astro dev` does not, since Vite's own inline scripts would be refused;
 *   - after the build, every page is checked for inline code the policy would refuse (the build stops, naming the
 *     pages), and `_headers` is written for hosts that read it (Netlify, Cloudflare Pages).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_SECURITY_POLICY, INLINE_SCRIPT_SOURCES, scriptHash } from './content-security-policy.ts';
import { disallowedInlineCode } from './inline-code.ts';

const HEADER = 'Content-Security-Policy';

/** The `_headers` file: the policy for every path under the base. */
export function headersFile(base: string): string {
  return [
    '# Netlify and Cloudflare Pages send these headers; for other hosts see the README (Content-Security-Policy).',
    `${base.replace(/\/?$/, '/')}*`,
    `  ${HEADER}: ${CONTENT_SECURITY_POLICY.header}`,
    '',
  ].join('\n');
}

/**
 * Checks every page of a built site for inline code the policy would refuse; throws, naming up to 20 places, if there
 * is any. Returns how many pages it checked.
 */
export async function checkBuiltPages(site: string): Promise<number> {
  const allowed = new Set(INLINE_SCRIPT_SOURCES);
  const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const refused: string[] = [];
  for (const page of pages) {
    const html = await readFile(path.join(site, page), 'utf8');
    for (const problem of disallowedInlineCode(html, (text) => allowed.has(scriptHash(text))))
      refused.push(`${page.split(path.sep).join('/')}: ${problem}`);
  }
  if (refused.length > 0)
    throw new Error(
      `The Content-Security-Policy would refuse inline code in ${refused.length} place(s); move it to a file, ` +
        `or add a one-line script to src/security/inline-scripts.ts:\n${refused.slice(0, 20).join('\n')}`,
    );
  return pages.length;
}

export function contentSecurityPolicy(): AstroIntegration {
  let base = '/';
  return {
    name: 'zhengwu:content-security-policy',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'preview') updateConfig({ server: { headers: { [HEADER]: CONTENT_SECURITY_POLICY.header } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const checked = await checkBuiltPages(site);
        await writeFile(path.join(site, '_headers'), headersFile(base));
        logger.info(`${checked} pages checked against the Content-Security-Policy; _headers written`);
      },
    },
  };
}
