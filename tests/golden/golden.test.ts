/**
 * Golden files for the bundled corpus (content/) and for extra samples of the genre (samples/): the whole model
 * (expected.json) and the MDX (expected.mdx), read by eye when they change. `npx vitest run tests/golden -u` rewrites them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Notice } from '../../src/model/notice.ts';
import { convertNotice } from '../../scripts/pipeline/convert-notice.ts';
import { assignIds, idInput, readManifest } from '../../scripts/corpus/ids.ts';
import { toMdx } from '../../scripts/pipeline/stages/08-mdx/to-mdx.ts';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';

const mdx = remark().use(remarkFrontmatter).use(remarkMdx);

const root = join(import.meta.dirname, '../..');
const txt = (dir: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ file: join(dir, f), name: f.replace(/\//g, '-').replace(/\.txt$/, '') }));

const cases = [...txt('content'), ...txt('tests/golden/samples')];
const manifest = readManifest(join(root, 'content/notice-ids.json'));

describe.each(cases)('$file', ({ file, name }) => {
  const draft = convertNotice({ bytes: readFileSync(join(root, file)), file: basename(file) });
  const [id] = assignIds([idInput(draft)], manifest).ids;
  const notice = Notice.parse({ id, ...draft });

  it('matches the golden model', async () => {
    await expect(`${JSON.stringify(notice, null, 2)}\n`).toMatchFileSnapshot(`fixtures/${name}/expected.json`);
  });

  it('matches the golden MDX', async () => {
    await expect(toMdx(notice)).toMatchFileSnapshot(`fixtures/${name}/expected.mdx`);
  });

  it('writes MDX that parses as MDX (heading ids, Sätteri syntax, taken off)', () => {
    expect(() => mdx.parse(toMdx(notice).replace(/ \{#[a-z0-9_-]+\}$/gm, ''))).not.toThrow();
  });
});
