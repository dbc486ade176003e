/**
 * The site's Content-Security-Policy, one for every page: each page carries it in a <meta> tag (Base.astro), and
 * hosts that can send headers send it too (`_headers`, written by csp-integration.ts; the README shows nginx, Apache
 * and Caddy). Scripts come from the site itself or are one of the inline scripts named by their hash, never
 * 'unsafe-inline'; styles only from the site's stylesheets. Pagefind compiles its WebAssembly ('wasm-unsafe-eval')
 * and searches in a worker loaded from the site ('self').
 */
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './inline-scripts.ts';

/** The CSP source expression that allows exactly this inline script text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of the site's own inline scripts, the only inline code the policy allows. */
export const INLINE_SCRIPT_SOURCES: readonly string[] = Object.values(INLINE_SCRIPTS).map(scriptHash);

const DIRECTIVES: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'", ...INLINE_SCRIPT_SOURCES]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
];

/** Only a header can forbid framing: browsers ignore (and complain about) frame-ancestors in a <meta> tag. */
const HEADER_ONLY_DIRECTIVES: [string, string[]][] = [['frame-ancestors', ["'none'"]]];

const serialise = (directives: [string, string[]][]) =>
  directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

export const CONTENT_SECURITY_POLICY = {
  meta: serialise(DIRECTIVES),
  header: serialise([...DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]),
};
