import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFolder } from './convert.ts';

const ROOT = join(import.meta.dirname, '..');
const SAMPLES = join(ROOT, 'tests/golden/samples');

/** The bundled notices and a dozen samples of the genre (encodings, web pages, tables), in a folder of their own. */
function sourceFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'convert-in-'));
  cpSync(join(ROOT, 'content'), folder, { recursive: true, filter: (path) => !path.endsWith('notice-ids.json') });
  for (const name of readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.txt'))
    .slice(0, 12))
    cpSync(join(SAMPLES, name), join(folder, 'samples', name));
  return folder;
}

/** Every file the converter wrote (bookkeeping of the cache aside), path → bytes. */
function output(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== '.written.json' && !entry.parentPath.includes('.cache'))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(folder, path), readFileSync(path)] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

async function convert(inDir: string, outDir: string, jobs = 1, cacheDir = join(outDir, '.cache')) {
  const manifestPath = join(outDir, 'notice-ids.json');
  return convertFolder(inDir, outDir, { manifestPath, manifestOut: manifestPath, cacheDir, jobs });
}

const scratch = () => mkdtempSync(join(tmpdir(), 'convert-out-'));

describe('convertFolder', () => {
  it('gives the same bytes cold and serial, on two worker threads, warm from its cache, and after one edit', async () => {
    const sources = sourceFolder();
    const cold = scratch();
    const first = await convert(sources, cold);
    expect(first.notices).toBeGreaterThan(10);
    expect(first.reused).toBe(0);
    const expected = output(cold);
    expect([...expected.keys()]).toContain('notices.json');
    const corpus = JSON.parse(expected.get('notices.json')!.toString('utf8')) as { id: string }[];
    expect(corpus).toHaveLength(first.notices);
    for (const { id } of corpus) {
      expect(JSON.parse(expected.get(`notices/${id}.json`)!.toString('utf8'))).toEqual(corpus.find((n) => n.id === id));
      expect(expected.has(`${id}.mdx`)).toBe(true);
    }

    const parallel = scratch();
    expect((await convert(sources, parallel, 2)).reused).toBe(0);
    expect(output(parallel)).toEqual(expected);

    const warm = await convert(sources, cold);
    expect(warm.reused).toBe(first.notices);
    expect(output(cold)).toEqual(expected);

    // One heading changed: the warm run reconverts that file alone and writes what a cold run writes.
    const file = join(sources, '2020/jilin-yaodian.txt');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('一、加强权力配置信息和决策信息的公开');
    writeFileSync(file, text.replace('一、加强权力配置信息和决策信息的公开', '一、加强权力配置信息的公开'));
    const edited = await convert(sources, cold);
    expect(edited.reused).toBe(first.notices - 1);
    const coldAfterEdit = scratch();
    await convert(sources, coldAfterEdit);
    expect(output(cold)).toEqual(output(coldAfterEdit));
    expect(output(cold)).not.toEqual(expected);
  }, 120_000);
});
