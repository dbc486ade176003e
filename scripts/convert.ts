/**
 * The converter's command line: the only place that touches files.
 *
 *   npm run convert                              content/ → generated/ (for the site; updates content/notice-ids.json)
 *   npm run convert -- --in <folder> --out <folder>   any folder, recursively → <out>/*.mdx, <out>/notices/*.json and
 *                                                     <out>/notices.json
 *   --cache <folder>: where each file's conversion is kept for the next run (default <out>/.cache)
 *   --jobs N: files converted at once, on worker threads (default: the machine's cores; 1: on the main thread). The
 *             output is the same whatever N: files are taken in their order, and the corpus steps run once after.
 *
 * A file that fails is reported with its name (and line) and the others still convert; so is an entry of the folder
 * that cannot be read, and every file left out says why. The exit status is 0 when anything converted.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { ZodError } from 'zod';
import { Notice, type Problem } from '../src/model/notice.ts';
import type { NoticeDraft } from './pipeline/convert-notice.ts';
import { ID_MANIFEST, listFolder, why, type Skipped } from './corpus/folder.ts';
import { gatherDocuments, placeDocuments } from './corpus/documents.ts';
import { assignIds, idInput, manifestText, readManifest, writeManifest } from './corpus/ids.ts';
import { linkNotices, linkSummary } from './corpus/link.ts';
import { assessValidity, validitySummary } from './corpus/validity.ts';
import { ConvertCache } from './corpus/convert-cache.ts';
import { writeOutputs, type Output } from './corpus/outputs.ts';
import { ConvertWorkers } from './corpus/convert-workers.ts';
import { failureMessage, fileError, readNotice } from './corpus/read-notice.ts';
import { type PageOf, toMdx } from './pipeline/stages/08-mdx/to-mdx.ts';
import { noticePages } from '../src/model/notice-pages.ts';

/** A file that takes longer than this is named in the report with its time. */
const SLOW_SECONDS = 2;

export interface Conversion {
  /** Files read as notices (skipped entries not counted). */
  files: number;
  notices: Notice[];
  skipped: Skipped[];
  failures: Problem[];
  /** Warnings about the folder as a whole: duplicate files and numbers. */
  warnings: Problem[];
  /** Files that took longer than SLOW_SECONDS, with their time. */
  slow: { file: string; seconds: number }[];
  /** Old page id → current one (a page renamed in the id manifest). */
  redirects: Record<string, string>;
  /** Files whose conversion was read from the cache. */
  reused: number;
  /** Files converted in this run (not from the cache), failed ones included. */
  converted: number;
}

export interface ConvertOptions {
  /** Where each file's conversion is kept for the next run (default <out>/.cache). */
  cache?: string;
  /** Worker threads converting files at once; 1 (the default) converts on the calling thread. */
  jobs?: number;
}

/** A zod failure in a line or two: how many problems, and the first with its place in the notice. */
export function schemaMessage(failure: ZodError): string {
  const [first] = failure.issues;
  const where = first!.path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${String(step)}`)).join('');
  const more = failure.issues.length > 1 ? ` (and ${failure.issues.length - 1} more)` : '';
  return `the converter built a notice its schema rejects (a converter bug, please report it): ${where.replace(/^\./, '')}: ${first!.message}${more}`;
}

/** Warnings for byte-identical files and for files sharing a 发文字号: both convert, under ids said here. */
function duplicateWarnings(notices: Notice[]): Problem[] {
  const warnings: Problem[] = [];
  const first = new Map<string, Notice>();
  for (const notice of notices) {
    const same = first.get(`bytes:${notice.source.sha256}`);
    const number = notice.documentNumber ? first.get(`number:${notice.documentNumber}`) : undefined;
    const warn = (message: string) =>
      warnings.push({ file: notice.source.file, line: null, severity: 'warning', message });
    if (same) warn(`byte-identical to ${same.source.file} (${same.id}); both convert, this one as ${notice.id}`);
    else if (number)
      warn(
        `the same 发文字号 ${notice.documentNumber} as ${number.source.file} (${number.id}); this one is ${notice.id}, ` +
          `told apart by its text in ${ID_MANIFEST}`,
      );
    first.set(`bytes:${notice.source.sha256}`, first.get(`bytes:${notice.source.sha256}`) ?? notice);
    if (notice.documentNumber) first.set(`number:${notice.documentNumber}`, number ?? notice);
  }
  return warnings;
}

/** A draft with its page id → the checked notice, or the file's error. */
function checkNotice(draft: NoticeDraft, id: string): Notice | Problem {
  try {
    const checked = Notice.safeParse({ id, ...draft });
    return checked.success ? checked.data : fileError(draft.source.file, schemaMessage(checked.error));
  } catch (failure) {
    return fileError(draft.source.file, failureMessage(failure));
  }
}

/** A checked (and linked) notice → its MDX page, or the file's error. */
function writeMdx(notice: Notice, pageOf?: PageOf): { notice: Notice; mdx: string } | Problem {
  try {
    return { notice, mdx: toMdx(notice, pageOf) };
  } catch (failure) {
    return fileError(notice.source.file, failureMessage(failure));
  }
}

/** A draft with its page id → the checked notice and its MDX page, or the file's error. */
export function finishNotice(draft: NoticeDraft, id: string): { notice: Notice; mdx: string } | Problem {
  const checked = checkNotice(draft, id);
  return 'severity' in checked ? checked : writeMdx(checked);
}

/**
 * notices.json, written a notice at a time, one notice per line: a corpus (or one 50 MB notice) never has to fit in
 * one string, and a reader may take it line by line (src/model/notice-lines.ts).
 */
function* noticesJson(notices: Notice[]): Generator<string> {
  if (!notices.length) return yield '[]\n';
  yield '[\n';
  for (const [i, notice] of notices.entries()) {
    yield JSON.stringify(notice);
    yield i < notices.length - 1 ? ',\n' : '\n';
  }
  yield ']\n';
}

/** Beside the output, one JSON file per notice: what the site reads, one notice at a time. */
export const NOTICE_FOLDER = 'notices';

/**
 * Converts every notice under `inDir` into `outDir` (absolute paths), page ids read from and written to the id manifest
 * at `ids`. Throws, having written nothing, when the folders cannot be used.
 */
export async function convertFolder(
  inDir: string,
  outDir: string,
  ids: { read: string; write: string },
  { cache: cacheDir = join(outDir, '.cache'), jobs = 1 }: ConvertOptions = {},
) {
  if (existsSync(outDir) && realpathSync(inDir) === realpathSync(outDir))
    throw new Error(
      `--in and --out are the same folder (${inDir}): the next run would read its own output as notices; choose another --out`,
    );
  const listing = listFolder(inDir, [outDir]);
  const { files } = listing;
  const bar =
    process.stdout.isTTY && files.length > 20
      ? new cliProgress.SingleBar({ format: '转换 {bar} {value}/{total} {file}' }, cliProgress.Presets.shades_classic)
      : null;
  bar?.start(files.length, 0, { file: '' });

  const drafts: NoticeDraft[] = [];
  const failures: Problem[] = [...listing.problems];
  const slow: Conversion['slow'] = [];
  // A file converted before, with the same bytes and the same converter, is read back (convert-cache.ts).
  const cache = new ConvertCache(cacheDir);
  const used = new Set<string>();
  const fresh = new Map<string, NoticeDraft>(); // cached once the outputs are written: a refused --out gets nothing
  let reused = 0;
  let converted = 0;
  const workers = jobs > 1 ? new ConvertWorkers(jobs) : null;
  type Answer = { file: string; read: NoticeDraft | Problem; seconds: number };
  const readOne = async (file: string): Promise<Answer> => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const bytes = readFileSync(join(inDir, file));
      const key = cache.key(file, bytes);
      used.add(key);
      const cached = cache.get(key);
      if (cached) {
        reused++;
        return { file, read: cached, seconds: seconds() };
      }
      converted++;
      const answer = workers ? await workers.convert(file, bytes) : { read: await readNotice(bytes, file), seconds: 0 };
      if (!('severity' in answer.read)) fresh.set(key, answer.read);
      return { file, read: answer.read, seconds: workers ? answer.seconds : seconds() };
    } catch (failure) {
      return { file, read: fileError(file, why(failure)), seconds: seconds() }; // the file vanished or cannot be opened
    }
  };
  // Files are taken in their order, whichever worker finishes first; a few are read ahead to keep the workers busy.
  const ahead: Promise<Answer>[] = [];
  const take = async () => {
    const { file, read, seconds } = await ahead.shift()!;
    if ('severity' in read) failures.push(read);
    else drafts.push(read);
    if (seconds > SLOW_SECONDS) slow.push({ file, seconds });
    bar?.increment(1, { file });
  };
  try {
    for (const file of files) {
      ahead.push(readOne(file));
      if (ahead.length > (workers ? jobs * 4 : 0)) await take();
    }
    while (ahead.length) await take();
  } finally {
    await workers?.close();
  }
  bar?.stop();

  // Notices forwarded inside the files with a 发文字号 of their own are documents too; each gets its page id like a file.
  const documents = gatherDocuments(drafts);
  const assigned = assignIds(documents.drafts.map(idInput), readManifest(ids.read));
  const { manifest, redirects } = assigned;
  const checked: Notice[] = [];
  placeDocuments(documents, assigned.ids, drafts.length).forEach((draft, i) => {
    const notice = checkNotice(draft, assigned.ids[i]!);
    if ('severity' in notice) return failures.push(notice);
    checked.push(notice);
  });
  // Every citation → its page and clause, across the corpus, before the MDX that links them is written; then what
  // the linked library says of each notice's force.
  const notices: Notice[] = [];
  const bodies: Output[] = [];
  const linked = assessValidity(linkNotices(checked));
  // A link to a clause of a long notice leads to the page that shows it.
  const byId = new Map(linked.map((notice) => [notice.id, notice]));
  const pageOf: PageOf = (id, eId) => {
    const target = byId.get(id);
    return target ? noticePages(target).of(eId) : 1;
  };
  for (const notice of linked) {
    const finished = writeMdx(notice, pageOf);
    if ('severity' in finished) {
      failures.push(finished);
      continue;
    }
    bodies.push({ name: `${notice.id}.mdx`, pieces: [finished.mdx] });
    bodies.push({ name: `${NOTICE_FOLDER}/${notice.id}.json`, pieces: [JSON.stringify(notice), '\n'] });
    notices.push(notice);
  }

  mkdirSync(outDir, { recursive: true });
  const outputs: Output[] = [
    ...bodies,
    { name: 'notices.json', pieces: noticesJson(notices) },
    { name: 'redirects.json', pieces: [`${JSON.stringify(redirects, null, 2)}\n`] },
  ];
  // A trial run keeps its id manifest beside its output, as one of its outputs; the site's is committed in content/.
  const besideOutput = dirname(ids.write) === outDir;
  if (besideOutput) outputs.push({ name: basename(ids.write), pieces: [manifestText(manifest)] });
  writeOutputs(outDir, outputs);
  for (const [key, draft] of fresh) cache.set(key, draft);
  cache.prune(used);
  if (!besideOutput) writeManifest(ids.write, manifest);
  const conversion: Conversion = {
    files: files.length,
    notices,
    skipped: listing.skipped,
    failures,
    // A document taken out of a file shares its bytes: it is no duplicate.
    warnings: duplicateWarnings(notices.filter((n) => !n.foundIn)),
    slow,
    redirects,
    reused,
    converted,
  };
  return conversion;
}

const USAGE = `usage: node scripts/convert.ts [--in <folder>] [--out <folder>] [--cache <folder>] [--jobs <n>]
  --in     the notices to convert (default content/)
  --out    where the notices, their MDX and notices.json go (default generated/)
  --cache  the conversion cache (default <out>/.cache)
  --jobs   worker threads (default: the machine's cores)`;

async function main() {
  let values: { in?: string; out?: string; cache?: string; jobs?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        in: { type: 'string' },
        out: { type: 'string' },
        cache: { type: 'string' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (failure) {
    // An unknown or malformed option: say which, and how it is used, not a stack trace.
    console.error(`错误 ${(failure as Error).message}\n${USAGE}`);
    return void (process.exitCode = 2);
  }
  if (values.help) return void console.log(USAGE);
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`错误 --jobs ${values.jobs}: the number of worker threads, a whole number from 1`);
    return void (process.exitCode = 2);
  }
  const inDir = resolve(values.in ?? 'content');
  const outDir = resolve(values.out ?? 'generated');
  // The site's manifest is committed with content/; a trial run on another folder keeps its manifest beside its output.
  const read = values.in ? join(inDir, ID_MANIFEST) : resolve('content', ID_MANIFEST);
  const write = values.in ? join(outDir, ID_MANIFEST) : read;

  const started = performance.now();
  let conversion: Conversion;
  try {
    conversion = await convertFolder(
      inDir,
      outDir,
      { read, write },
      { cache: resolve(values.cache ?? join(outDir, '.cache')), jobs },
    );
  } catch (failure) {
    console.error(`错误 ${(failure as Error).message}`);
    return void (process.exitCode = 2);
  }
  const { files, notices, skipped, failures, warnings, slow, reused, converted } = conversion;
  const seconds = (performance.now() - started) / 1000;
  const noticeWarnings = [...warnings, ...notices.flatMap((n) => n.problems)];
  const takenOut = notices.filter((n) => n.foundIn).length;

  for (const s of skipped) console.error(`跳过 ${s.file}  ${s.reason}`);
  for (const p of [...failures, ...noticeWarnings]) {
    console.error(`${p.severity === 'error' ? '错误' : '警告'} ${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`);
  }
  for (const s of slow) console.error(`慢   ${s.file}  ${s.seconds.toFixed(1)} s`);
  console.log(
    `转换 ${notices.length - takenOut}/${files} 个文件，另有 ${takenOut} 件收于其中的文件 → ${relative(process.cwd(), outDir) || '.'}  (${skipped.length} 个跳过, ` +
      `${failures.length} 个错误, ${noticeWarnings.length} 个警告, ${seconds.toFixed(2)} s, ${jobs} 个线程; 缓存复用 ${reused} 件，新转换 ${converted} 件)`,
  );
  for (const [kind, counts] of Object.entries(linkSummary(notices)))
    console.log(
      `  引用（${kind}）${Object.values(counts).reduce((a, b) => a + b, 0)} 处：链接 ${counts.linked}，本库未收录 ${counts.notInLibrary}，只有晚于引用者的同号文件 ${counts.laterThanCiting}，未找到所指条款 ${counts.clauseNotFound}`,
    );
  const sources = { portal: '网页有效性', statement: '他件废止', inferred: '推断', none: '无' } as const;
  for (const [status, counts] of Object.entries(validitySummary(notices))) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    if (!total) continue;
    const by = Object.entries(counts).filter(([, n]) => n > 0);
    console.log(
      `  效力（${status}）${total} 件：${by.map(([s, n]) => `${sources[s as keyof typeof sources]} ${n}`).join('，')}`,
    );
  }
  process.exitCode = notices.length > 0 ? 0 : 1;
}

if (import.meta.main) await main();
