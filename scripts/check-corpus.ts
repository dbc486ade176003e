/**
 * `npm run check-corpus -- <folder>`: converts a folder of notices that has an answer key (`expected.json`, keyed by
 * file name; the notices beside it or in `notices/`) and prints, per file and in total, which fields are right, the
 * misses, and whether every non-whitespace character of each source is kept exactly once. Nothing is written.
 * Exit status 1 when a file fails to convert or loses text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Notice, sourcePieces } from '../src/model/notice.ts';
import { AnswerKey, checkNotice, FIELDS, type Check, type Field } from './corpus/answer-key.ts';
import { convertFile } from './pipeline/convert-notice.ts';
import { readSource } from './pipeline/stages/01-read/read-source.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const folder = positionals[0];
if (!folder || !existsSync(join(folder, 'expected.json'))) {
  console.error('usage: npm run check-corpus -- <folder with expected.json and the notices (or notices/)>');
  process.exit(2);
}
const key = AnswerKey.parse(JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')));
const notices = existsSync(join(folder, 'notices')) ? join(folder, 'notices') : folder;

/** Whether the model's source pieces, in order, spell the source's non-whitespace characters exactly once. */
function keepsEverything(source: string, notice: Notice): boolean {
  const pieces = sourcePieces(notice).sort((a, b) => a.offset - b.offset);
  let end = 0;
  for (const piece of pieces) {
    if (piece.offset < end || source.slice(piece.offset, piece.offset + piece.text.length) !== piece.text) return false;
    end = piece.offset + piece.text.length;
  }
  return (
    pieces
      .map((p) => p.text)
      .join('')
      .replace(/\s/g, '') === source.replace(/\s/g, '')
  );
}

const totals = new Map<Field, { right: number; all: number }>(FIELDS.map((field) => [field, { right: 0, all: 0 }]));
let failed = 0;
let lossy = 0;
for (const file of Object.keys(key)) {
  const path = join(notices, file);
  let checks: Check[];
  let kept: string;
  try {
    const bytes = readFileSync(path);
    const notice = Notice.parse({ id: 'checked', ...(await convertFile({ bytes, file: basename(file) })) });
    const whole = keepsEverything((await readSource(bytes)).text, notice);
    if (!whole) lossy++;
    kept = whole ? 'text kept' : 'TEXT LOST OR REPEATED';
    checks = checkNotice(key[file]!, notice);
  } catch (error) {
    failed++;
    kept = `NOT CONVERTED: ${(error as Error).message.split('\n')[0]}`;
    checks = checkNotice(key[file]!, null);
  }
  for (const check of checks) {
    const total = totals.get(check.field)!;
    total.all++;
    if (check.right) total.right++;
  }
  const right = checks.filter((c) => c.right).length;
  console.log(`${right === checks.length ? '✓' : '✗'} ${file}  ${right}/${checks.length} right, ${kept}`);
  for (const miss of checks.filter((c) => !c.right))
    console.log(`    ${miss.field}: ${miss.expected}${miss.actual ? `  ≠ ${miss.actual}` : '  (not found)'}`);
}

const all = [...totals.values()].reduce((sum, t) => ({ right: sum.right + t.right, all: sum.all + t.all }), {
  right: 0,
  all: 0,
});
const percent = (t: { right: number; all: number }) => (t.all ? ((100 * t.right) / t.all).toFixed(1) : '–');
console.log('');
for (const [field, total] of totals)
  console.log(`${field.padEnd(15)} ${total.right}/${total.all} (${percent(total)} %)`);
console.log(
  `${'all fields'.padEnd(15)} ${all.right}/${all.all} (${percent(all)} %); ${Object.keys(key).length - failed}/${Object.keys(key).length} files converted, ${lossy} lost or repeated text`,
);
process.exit(failed || lossy ? 1 : 0);
