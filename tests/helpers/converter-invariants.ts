/**
 * What must hold for any file fed to the converter, as the fuzz script and its unit test check it: nothing it throws
 * escapes the per-file handling; a file it refuses is refused in words (not as a converter failure); a notice it
 * makes has valid ids, loses nothing of the text it read, and its MDX page compiles with @mdx-js/mdx.
 */
import { compile } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { flattenClauses, sourcePieces, type Notice } from '../../src/model/notice.ts';
import { finishNotice } from '../../scripts/convert.ts';
import { readNotice } from '../../scripts/corpus/read-notice.ts';
import { readSource } from '../../scripts/pipeline/stages/01-read/read-source.ts';

export interface Verdict {
  /** 'notice': converted; 'refused': not a notice, said why; 'violation': an invariant broke. */
  outcome: 'notice' | 'refused' | 'violation';
  violations: string[];
  milliseconds: number;
}

const nonWhitespace = (s: string) => s.replace(/\s/g, '');

/** Every non-whitespace character of the text the converter read is in the model, once, in order. */
function losses(notice: Notice, text: string): string[] {
  const pieces = sourcePieces(notice).sort((a, b) => a.offset - b.offset);
  for (const piece of pieces)
    if (text.slice(piece.offset, piece.offset + piece.text.length) !== piece.text)
      return [`a piece at offset ${piece.offset} is not the source text there`];
  for (let i = 1; i < pieces.length; i++)
    if (pieces[i]!.offset < pieces[i - 1]!.offset + pieces[i - 1]!.text.length)
      return [`pieces overlap at offset ${pieces[i]!.offset}`];
  return nonWhitespace(pieces.map((p) => p.text).join('')) === nonWhitespace(text)
    ? []
    : ['the model does not spell the source text (something was lost or repeated)'];
}

type Tamper = (notice: Notice, mdx: string) => { notice: Notice; mdx: string };

/** The invariants of a converted notice (`tamper` breaks the output on purpose, to show that the checks can fail). */
export async function checkModel(bytes: Uint8Array, tamper: Tamper = (notice, mdx) => ({ notice, mdx })) {
  const violations: string[] = [];
  const read = await readNotice(bytes, 'fuzz.txt');
  if ('severity' in read) return /converter bug/.test(read.message) ? [read.message] : null;
  const finished = finishNotice(read, 'fuzz-2020-1');
  if ('severity' in finished) return [finished.message];
  const { notice, mdx } = tamper(finished.notice, finished.mdx);
  const ids = notice.components.flatMap((c) => [c.eId, ...flattenClauses(c.clauses).map((cl) => cl.eId)]);
  if (new Set(ids).size !== ids.length) violations.push('clause ids repeat');
  violations.push(...losses(notice, (await readSource(bytes)).text));
  // Heading ids ({#eId}) are Sätteri's syntax, not MDX's: the site's processor reads them, compile() would not.
  try {
    await compile(mdx.replace(/ \{#[a-z0-9_-]+\}$/gm, ''), { remarkPlugins: [remarkFrontmatter] });
  } catch (failure) {
    violations.push(`the MDX does not compile: ${(failure as Error).message.slice(0, 200)}`);
  }
  return violations;
}

export async function checkFile(bytes: Uint8Array): Promise<Verdict> {
  const started = performance.now();
  let violations: string[] | null;
  try {
    violations = await checkModel(bytes);
  } catch (failure) {
    violations = [`escaped the per-file handling: ${(failure as Error).message}`];
  }
  const outcome = violations === null ? 'refused' : violations.length ? 'violation' : 'notice';
  return { outcome, violations: violations ?? [], milliseconds: performance.now() - started };
}
