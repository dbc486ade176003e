/**
 * A notice saved as a web page (.html, or a page's source pasted into .txt): the text a browser shows, with its line
 * breaks — <p> and <br> end lines, table cells are tab-separated and rows end lines, <script>, <style> and <head> show
 * nothing, entities (&ldquo; &nbsp;) are characters. Parsed with hast-util-from-html (parse5, the HTML standard's
 * parser) and read with hast-util-to-text (innerText). Everything after this step — offsets, lines, losslessness —
 * refers to that text, not to the markup.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Parent } from 'hast';

// A document, or text with enough block markup that it is a page's source rather than a notice quoting a tag.
const DOCUMENT = /^\s*(?:<!doctype html|<html[\s>])/i;
const BLOCK_TAG = /<\/?(?:p|div|br|td|tr|table|span|li|h[1-6])\b[^>]*>/gi;
const MIN_BLOCK_TAGS = 5;

export function isHtml(text: string): boolean {
  return DOCUMENT.test(text) || (text.match(BLOCK_TAG)?.length ?? 0) >= MIN_BLOCK_TAGS;
}

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'body',
]);
const isBlock = (node: Parent['children'][number] | undefined) => node?.type === 'element' && BLOCK.has(node.tagName);

/**
 * A paragraph (<p>) is one line of the text, as a line of a text file is — a browser would set it off by an empty line,
 * but pages converted from text dumps print every line of a hard-wrapped paragraph as a <p> of its own, and stage 5
 * joins those the same way whatever they came from. An empty <p> (or one holding only &nbsp;) is an empty line; the
 * markup's own line breaks between blocks show nothing, as in a browser.
 */
function paragraphsAsLines(node: Parent): void {
  const children = node.children.filter(
    (child, i) =>
      !(
        child.type === 'text' &&
        !child.value.trim() &&
        (isBlock(node.children[i - 1]) || isBlock(node.children[i + 1]))
      ),
  );
  node.children = children.map((child) => {
    if (child.type !== 'element') return child;
    paragraphsAsLines(child);
    if (child.tagName !== 'p') return child;
    const empty = !toText(child).replace(/[\s\u00a0]/g, '');
    return empty ? { ...child, tagName: 'br', children: [] } : { ...child, tagName: 'div' };
  });
}

export function htmlText(html: string): string {
  const tree = fromHtml(html);
  paragraphsAsLines(tree);
  const text = toText(tree, { whitespace: 'pre-wrap' });
  // innerText keeps the whitespace of the markup's own line breaks; lines of only spaces are blank lines.
  return text
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
