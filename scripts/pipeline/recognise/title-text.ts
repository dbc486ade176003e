/**
 * The text of a notice's own title from its title lines. GB/T 9704 prints a title bare; a web page may print it in
 * 书名号 (《…的通知》), and a page that shows its headline above the notice's own header prints it twice; a portal table
 * leaves its cell bars after it (…年度报告 | ||) and an annotation plugin its pinyin. None of that is part of the title.
 */
import { endsLikeTitle } from './genres.ts';
import { dropResidue } from './residue.ts';

/** 《…》 around the whole line, the first 《 closed only by the last 》 (not 《甲》和《乙》). */
function unwrapped(line: string): string {
  if (!line.startsWith('《') || !line.endsWith('》')) return line;
  let depth = 0;
  for (let i = 0; i < line.length - 1; i++) {
    if (line[i] === '《') depth++;
    else if (line[i] === '》' && --depth === 0) return line; // closed before the end: two titles, not one wrapped
  }
  const inner = line.slice(1, -1);
  return endsLikeTitle(inner) ? inner : line;
}

export function titleText(lines: string[]): string {
  let title = '';
  const cells = lines.map((line) => unwrapped(dropResidue(line).replace(/[\s|｜]+$/, '')));
  for (const line of cells) if (line !== title) title += line;
  return once(title);
}

/** A headline and the title below it run into one line (…年度报告…年度报告): the title once. */
function once(title: string): string {
  const half = title.length / 2;
  return Number.isInteger(half) && half >= 4 && title.slice(0, half) === title.slice(half)
    ? title.slice(0, half)
    : title;
}
