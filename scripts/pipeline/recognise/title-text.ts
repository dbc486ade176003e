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

/**
 * A text that prints its title without its organ (关于印发…的通知) on a page whose 标题 field gives it whole
 * (重庆市永川区人民政府办公室关于印发…的通知): the whole one, which is the title GB/T 9704 gives the notice.
 */
const ORGAN = /^\p{Script=Han}{2,40}(?:办公室|办公厅|辦公室|辦公廳|政府|委员会|委員會|[局厅廳委部院办辦])$/u;

export function titleWithOrgan(own: string | null, page: string | null): string | null {
  if (!own || !page || !/^(?:关于|關於)/.test(own)) return own;
  const squash = (text: string) => text.replace(/\s/g, '');
  const organ = squash(page).endsWith(squash(own)) ? squash(page).slice(0, -squash(own).length) : '';
  // Only an organ's name before it: not an 附件： label, nor another document's title that ends the same way.
  return ORGAN.test(organ) ? page : own;
}
