/**
 * The converter's command line: the only place that touches files.
 *
 *   npm run convert                              content/ → generated/ (for the site; updates content/notice-ids.json)
 *   npm run convert -- --in <folder> --out <folder>   any folder, recursively → <out>/*.mdx and <out>/notices.json
 *
 * A file that fails is reported with its name (and line) and the others still convert; the exit status is 0 when
 * anything converted.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { Notice, type Problem } from '../src/model/notice.ts';
import { convertFile, type NoticeDraft } from './pipeline/convert-notice.ts';
import { assignIds, readManifest, writeManifest } from './corpus/ids.ts';
import { gatherDocuments, placeDocuments } from './corpus/documents.ts';
import { linkNotices, linkSummary } from './corpus/link.ts';
import { toMdx } from './pipeline/stages/08-mdx/to-mdx.ts';

const MANIFEST = 'notice-ids.json';
const SKIP = /(^|\/)(\.|README|notice-ids\.json$)/;

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => !SKIP.test(path) && statSync(join(folder, path)).isFile())
    .sort();
}

export async function convertFolder(inDir: string, outDir: string, manifestPath: string, manifestOut: string) {
  const files = listFiles(inDir);
  const bar =
    process.stdout.isTTY && files.length > 20
      ? new cliProgress.SingleBar({ format: '转换 {bar} {value}/{total} {file}' }, cliProgress.Presets.shades_classic)
      : null;
  bar?.start(files.length, 0, { file: '' });

  const drafts: NoticeDraft[] = [];
  const failures: Problem[] = [];
  for (const file of files) {
    const name = relative(inDir, join(inDir, file));
    try {
      drafts.push(await convertFile({ bytes: readFileSync(join(inDir, file)), file: name }));
    } catch (error) {
      failures.push({ file: name, line: null, severity: 'error', message: (error as Error).message });
    }
    bar?.increment(1, { file: name });
  }
  bar?.stop();

  // Notices forwarded inside the files are documents too; each gets its page id like a file.
  const documents = gatherDocuments(drafts);
  const { ids, manifest } = assignIds(
    documents.drafts.map((d) => ({
      documentNumber: d.documentNumber,
      title: d.title,
      signedDate: d.signedDate,
      regionCode: d.region?.code ?? null,
    })),
    readManifest(manifestPath),
  );
  const converted: Notice[] = [];
  placeDocuments(documents, ids, drafts.length).forEach((draft, i) => {
    const checked = Notice.safeParse({ id: ids[i], ...draft });
    if (checked.success) converted.push(checked.data);
    else
      failures.push({
        file: draft.source.file,
        line: null,
        severity: 'error',
        message: `converter produced an invalid notice: ${checked.error.message}`,
      });
  });

  const notices = linkNotices(converted);

  mkdirSync(outDir, { recursive: true });
  for (const stale of readdirSync(outDir).filter((f) => f.endsWith('.mdx'))) rmSync(join(outDir, stale));
  for (const notice of notices) writeFileSync(join(outDir, `${notice.id}.mdx`), toMdx(notice));
  writeFileSync(join(outDir, 'notices.json'), `${JSON.stringify(notices, null, 2)}\n`);
  writeManifest(manifestOut, manifest);
  return { files: files.length, notices, failures };
}

async function main() {
  const { values } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' } } });
  const inDir = resolve(values.in ?? 'content');
  const outDir = resolve(values.out ?? 'generated');
  // The site's manifest is committed with content/; a trial run on another folder keeps its manifest beside its output.
  const manifestPath = values.in ? join(inDir, MANIFEST) : resolve('content', MANIFEST);
  const manifestOut = values.in ? join(outDir, MANIFEST) : manifestPath;

  const started = performance.now();
  const { files, notices, failures } = await convertFolder(inDir, outDir, manifestPath, manifestOut);
  const seconds = (performance.now() - started) / 1000;
  const warnings = notices.flatMap((n) => n.problems);
  const takenOut = notices.filter((n) => n.foundIn).length;

  for (const p of [...failures, ...warnings]) {
    console.error(`${p.severity === 'error' ? '错误' : '警告'} ${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`);
  }
  console.log(
    `转换 ${notices.length - takenOut}/${files} 件通知，另有 ${takenOut} 件收于其中的文件 → ${relative(process.cwd(), outDir) || '.'}  (${failures.length} 个错误, ${warnings.length} 个警告, ${seconds.toFixed(2)} s)`,
  );
  for (const [kind, counts] of Object.entries(linkSummary(notices)))
    console.log(
      `  引用（${kind}）${Object.values(counts).reduce((a, b) => a + b, 0)} 处：链接 ${counts.linked}，本库未收录 ${counts.notInLibrary}，只有晚于引用者的同号文件 ${counts.laterThanCiting}，未找到所指条款 ${counts.clauseNotFound}`,
    );
  process.exitCode = notices.length > 0 ? 0 : 1;
}

if (import.meta.main) await main();
