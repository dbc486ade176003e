/**
 * Reads a notices.json as the converter writes it (scripts/convert.ts; also the site's /notices.json): a JSON array
 * with one notice per line, taken one line at a time so that no string holds the corpus.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export async function* readNoticeLines(path: string): AsyncGenerator<unknown> {
  let number = 0;
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    number++;
    if (line === '[' || line === ']' || line === '[]') continue;
    try {
      yield JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
    } catch {
      throw new Error(`${path}:${number}: not one notice per line (written by an older converter? convert again)`);
    }
  }
}
