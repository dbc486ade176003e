import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAside } from './set-aside.ts';

describe('setAside', () => {
  it('empties the folder at once but for .git, and deletes what it held', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'set-aside-'));
    const dist = path.join(root, 'dist');
    for (const dir of ['notices/a', 'pagefind/s/0', '.git']) mkdirSync(path.join(dist, dir), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(dist, 'notices/a/index.html'), '<!doctype html>');
    writeFileSync(path.join(dist, '.git/HEAD'), 'ref: refs/heads/gh-pages');
    const trash = path.join(root, '.astro', 'trash');
    const deleted = await setAside(dist, trash);
    expect(readdirSync(dist)).toEqual(['.git']);
    expect(existsSync(path.join(dist, '.git/HEAD'))).toBe(true);
    await deleted;
    expect(readdirSync(trash)).toEqual([]);
  });

  it('leaves a folder that is not there alone', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'set-aside-'));
    await await setAside(path.join(root, 'dist'), path.join(root, 'trash'));
    expect(readdirSync(root)).toEqual([]);
  });
});
