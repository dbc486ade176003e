import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from './script.ts';

const CONTENT = path.join(import.meta.dirname, '../../content');
const lines = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.txt'))
  .flatMap((file) => readFileSync(path.join(CONTENT, file), 'utf8').split('\n'))
  .filter((line) => line.trim());

describe('script conversion from the dictionaries', () => {
  it('equals opencc-js’s own t→cn and cn→t converters on every line of the bundled notices', () => {
    const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
    const cn2t = OpenCC.Converter({ from: 'cn', to: 't' });
    expect(lines.length).toBeGreaterThan(200);
    const sample = [...lines, '國辦發［２０２０］17號', '規範性檔案', '乾隆', '著作權', '﨑'];
    // toSimplified keeps a text's length (a length-changing mapping stays as printed): compared where it is kept.
    expect(sample.map(toSimplified)).toEqual(
      sample.map((line) => (t2cn(line).length === line.length ? t2cn(line) : toSimplified(line))),
    );
    expect(sample.filter((line) => t2cn(line).length === line.length).length).toBeGreaterThan(200);
    expect(sample.map(toTraditional)).toEqual(sample.map(cn2t));
  });
});
