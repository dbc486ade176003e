/**
 * A PDF notice → the text of its pages, as a careful PDF-to-text dump gives it, which the later stages already read:
 * one line per printed line (hard-wrapped prose is joined again in stage 5), a first-line indent as two U+3000 (an
 * indent starts a paragraph), a blank line where the page leaves one, table cells apart by a gap, and the printed page
 * numbers (— 1 —) where they stand. Text is read with pdf.js (pdfjs-dist), Mozilla's PDF reader.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { isPageNumberLine } from '../../../../src/model/page-number.ts';

const require = createRequire(import.meta.url);
// Character maps for CID fonts (Chinese PDFs without a ToUnicode table) and the standard fonts, shipped with pdfjs-dist.
const PDFJS = path.dirname(require.resolve('pdfjs-dist/package.json'));
const resources = (folder: string) => pathToFileURL(path.join(PDFJS, folder) + path.sep).href;

interface Run {
  x: number;
  y: number;
  /** Font size (the text matrix's scale). */
  size: number;
  width: number;
  text: string;
}

/** Runs of one printed line: the same baseline, give or take a fifth of the font size. */
function lines(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Run[][] = [];
  for (const run of sorted) {
    const line = out.at(-1);
    if (line && Math.abs(line[0]!.y - run.y) <= Math.max(2, run.size / 5)) line.push(run);
    else out.push([run]);
  }
  return out.map((line) => line.sort((a, b) => a.x - b.x));
}

/** A line's text: runs joined, a gap of two characters or more between runs kept as spaces (table cells). */
function lineText(line: Run[]): string {
  let text = '';
  for (const [i, run] of line.entries()) {
    const previous = line[i - 1];
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      if (gap >= run.size * 1.5) text += '  ';
      else if (gap >= run.size * 0.25 && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(run.text)) text += ' ';
    }
    text += run.text;
  }
  return text;
}

/** The most common value, rounded to whole points (the page's line spacing). */
function mode(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best: number | null = null;
  for (const [value, count] of counts)
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && value < best)) best = value;
  return best;
}

const left = (line: Run[]) => line[0]!.x;
const right = (line: Run[]) => line.at(-1)!.x + line.at(-1)!.width;

interface PrintedLine {
  text: string;
  /** Starts a character and a half or more right of the margin: a paragraph's first line, or a centred title. */
  indented: boolean;
  /** Runs to the right margin: the paragraph goes on in the next line. */
  full: boolean;
  /** The page leaves an empty line above it. */
  blankBefore: boolean;
}

/** A page's printed lines in reading order, its page numbers (— 1 —, 第1页) apart. */
function pageLines(items: TextItem[]): { body: PrintedLine[]; pageNumbers: string[] } {
  const runs: Run[] = items
    .filter((item) => item.str.trim())
    .map((item) => ({
      x: item.transform[4]!,
      y: item.transform[5]!,
      size: Math.hypot(item.transform[0]!, item.transform[1]!),
      width: item.width,
      text: item.str,
    }));
  const printed = lines(runs);
  const pageNumbers = printed.filter((line) => isPageNumberLine(lineText(line))).map(lineText);
  const body = printed.filter((line) => !isPageNumberLine(lineText(line)));
  if (body.length === 0) return { body: [], pageNumbers };
  const margin = Math.min(...body.map(left));
  const edge = Math.max(...body.map(right));
  const spacing = mode(body.slice(1).map((line, i) => body[i]![0]!.y - line[0]!.y)) ?? 0;
  return {
    pageNumbers,
    body: body.map((line, i) => {
      const size = line[0]!.size;
      return {
        text: lineText(line),
        indented: left(line) - margin >= size * 1.5,
        // Line breaking keeps punctuation off a line's start, so a wrapped line may stop up to two characters short.
        full: edge - right(line) < size * 2.5,
        blankBefore: i > 0 && spacing > 0 && body[i - 1]![0]!.y - line[0]!.y > spacing * 1.6,
      };
    }),
  };
}

/**
 * The printed lines of all pages → text lines. A line that runs to the right margin followed by one that starts at
 * the left margin is one paragraph wrapped by the page, also across a page break: they are joined, so a paragraph (a
 * wrapped heading too) reads as one line, as in a text file. A page number stands on a line of its own, with a blank
 * line around it, where the page ends — or after the paragraph that runs across the page break.
 */
function documentText(pages: { body: PrintedLine[]; pageNumbers: string[] }[]): string {
  const out: string[] = [];
  let previous: PrintedLine | null = null;
  let pending: string[] = [];
  const flush = () => {
    for (const number of pending) out.push('', `\u3000\u3000${number.trim()}`, '');
    pending = [];
  };
  for (const page of pages) {
    for (const line of page.body) {
      if (previous?.full && !line.blankBefore && !line.indented) out[out.length - 1] += line.text;
      else {
        flush(); // a paragraph has ended: the page numbers of the pages it ran across follow it
        if (line.blankBefore && out.at(-1) !== '') out.push('');
        out.push((line.indented ? '\u3000\u3000' : '') + line.text);
      }
      previous = line;
    }
    pending.push(...page.pageNumbers);
  }
  flush();
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

export class PdfTextError extends Error {
  override name = 'PdfTextError';
}

/** The text of every page, pages apart by a blank line. A PDF of scanned images holds no text: that is an error. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
    cMapUrl: resources('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: resources('standard_fonts'),
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.filter((item): item is TextItem => 'str' in item)));
      page.cleanup();
    }
    const text = documentText(pages).trim();
    if (!text)
      throw new PdfTextError(
        `a PDF of ${document.numPages} page(s) without text (scanned images?): it needs OCR first`,
      );
    return text;
  } finally {
    await document.loadingTask.destroy();
  }
}
