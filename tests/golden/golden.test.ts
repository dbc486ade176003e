/**
 * Golden files for the bundled corpus (content/) and for extra samples of the genre (samples/): the whole model
 * (expected.json) and the MDX (expected.mdx), read by eye when they change. `npx vitest run tests/golden -u` rewrites them.
 * All of them are linked as one corpus (scripts/corpus/link.ts), so the goldens show where each citation leads, and
 * what the library says of each notice's force (scripts/corpus/validity.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexClauses } from '../../src/model/citation.ts';
import { Notice } from '../../src/model/notice.ts';
import { convertNotice } from '../../scripts/pipeline/convert-notice.ts';
import { assignIds, idInput, readManifest } from '../../scripts/corpus/ids.ts';
import { gatherDocuments, placeDocuments } from '../../scripts/corpus/documents.ts';
import { linkNotices } from '../../scripts/corpus/link.ts';
import { assessValidity } from '../../scripts/corpus/validity.ts';
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

// Each file, then the notices forwarded inside them with a 发文字号 of their own (golden name <file>--<part>).
const documents = gatherDocuments(
  cases.map(({ file }) => convertNotice({ bytes: readFileSync(join(root, file)), file: basename(file) })),
);
const ids = documents.drafts.map((draft) => assignIds([idInput(draft)], manifest).ids[0]!);
const linked = assessValidity(
  linkNotices(placeDocuments(documents, ids, cases.length).map((draft, i) => Notice.parse({ id: ids[i], ...draft }))),
);
const names = documents.places.map((places, i) =>
  i < cases.length ? cases[i]!.name : `${cases[places[0]!.file]!.name}--${places[0]!.eId}`,
);

describe.each(linked.map((notice, i) => ({ name: names[i]!, notice })))('$name', ({ name, notice }) => {
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

describe('the linked corpus', () => {
  const anchors = new Map(
    linked.map((n) => [n.id, new Set([...n.components.map((c) => c.eId), ...indexClauses(n).keys()])]),
  );

  it('leads every resolved citation to a page of the corpus and an anchor on it', () => {
    const targets = linked.flatMap((n) => n.references.flatMap((r) => (r.target ? [r.target] : [])));
    expect(targets.length).toBeGreaterThan(50);
    const dangling = targets.filter(
      (t) => !anchors.has(t.notice) || (t.eId !== null && !anchors.get(t.notice)!.has(t.eId)),
    );
    expect(dangling).toEqual([]);
  });

  it('leads every status to a page of the corpus: the stating clause, or the superseding notice', () => {
    const by = linked.flatMap((n) => (n.status.by ? [n.status.by] : []));
    expect(by.length).toBeGreaterThan(0);
    const dangling = by.filter((t) => !anchors.has(t.notice) || (t.eId !== null && !anchors.get(t.notice)!.has(t.eId)));
    expect(dangling).toEqual([]);
  });

  it('gives every part a file carries a page of its own, whose foundIn or alsoIn names that part', () => {
    const byId = new Map(linked.map((n) => [n.id, n]));
    for (const file of linked)
      for (const part of file.carries) {
        const document = byId.get(part.notice)!;
        expect([document.foundIn, ...document.alsoIn]).toContainEqual({ notice: file.id, eId: part.eId });
      }
  });
});
