/**
 * A notice saved as a web page (.html, or a page's source pasted into .txt): the text a browser shows, with its line
 * breaks — <p> and <br> end lines, table cells are tab-separated and rows end lines, <script>, <style> and <head> show
 * nothing, entities (&ldquo; &nbsp;) are characters. Parsed with hast-util-from-html (parse5, the HTML standard's
 * parser) and read with hast-util-to-text (innerText). Everything after this step — offsets, lines, losslessness —
 * refers to that text, not to the markup.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

// A document, or text with enough block markup that it is a page's source rather than a notice quoting a tag.
const DOCUMENT = /^\s*(?:<!doctype html|<html[\s>])/i;
const BLOCK_TAG = /<\/?(?:p|div|br|td|tr|table|span|li|h[1-6])\b[^>]*>/gi;
const MIN_BLOCK_TAGS = 5;

export function isHtml(text: string): boolean {
  return DOCUMENT.test(text) || (text.match(BLOCK_TAG)?.length ?? 0) >= MIN_BLOCK_TAGS;
}

export function htmlText(html: string): string {
  const text = toText(fromHtml(html), { whitespace: 'pre-wrap' });
  // innerText keeps the whitespace of the markup's own line breaks; lines of only spaces are blank lines.
  return text
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
