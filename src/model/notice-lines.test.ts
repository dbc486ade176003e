import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNoticeLines } from './notice-lines.ts';

const file = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'notice-lines-')), 'notices.json');
  writeFileSync(path, text);
  return path;
};
const all = async (path: string) => {
  const items: unknown[] = [];
  for await (const item of readNoticeLines(path)) items.push(item);
  return items;
};

describe('readNoticeLines', () => {
  it('reads what JSON.parse reads, one element a line', async () => {
    const text = '[\n{"id":"a","text":"一、,"},\n{"id":"b"}\n]\n';
    expect(await all(file(text))).toEqual(JSON.parse(text));
    expect(await all(file('[\n]\n'))).toEqual([]);
  });

  it('names the file and line of a file written otherwise', async () => {
    await expect(all(file('[\n  {\n    "id": "a"\n  }\n]\n'))).rejects.toThrow(
      /notices\.json:2: not one notice per line/,
    );
  });
});
