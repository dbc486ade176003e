/** The five seed notices of the bundled corpus (content/), by the short names the tests use. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  '000-jilin-2020': '2020/jilin-yaodian.txt',
  '001-guangdong-forwarding': '2020/guangdong-zhuanfa-guoban.txt',
  '001-guangdong-2020': '2020/guangdong-zhuanfa-guoban.txt',
  '002-youyi-county': '2020/youyi-shishi-fangan.txt',
  '002-youyi-2020': '2020/youyi-shishi-fangan.txt',
  '003-leshan-traditional': '2020/leshan-yaodian-hant.txt',
  '003-leshan-2020-hant': '2020/leshan-yaodian-hant.txt',
  '004-jilin-2014': '2014/jilin-yaodian.txt',
};

export const SEED_NAMES = [
  '000-jilin-2020',
  '001-guangdong-forwarding',
  '002-youyi-county',
  '003-leshan-traditional',
  '004-jilin-2014',
];

/** A seed's text; `name` may carry a .txt ending. */
export function readSeed(name: string): string {
  const file = FILES[name.replace(/\.txt$/, '')];
  if (!file) throw new Error(`unknown seed ${name}`);
  return readFileSync(join(import.meta.dirname, '../content', file), 'utf8');
}
