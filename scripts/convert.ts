/**
 * The converter's command line: the only place that touches files.
 *
 *   npm run convert                              content/ → generated/ (for the site; updates content/notice-ids.json)
 *   npm run convert -- --in <folder> --out <folder>   any folder, recursively → <out>/*.mdx, <out>/notices/*.json and
 *                                                     <out>/notices.json
 *   options: --cache <folder> (default <out>/.cache), --jobs <n|auto> (worker threads, default 1)
 *
 * A file that fails is reported with its name (and line) and the others still convert; the exit status is 0 when
 * anything converted.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { Notice, type Problem } from '../src/model/notice.ts';
import { ConvertCache } from './corpus/convert-cache.ts';
import { convertSources } from './corpus/convert-sources.ts';
import { assignIds, readManifest, writeManifest } from './corpus/ids.ts';
import { toMdx } from './pipeline/stages/08-mdx/to-mdx.ts';

const MANIFEST = 'notice-ids.json';
const SKIP = /(^|\/)(\.|README|notice-ids\.json$)/;
/** Beside the output, one JSON file per notice: what the site reads, one notice at a time. */
export const NOTICE_FOLDER = 'notices';

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => !SKIP.test(path) && statSync(join(folder, path)).isFile())
    .sort();
}

/** Leaves an unchanged file alone, so that a rebuild sees the same file (and time stamp) as before. */
function writeIfChanged(path: string, text: string): void {
  let old: string | null = null;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    // new file
  }
  if (old !== text) writeFileSync(path, text);
}

/** Page id → the cache key of the draft its files were written from. */
const WRITTEN = '.written.json';

function readWritten(path: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
  } catch {
    return new Map(); // none yet, or unreadable: every notice is written again
  }
}

/** Deletes the files of `folder` ending in `extension` that this run did not write. */
function removeStale(folder: string, extension: string, written: Map<string, string>): void {
  for (const name of readdirSync(folder))
    if (name.endsWith(extension) && !written.has(name.slice(0, -extension.length))) rmSync(join(folder, name));
}

/**
 * Writes a JSON array one notice at a time, one notice per line: no string ever holds the corpus (V8 caps a
 * string near 512 MB, ~16,000 notices), and a reader may take the file line by line.
 */
class NoticeArrayWriter {
  readonly #path: string;
  readonly #fd: number;
  #count = 0;

  constructor(path: string) {
    this.#path = path;
    this.#fd = openSync(`${path}.tmp`, 'w');
    writeSync(this.#fd, '[\n');
  }

  add(line: string): void {
    writeSync(this.#fd, `${this.#count++ ? ',\n' : ''}${line}`);
  }

  close(): void {
    writeSync(this.#fd, this.#count ? '\n]\n' : ']\n');
    closeSync(this.#fd);
    renameSync(`${this.#path}.tmp`, this.#path);
  }
}

export interface ConvertOptions {
  manifestPath: string;
  manifestOut: string;
  /** Where drafts are cached (convert-cache.ts). */
  cacheDir: string;
  /** Worker threads converting files (1: on the main thread). */
  jobs: number;
}

/**
 * Converts every file of `inDir` into `outDir`: <id>.mdx and notices/<id>.json per notice, notices.json (all of
 * them). Files read from the cache are counted in `reused`.
 */
export async function convertFolder(inDir: string, outDir: string, options: ConvertOptions) {
  const files = listFiles(inDir);
  const bar =
    process.stdout.isTTY && files.length > 20
      ? new cliProgress.SingleBar({ format: '转换 {bar} {value}/{total} {file}' }, cliProgress.Presets.shades_classic)
      : null;
  bar?.start(files.length, 0, { file: '' });
  const results = await convertSources(inDir, files, options.cacheDir, options.jobs, (result) =>
    bar?.increment(1, { file: result.file }),
  );
  bar?.stop();

  const failures: Problem[] = [];
  const drafts = results.flatMap((result) => ('failure' in result ? (failures.push(result.failure), []) : [result]));
  const { ids, manifest } = assignIds(
    drafts.map((d) => d.identity),
    readManifest(options.manifestPath),
  );

  // Phase two, one notice at a time: the draft back from the cache, its id, its files. A notice whose draft and id
  // are those its files were written from (WRITTEN, beside them) is the same notice: its line is read, not made.
  const cache = new ConvertCache(options.cacheDir);
  const noticeDir = join(outDir, NOTICE_FOLDER);
  mkdirSync(noticeDir, { recursive: true });
  const writtenFrom = readWritten(join(noticeDir, WRITTEN));
  const corpus = new NoticeArrayWriter(join(outDir, 'notices.json'));
  const written = new Map<string, string>();
  const warnings: Problem[] = [];
  drafts.forEach((draft, i) => {
    const id = ids[i]!;
    const jsonPath = join(noticeDir, `${id}.json`);
    if (writtenFrom.get(id) === draft.key && existsSync(join(outDir, `${id}.mdx`)) && existsSync(jsonPath)) {
      corpus.add(readFileSync(jsonPath, 'utf8').trimEnd());
      written.set(id, draft.key);
      warnings.push(...draft.problems);
      return;
    }
    const checked = Notice.safeParse({ id, ...cache.get(draft.key) });
    if (!checked.success) {
      failures.push({
        file: draft.file,
        line: null,
        severity: 'error',
        message: `converter produced an invalid notice: ${checked.error.message}`,
      });
      return;
    }
    const notice = checked.data;
    const json = JSON.stringify(notice);
    writeIfChanged(join(outDir, `${id}.mdx`), toMdx(notice));
    writeIfChanged(jsonPath, `${json}\n`);
    corpus.add(json);
    written.set(id, draft.key);
    warnings.push(...notice.problems);
  });
  corpus.close();
  removeStale(outDir, '.mdx', written);
  removeStale(noticeDir, '.json', written);
  writeFileSync(join(noticeDir, WRITTEN), `${JSON.stringify(Object.fromEntries(written))}\n`);
  cache.prune(new Set(drafts.map((d) => d.key)));
  writeManifest(options.manifestOut, manifest);
  const reused = drafts.filter((d) => d.cached).length;
  return { files: files.length, notices: written.size, reused, failures, warnings };
}

async function main() {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      cache: { type: 'string' },
      jobs: { type: 'string', default: '1' },
    },
  });
  const inDir = resolve(values.in ?? 'content');
  const outDir = resolve(values.out ?? 'generated');
  const jobs = values.jobs === 'auto' ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs ${values.jobs}: a whole number of threads, or auto`);
  // The site's manifest is committed with content/; a trial run on another folder keeps its manifest beside its output.
  const manifestPath = values.in ? join(inDir, MANIFEST) : resolve('content', MANIFEST);
  const options = {
    manifestPath,
    manifestOut: values.in ? join(outDir, MANIFEST) : manifestPath,
    cacheDir: resolve(values.cache ?? join(outDir, '.cache')),
    jobs,
  };

  const started = performance.now();
  const { files, notices, reused, failures, warnings } = await convertFolder(inDir, outDir, options);
  const seconds = (performance.now() - started) / 1000;

  for (const p of [...failures, ...warnings]) {
    console.error(`${p.severity === 'error' ? '错误' : '警告'} ${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`);
  }
  console.log(
    `转换 ${notices}/${files} 件通知 → ${relative(process.cwd(), outDir) || '.'}  (${failures.length} 个错误, ${warnings.length} 个警告, ${seconds.toFixed(2)} s; 缓存复用 ${reused} 件)`,
  );
  process.exitCode = notices > 0 ? 0 : 1;
}

if (import.meta.main) await main();
