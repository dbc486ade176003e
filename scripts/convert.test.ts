import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Notice } from '../src/model/notice.ts';
import { convertFolder, schemaMessage } from './convert.ts';
import { editOneNotice } from './scale/edit-notice.ts';
import { generateCorpus } from './scale/generate-corpus.ts';

/** A small notice of the genre; `body` makes its text its own. */
const notice = (title: string, number: string | null, body: string) =>
  `${title}\n${number ?? ''}\n\n各县（市、区）人民政府：\n\n一、${body}各地要落实责任。\n二、强化监督检查。\n\n某市人民政府办公室\n2020年5月28日\n`;

/** A folder made of `files` (path → text) in a fresh temporary folder; returns the folder and a sibling for output. */
function folder(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'convert-'));
  const inDir = join(root, 'in');
  mkdirSync(inDir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(inDir, path, '..'), { recursive: true });
    writeFileSync(join(inDir, path), text);
  }
  return { root, inDir, outDir: join(root, 'out') };
}

const run = (inDir: string, outDir: string) =>
  convertFolder(inDir, outDir, { read: join(inDir, 'notice-ids.json'), write: join(outDir, 'notice-ids.json') });
/** A run that keeps its id manifest in the input folder, as the site's content/ does. */
const runCommitted = (inDir: string, outDir: string) =>
  convertFolder(inDir, outDir, { read: join(inDir, 'notice-ids.json'), write: join(inDir, 'notice-ids.json') });
const idsByFile = (notices: Notice[]) => Object.fromEntries(notices.map((n) => [n.source.file, n.id]));

describe('hostile folders', () => {
  it('reads a folder with a symbolic link loop (sub/self → ..) once, and says so', async () => {
    const { inDir, outDir } = folder({ 'a.txt': notice('关于甲的通知', '某政办发〔2020〕1号', '加强领导。') });
    mkdirSync(join(inDir, 'sub'));
    symlinkSync('..', join(inDir, 'sub', 'self'));
    symlinkSync('.', join(inDir, 'here'));
    const result = await run(inDir, outDir);
    expect(result.notices.map((n) => n.source.file)).toEqual(['a.txt']);
    expect(result.skipped).toEqual([
      { file: 'here', reason: 'a link to the folder ., already read' },
      { file: 'sub/self', reason: 'a link to the folder ., already read' },
    ]);
  });

  it('names a dangling link and a link to itself, and converts the other files', async () => {
    const { inDir, outDir } = folder({ 'a.txt': notice('关于甲的通知', '某政办发〔2020〕1号', '加强领导。') });
    symlinkSync('missing.txt', join(inDir, 'dangling.txt'));
    symlinkSync('loop.txt', join(inDir, 'loop.txt'));
    const result = await run(inDir, outDir);
    expect(result.notices).toHaveLength(1);
    expect(result.failures).toEqual([
      {
        file: 'dangling.txt',
        line: null,
        severity: 'error',
        message: expect.stringMatching(/symbolic link to nothing/),
      },
      { file: 'loop.txt', line: null, severity: 'error', message: expect.stringMatching(/points to itself/) },
    ]);
  });

  // Root reads any folder whatever its mode: the case cannot be made there.
  it.skipIf(process.getuid?.() === 0)('names an unreadable subfolder, and converts the other files', async () => {
    const { inDir, outDir } = folder({
      'a.txt': notice('关于甲的通知', '某政办发〔2020〕1号', '加强领导。'),
      'locked/b.txt': notice('关于乙的通知', '某政办发〔2020〕2号', '推进公开。'),
    });
    chmodSync(join(inDir, 'locked'), 0);
    try {
      const result = await run(inDir, outDir);
      expect(result.notices).toHaveLength(1);
      expect(result.failures).toEqual([
        { file: 'locked', line: null, severity: 'error', message: expect.stringMatching(/permission denied/) },
      ]);
    } finally {
      chmodSync(join(inDir, 'locked'), 0o755);
    }
  });

  it('refuses a missing --in folder, naming it', async () => {
    const { root } = folder({});
    await expect(run(join(root, 'absent'), join(root, 'out'))).rejects.toThrow(
      `${join(root, 'absent')}: no such folder`,
    );
  });

  it('skips READMEs, dot files and ..txt with the reason, and counts only the files it read', async () => {
    const { inDir, outDir } = folder({
      'a.txt': notice('关于甲的通知', '某政办发〔2020〕1号', '加强领导。'),
      'README.md': '# notes',
      'readme.txt': notice('关于乙的通知', '某政办发〔2020〕2号', '推进公开。'),
      '.DS_Store': 'x',
      '..txt': notice('关于丙的通知', '某政办发〔2020〕3号', '规范发布。'),
      '.git/config': 'x',
    });
    const result = await run(inDir, outDir);
    expect(result.files).toBe(1);
    expect(result.skipped).toEqual([
      { file: '..txt', reason: expect.stringMatching(/starts with a dot/) },
      { file: '.DS_Store', reason: expect.stringMatching(/starts with a dot/) },
      { file: '.git', reason: expect.stringMatching(/starts with a dot/) },
      { file: 'README.md', reason: 'a README, not a notice' },
      { file: 'readme.txt', reason: 'a README, not a notice' },
    ]);
  });
});

describe('the output folder', () => {
  it('removes only what it wrote: a file gone from the input loses its page, a foreign .mdx stays', async () => {
    const { inDir, outDir } = folder({
      'a.txt': notice('关于甲的通知', '某政办发〔2020〕1号', '加强领导。'),
      'b.txt': notice('关于乙的通知', '某政办发〔2020〕2号', '推进公开。'),
    });
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'mine.mdx'), 'not the converter’s');
    await run(inDir, outDir);
    renameSync(join(inDir, 'b.txt'), join(inDir, '..', 'b.txt'));
    await run(inDir, outDir);
    expect(readdirSync(outDir).filter((f) => f.endsWith('.mdx'))).toEqual(['mine.mdx', 'mou-zheng-ban-fa-2020-1.mdx']);
    expect(readFileSync(join(outDir, 'mine.mdx'), 'utf8')).toBe('not the converter’s');
  });

  it('writes nothing over a notices.json it did not write', async () => {
    const { inDir, outDir } = folder({ 'a.txt': notice('关于甲的通知', '某政办发〔2020〕1号', '加强领导。') });
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'notices.json'), '{"mine": true}');
    await expect(run(inDir, outDir)).rejects.toThrow(/notices\.json not written by the converter/);
    expect(readFileSync(join(outDir, 'notices.json'), 'utf8')).toBe('{"mine": true}');
    expect(readdirSync(outDir)).toEqual(['notices.json']);
  });

  it('refuses --in X --out X, and never reads an --out inside --in as notices', async () => {
    const { inDir } = folder({ 'a.txt': notice('关于甲的通知', '某政办发〔2020〕1号', '加强领导。') });
    await expect(run(inDir, inDir)).rejects.toThrow(/same folder/);
    const inside = join(inDir, 'out');
    await run(inDir, inside);
    const second = await run(inDir, inside);
    expect(second.files).toBe(1);
    expect(second.skipped).toContainEqual({ file: 'out', reason: 'the output folder (--out)' });
  });

  it('command line: a missing --in folder or an unknown option is one line naming it, no stack trace, nothing written; --help says the options', () => {
    const { root, inDir } = folder({ 'a.txt': notice('关于甲的通知', '某政办发〔2020〕1号', '加强领导。') });
    const cli = (...args: string[]) => {
      try {
        execFileSync(process.execPath, [join(import.meta.dirname, 'convert.ts'), ...args], { encoding: 'utf8' });
        return { status: 0, stderr: '' };
      } catch (failure) {
        const { status, stderr } = failure as { status: number; stderr: string };
        return { status, stderr };
      }
    };
    const missing = cli('--in', join(root, 'absent'), '--out', join(root, 'out'));
    expect(missing).toEqual({ status: 2, stderr: `错误 ${join(root, 'absent')}: no such folder\n` });
    expect(existsSync(join(root, 'out'))).toBe(false);
    expect(readdirSync(inDir)).toEqual(['a.txt']);
    const unknown = cli('--bogus');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^错误 .*'--bogus'.*\nusage: node scripts\/convert\.ts /);
    const help = execFileSync(process.execPath, [join(import.meta.dirname, 'convert.ts'), '--help'], {
      encoding: 'utf8',
    });
    expect(help).toMatch(/^usage: node scripts\/convert\.ts .*\n {2}--in /);
  });
});

describe('per-file failures', () => {
  it('a schema failure reads in one line: where, what, how many more', () => {
    const bad = Notice.safeParse({ id: 'Bad Id', title: 3 });
    expect(bad.success).toBe(false);
    const message = schemaMessage(bad.error!);
    expect(message).toMatch(/^the converter built a notice its schema rejects .*: id: .* \(and \d+ more\)$/);
    expect(message.length).toBeLessThan(300);
  });
});

describe('page ids across runs', () => {
  const a = notice('关于甲的通知', '某政办发〔2020〕9号', '加强领导。');
  const b = notice('关于乙的通知', '某政办发〔2020〕9号', '推进公开。');

  it('two notices with one 发文字号 keep their ids when a file is renamed, and get a warning', async () => {
    const { root, inDir, outDir } = folder({ '1.txt': a, '2.txt': b });
    const first = await runCommitted(inDir, outDir);
    expect(idsByFile(first.notices)).toEqual({
      '1.txt': 'mou-zheng-ban-fa-2020-9',
      '2.txt': 'mou-zheng-ban-fa-2020-9-2',
    });
    expect(first.warnings).toEqual([
      expect.objectContaining({
        file: '2.txt',
        message: expect.stringMatching(/the same 发文字号 某政办发〔2020〕9号 as 1\.txt/),
      }),
    ]);
    renameSync(join(inDir, '1.txt'), join(inDir, '3.txt')); // now after 2.txt
    const second = await runCommitted(inDir, outDir);
    expect(idsByFile(second.notices)).toEqual({
      '2.txt': 'mou-zheng-ban-fa-2020-9-2',
      '3.txt': 'mou-zheng-ban-fa-2020-9',
    });
    // …and moved into a folder, beside a third notice with the number.
    mkdirSync(join(inDir, 'z'));
    renameSync(join(inDir, '2.txt'), join(inDir, 'z', '0.txt'));
    writeFileSync(join(inDir, '0.txt'), notice('关于丙的通知', '某政办发〔2020〕9号', '规范发布。'));
    const third = await runCommitted(inDir, outDir);
    expect(idsByFile(third.notices)).toEqual({
      '0.txt': 'mou-zheng-ban-fa-2020-9-3',
      '3.txt': 'mou-zheng-ban-fa-2020-9',
      'z/0.txt': 'mou-zheng-ban-fa-2020-9-2',
    });
    expect(root).toBeTruthy();
  });

  it('warns of byte-identical files', async () => {
    const { inDir, outDir } = folder({ 'a.txt': a, 'copy/a.txt': a });
    const result = await run(inDir, outDir);
    expect(result.warnings).toEqual([
      expect.objectContaining({ file: 'copy/a.txt', message: expect.stringMatching(/^byte-identical to a\.txt/) }),
    ]);
  });

  it('keeps the id of a notice without 发文字号 whose title is corrected', async () => {
    const { inDir, outDir } = folder({ 'a.txt': notice('关于做好政务公开工做的通知', null, '加强领导。') });
    const [before] = (await runCommitted(inDir, outDir)).notices;
    writeFileSync(join(inDir, 'a.txt'), notice('关于做好政务公开工作的通知', null, '加强领导。'));
    const [after] = (await runCommitted(inDir, outDir)).notices;
    expect(after!.title).toBe('关于做好政务公开工作的通知');
    expect(after!.id).toBe(before!.id);
    const manifest = JSON.parse(readFileSync(join(inDir, 'notice-ids.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest).filter((key) => !key.startsWith('text:'))).toEqual([
      '关于做好政务公开工作的通知|2020-05-28',
    ]);
  });

  it('a page renamed in the manifest redirects from its old id', async () => {
    const { inDir, outDir } = folder({ 'a.txt': a });
    await runCommitted(inDir, outDir);
    const path = join(inDir, 'notice-ids.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"mou-zheng-ban-fa-2020-9"\n', '"jia-2020-9"\n'));
    const result = await runCommitted(inDir, outDir);
    expect(result.notices.map((n) => n.id)).toEqual(['jia-2020-9']);
    expect(result.redirects).toEqual({ 'mou-zheng-ban-fa-2020-9': 'jia-2020-9' });
    expect(JSON.parse(readFileSync(join(outDir, 'redirects.json'), 'utf8'))).toEqual(result.redirects);
    // Stable on the next run, and the old id is never handed to a new notice.
    cpSync(join(inDir, 'a.txt'), join(inDir, 'b.txt'));
    writeFileSync(join(inDir, 'b.txt'), b);
    const next = await runCommitted(inDir, outDir);
    expect(idsByFile(next.notices)).toEqual({ 'a.txt': 'jia-2020-9', 'b.txt': 'mou-zheng-ban-fa-2020-9-2' });
    expect(next.redirects).toEqual({ 'mou-zheng-ban-fa-2020-9': 'jia-2020-9' });
  });
});

/** The bundled notices and a dozen samples of the genre (encodings, web pages, tables), in a folder of their own. */
function samplesFolder(): string {
  const root = join(import.meta.dirname, '..');
  const samples = join(root, 'tests/golden/samples');
  const inDir = mkdtempSync(join(tmpdir(), 'convert-in-'));
  cpSync(join(root, 'content'), inDir, { recursive: true, filter: (path) => !path.endsWith('notice-ids.json') });
  for (const name of readdirSync(samples)
    .filter((name) => name.endsWith('.txt'))
    .slice(0, 12))
    cpSync(join(samples, name), join(inDir, 'samples', name));
  return inDir;
}

/** Every file the converter wrote (its cache aside), path → bytes. */
function written(outDir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.parentPath.includes('.cache'))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(outDir, path), readFileSync(path)] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

describe('the conversion cache', () => {
  const convert = (inDir: string, outDir: string) =>
    convertFolder(inDir, outDir, { read: join(outDir, 'notice-ids.json'), write: join(outDir, 'notice-ids.json') });
  const scratch = () => join(mkdtempSync(join(tmpdir(), 'convert-out-')), 'out');

  it('writes the bytes of a cold run when warm, and after one heading changed', async () => {
    const inDir = samplesFolder();
    const cold = scratch();
    const first = await convert(inDir, cold);
    expect(first.notices.length).toBeGreaterThan(10);
    expect(first.reused).toBe(0);
    const expected = written(cold);
    // notices.json: one notice per line, each also in notices/<id>.json.
    const lines = expected.get('notices.json')!.toString('utf8').split('\n');
    expect(lines.length).toBe(first.notices.length + 3);
    for (const notice of first.notices)
      expect(JSON.parse(expected.get(`notices/${notice.id}.json`)!.toString('utf8'))).toEqual(notice);
    expect(JSON.parse(expected.get('notices.json')!.toString('utf8'))).toEqual(first.notices);

    // Every file is read back from the cache (documents taken out of the files are not files).
    const files = first.notices.filter((n) => !n.foundIn).length;
    const warm = await convert(inDir, cold);
    expect(warm.reused).toBe(files);
    expect(written(cold)).toEqual(expected);

    const file = join(inDir, '2020/jilin-yaodian.txt');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('一、加强权力配置信息和决策信息的公开');
    writeFileSync(file, text.replace('一、加强权力配置信息和决策信息的公开', '一、加强权力配置信息的公开'));
    const edited = await convert(inDir, cold);
    expect(edited.reused).toBe(files - 1);
    const coldAfterEdit = scratch();
    await convert(inDir, coldAfterEdit);
    expect(written(cold)).toEqual(written(coldAfterEdit));
    expect(written(cold)).not.toEqual(expected);
  }, 120_000);
});

describe('parallel and incremental conversion', () => {
  /** ~60 generated notices of the genre (all levels, encodings, Traditional, forwarding and citing each other). */
  function generatedFolder(count: number): string {
    const inDir = join(mkdtempSync(join(tmpdir(), 'convert-generated-')), 'in');
    for (const notice of generateCorpus({ count, seed: 7 })) {
      mkdirSync(join(inDir, notice.path, '..'), { recursive: true });
      writeFileSync(join(inDir, notice.path), notice.bytes);
    }
    return inDir;
  }
  /** A run into a fresh output folder, its cache outside it: every file under the folder is the converter's output. */
  const convert = (inDir: string, outDir: string, jobs: number, cache = join(outDir, '..', 'cache')) =>
    convertFolder(
      inDir,
      outDir,
      { read: join(outDir, 'notice-ids.json'), write: join(outDir, 'notice-ids.json') },
      { cache, jobs },
    );
  const scratch = () => join(mkdtempSync(join(tmpdir(), 'convert-out-')), 'out');

  it('writes the bytes of a cold serial run on worker threads, and warm after one notice changed', async () => {
    const inDir = generatedFolder(60);
    const serial = scratch();
    const cold = await convert(inDir, serial, 1);
    expect(cold.failures).toEqual([]);
    expect(cold.notices.length).toBeGreaterThanOrEqual(60);
    expect(cold.converted).toBe(60);
    const expected = written(serial);

    const parallel = scratch();
    const onWorkers = await convert(inDir, parallel, 2);
    expect(onWorkers.converted).toBe(60);
    expect(written(parallel)).toEqual(expected);

    // One notice changed: the warm run (on the parallel run's output and cache, as the command line) converts it alone…
    const edited = join(inDir, '..', 'edited');
    const file = await editOneNotice(inDir, edited);
    const args = ['--in', edited, '--out', parallel, '--cache', join(parallel, '..', 'cache'), '--jobs', '2'];
    const cli = execFileSync(process.execPath, [join(import.meta.dirname, 'convert.ts'), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(cli).toMatch(/2 个线程; 缓存复用 59 件，新转换 1 件\)/);
    // …and writes what a cold serial run of the changed folder writes, byte for byte.
    const coldAfterEdit = scratch();
    const { notices } = await convert(edited, coldAfterEdit, 1);
    const after = written(coldAfterEdit);
    expect(written(parallel)).toEqual(after);
    // What changed is the edited notice's own files (the list of them and the manifest of ids say the same).
    const id = notices.find((n) => n.source.file === file)!.id;
    const changed = [...after].filter(([name, bytes]) => !expected.get(name)?.equals(bytes)).map(([name]) => name);
    expect(changed.sort()).toEqual([`${id}.mdx`, 'notice-ids.json', 'notices.json', `notices/${id}.json`]);
  }, 300_000);
});
