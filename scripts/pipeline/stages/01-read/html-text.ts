/**
 * A notice saved as a web page (.html, or a page's source pasted into .txt): the text a browser shows, with its line
 * breaks — <p> and <br> end lines, table cells are tab-separated and rows end lines, <script>, <style> and <head> show
 * nothing, entities (&ldquo; &nbsp;) are characters. Parsed with parse5 (the HTML standard's
 * parser) and read with hast-util-to-text (innerText). Everything after this step — offsets, lines, losslessness —
 * refers to that text, not to the markup.
 */
import { fromParse5 } from 'hast-util-from-parse5';
import { toText } from 'hast-util-to-text';
import type { Parent, Root } from 'hast';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

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

type Node5 = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Text5 = DefaultTreeAdapterMap['textNode'];

/**
 * Browsers stop nesting elements at a depth (Blink at 512) and so does this, below the depth at which the recursive
 * steps after parsing (hast conversion, innerText) would overflow the stack: 100,000 nested <div> are one notice.
 */
const MAX_DEPTH = 256;
/** Markup whose text a browser never shows. */
const HIDDEN = new Set(['script', 'style', 'template', 'head']);

/**
 * Elements nested deeper than MAX_DEPTH give way to their text, in order; each block among them still ends a line.
 * Iterative, so that no depth of markup can overflow the stack.
 */
function capDepth(document: DefaultTreeAdapterMap['document']): void {
  const pending: [Node5, number][] = [[document, 0]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    if (!('childNodes' in node)) continue;
    if (depth < MAX_DEPTH) for (const child of node.childNodes) pending.push([child, depth + 1]);
    else if (node.childNodes.some((child) => 'childNodes' in child)) node.childNodes = textsWithin(node);
  }
}

function textsWithin(parent: DefaultTreeAdapterMap['parentNode']): Text5[] {
  const texts: Text5[] = [];
  const lineBreak = (): Text5 => ({ nodeName: '#text', value: '\n', parentNode: parent });
  const queue: (Node5 | 'break')[] = [...parent.childNodes].reverse();
  while (queue.length) {
    const node = queue.pop()!;
    if (node === 'break') texts.push(lineBreak());
    else if (node.nodeName === '#text') texts.push({ ...(node as Text5), parentNode: parent });
    else if ('childNodes' in node && !HIDDEN.has(node.nodeName)) {
      const block = BLOCK.has(node.nodeName);
      if (block) queue.push('break');
      for (let i = node.childNodes.length - 1; i >= 0; i--) queue.push(node.childNodes[i]!);
      if (block) queue.push('break');
    }
  }
  return texts;
}

export function htmlText(html: string): string {
  const document = parse(html, { scriptingEnabled: false });
  capDepth(document);
  const tree = fromParse5(document) as Root;
  paragraphsAsLines(tree);
  const text = toText(tree, { whitespace: 'pre-wrap' });
  // innerText keeps the whitespace of the markup's own line breaks; lines of only spaces are blank lines.
  return text
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
