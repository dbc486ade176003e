import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonLines } from './notices-export.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'notices-export-'));

describe('notices.jsonl', () => {
  it('holds the notices of notices.json, one a line, each line JSON on its own', async () => {
    const dir = folder();
    // Commas and brackets inside the text, and a notice that is a line of its own, as the converter writes them.
    const notices = [{ id: 'a', title: '关于印发[一、二],的通知' }, { id: 'b', text: ',\n]' }, { id: 'c' }];
    writeFileSync(join(dir, 'notices.json'), `[\n${notices.map((n) => JSON.stringify(n)).join(',\n')}\n]\n`);
    const count = await writeJsonLines(join(dir, 'notices.json'), join(dir, 'notices.jsonl'));
    const lines = readFileSync(join(dir, 'notices.jsonl'), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(count).toBe(3);
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(notices);
  });

  it('an empty corpus is an empty file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'notices.json'), '[]\n');
    expect(await writeJsonLines(join(dir, 'notices.json'), join(dir, 'notices.jsonl'))).toBe(0);
    expect(readFileSync(join(dir, 'notices.jsonl'), 'utf8')).toBe('');
  });
});
