/**
 * What of a built page's code is written inline, where a Content-Security-Policy has a say: script elements without
 * src (their text must match an allowed hash) and <style> elements and style="" attributes (the policy allows none).
 * Data blocks such as JSON-LD are not run, so the policy ignores them and so does this check. The pages are Astro's
 * own output, so patterns suffice where a parser would cost seconds on a large site.
 */

/** Script types a browser runs: none given, a JavaScript MIME type, or module. */
const EXECUTABLE = /^(|module|(text|application)\/(java|ecma)script)$/i;

/** Each inline script the page runs that `isAllowedScript` refuses, and each inline style, as a short description. */
export function disallowedInlineCode(html: string, isAllowedScript: (text: string) => boolean): string[] {
  const found: string[] = [];
  for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(` ${attributes}`)?.[1] ?? '';
    if (!EXECUTABLE.test(type.trim())) continue;
    if (!isAllowedScript(text!)) found.push(`inline script: ${excerpt(text!)}`);
  }
  for (const [element] of html.matchAll(/<style\b[^>]*>[\s\S]*?<\/style>/gi))
    found.push(`<style>: ${excerpt(element)}`);
  for (const [tag] of html.matchAll(/<[a-z][\w-]*\s[^>]*?\bstyle\s*=[^>]*>/gi))
    found.push(`style attribute: ${excerpt(tag)}`);
  return found;
}

const excerpt = (text: string) => {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 100 ? `${line.slice(0, 100)}…` : line;
};
