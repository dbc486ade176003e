import { describe, expect, it } from 'vitest';
import { ConvertWorkers } from './convert-workers.ts';

const bytes = new TextEncoder().encode('一、加强领导。');

describe('conversion workers', () => {
  it('a worker that dies fails the file it held, naming it; the other files still convert, each in its place', async () => {
    const workers = new ConvertWorkers(2, new URL('./fixtures/workers/dies-on-file.ts', import.meta.url));
    try {
      const files = ['a.txt', 'dies.txt', 'b.txt', 'c.txt', 'dies.txt', 'd.txt'];
      const answers = await Promise.all(files.map((file) => workers.convert(file, bytes)));
      expect(answers.map(({ read }) => ('severity' in read ? `failed ${read.file}` : read.source.file))).toEqual([
        'a.txt',
        'failed dies.txt',
        'b.txt',
        'c.txt',
        'failed dies.txt',
        'd.txt',
      ]);
      expect(answers[1]!.read).toMatchObject({
        severity: 'error',
        line: null,
        message: expect.stringMatching(/^the worker converting this file stopped .*: exit code 3$/),
      });
    } finally {
      await workers.close();
    }
  });

  it('workers that cannot start fail every file rather than wait for ever', async () => {
    const workers = new ConvertWorkers(2, new URL('./fixtures/workers/missing.ts', import.meta.url));
    try {
      const answers = await Promise.all(['a.txt', 'b.txt', 'c.txt'].map((file) => workers.convert(file, bytes)));
      expect(answers.map(({ read }) => read)).toEqual(
        ['a.txt', 'b.txt', 'c.txt'].map((file) => ({
          file,
          line: null,
          severity: 'error',
          message: expect.stringMatching(/^the worker converting this file stopped/),
        })),
      );
    } finally {
      await workers.close();
    }
  });
});
