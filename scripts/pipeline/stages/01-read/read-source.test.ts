import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { flattenClauses } from '../../../../src/model/notice.ts';
import { convertFile, convertNotice } from '../../convert-notice.ts';
import { NotANoticeError, readSource } from './read-source.ts';

const root = join(import.meta.dirname, '../../../..');
const SEEDS = [
  'content/2014/jilin-yaodian.txt',
  'content/2020/guangdong-zhuanfa-guoban.txt',
  'content/2020/jilin-yaodian.txt',
  'content/2020/leshan-yaodian-hant.txt',
  'content/2020/youyi-shishi-fangan.txt',
];
const seedText = (seed: string) => readFileSync(join(root, seed), 'utf8');
const encoder = new TextEncoder();

/** Every clause of a notice: its eId and its text with whitespace removed (what a reader sees of it). */
const clauses = (draft: Awaited<ReturnType<typeof convertFile>>) =>
  draft.components.flatMap((c) =>
    flattenClauses(c.clauses).map((clause) => [clause.eId, `${clause.heading ?? ''}${clause.text}`.replace(/\s/g, '')]),
  );

const fromText = (seed: string) => clauses(convertNotice({ bytes: encoder.encode(seedText(seed)), file: 'seed.txt' }));

describe('a notice in any format converts to the clauses of its text file', () => {
  it.each(SEEDS)('%s as a web page with one <p> per line', async (seed) => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = `<!doctype html><html><body>${seedText(seed)
      .split('\n')
      .map((line) => `<p>${escape(line)}</p>`)
      .join('\n')}</body></html>`;
    const draft = await convertFile({ bytes: encoder.encode(html), file: 'seed.html' });
    expect(draft.source.format).toBe('html');
    expect(clauses(draft)).toEqual(fromText(seed));
  });

  it.each(SEEDS)('%s as a Word file (.docx), one paragraph per line', async (seed) => {
    const lines = seedText(seed).split('\n');
    const document = new Document({
      sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    const draft = await convertFile({ bytes, file: 'seed.docx' });
    expect(draft.source).toMatchObject({ format: 'docx', encoding: 'Word (.docx)' });
    expect(clauses(draft)).toEqual(fromText(seed));
  });

  it.each([
    ['jilin-2014.pdf', 'content/2014/jilin-yaodian.txt'],
    ['youyi-2020.pdf', 'content/2020/youyi-shishi-fangan.txt'],
  ])(
    '%s, printed from %s: lines wrapped by the page, paragraphs across page breaks, page numbers',
    async (pdf, seed) => {
      const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures/pdf', pdf)));
      const draft = await convertFile({ bytes, file: pdf });
      expect(draft.source.format).toBe('pdf');
      expect(clauses(draft)).toEqual(fromText(seed));
      expect(draft.problems).toEqual([]);
    },
  );
});

describe('the format is told from the content, not the name', () => {
  it('reads a PDF or a Word file whatever it is called', async () => {
    const pdf = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures/pdf/jilin-2014.pdf')));
    expect((await readSource(pdf)).format).toBe('pdf');
    expect((await convertFile({ bytes: pdf, file: 'notice.txt' })).documentNumber).toBe('吉政办函〔2014〕59号');
  });

  /** A zip container whose first entry has the given name (all that tells Office files apart). */
  const zipWith = (name: string) => {
    const header = new Uint8Array(30 + name.length);
    header.set([0x50, 0x4b, 0x03, 0x04]);
    new DataView(header.buffer).setUint16(26, name.length, true);
    header.set(encoder.encode(name), 30);
    return header;
  };

  it.each([
    ['a spreadsheet', zipWith('xl/workbook.xml'), /spreadsheet/],
    ['a zip archive', zipWith('notices/a.txt'), /zip archive/],
    ['an old Word file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old Office file/],
    ['an image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /image/],
  ])('refuses %s with the reason', async (_, bytes, reason) => {
    await expect(readSource(bytes)).rejects.toThrow(reason);
    await expect(readSource(bytes)).rejects.toBeInstanceOf(NotANoticeError);
  });

  it('refuses a data table and a Markdown README, never turning them into a page titled after the file', () => {
    const csv =
      '序号,单位,任务,完成时限\n1,县政府办公室,公开预算,2020年底前\n2,县财政局,公开决算,2020年底前\n3,县司法局,公开规章,长期\n';
    expect(() => convertNotice({ bytes: encoder.encode(csv), file: 'data.txt' })).toThrow(/table of data/);
    const readme = '# 说明\n\n本文件夹存放政务公开文件。\n\n## 使用\n\n运行 npm start。\n';
    expect(() => convertNotice({ bytes: encoder.encode(readme), file: 'README.txt' })).toThrow(/Markdown/);
  });

  it('keeps a notice with a damaged byte, and warns with the line and the byte offset', () => {
    const text = seedText('content/2014/jilin-yaodian.txt');
    const bytes = encoder.encode(text);
    const comma = encoder.encode('，');
    let at = 300;
    while (!comma.every((b, i) => bytes[at + i] === b)) at++;
    at += comma.length; // inside a sentence, between two characters
    const damaged = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    const draft = convertNotice({ bytes: damaged, file: 'damaged.txt' });
    const line = text.slice(0, new TextDecoder().decode(bytes.subarray(0, at)).length).split('\n').length;
    expect(draft.problems).toContainEqual({
      file: 'damaged.txt',
      line,
      severity: 'warning',
      message: `byte ${at} is not valid UTF-8; it is shown as �`,
    });
    expect(clauses(draft).length).toBe(fromText('content/2014/jilin-yaodian.txt').length);
  });
});
