/** What an editor's fix looks like to the build: one notice of a corpus changed, the rest hard links to it. */
import { link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The corpus again in `to`, every file a hard link but one UTF-8 notice whose first top-level heading (一、…) gains
 * a word: what an editor's fix looks like to the build. Returns that file's name.
 */
export async function editOneNotice(corpus: string, to: string): Promise<string> {
  const files = (await readdir(corpus, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(corpus, path.join(entry.parentPath, entry.name)))
    .sort();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let edited: string | null = null;
  for (const file of files) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    if (edited === null && file.endsWith('.txt')) {
      let text: string | null = null;
      try {
        text = utf8.decode(await readFile(path.join(corpus, file)));
      } catch {
        // another encoding: left as it is
      }
      const heading = text === null ? null : /^[一二三四五六七八九十]+、[^\n]+$/m.exec(text);
      if (text !== null && heading) {
        await writeFile(path.join(to, file), text.replace(heading[0], `${heading[0]}（修订）`));
        edited = file;
        continue;
      }
    }
    await link(path.join(corpus, file), path.join(to, file));
  }
  if (edited === null) throw new Error(`${corpus}: no UTF-8 notice with a heading 一、… to change`);
  return edited;
}
