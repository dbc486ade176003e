/**
 * Writing the converter's output into a folder that may hold other things: it replaces and removes only the files it
 * wrote itself, listed in that folder's converter-outputs.json. A file of the same name that it did not write stops the
 * run before anything is written.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const OUTPUTS = 'converter-outputs.json';

/** What the converter wrote into `folder` last time (names relative to it). */
function previousOutputs(folder: string): Set<string> {
  const path = join(folder, OUTPUTS);
  if (existsSync(path)) {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const files = (parsed as { files?: unknown }).files;
    // A name is a file of the folder, or of its notices/ folder (one JSON file per notice).
    const name = /^(notices\/)?[^/\\]+$/;
    if (!Array.isArray(files) || !files.every((f) => typeof f === 'string' && name.test(f) && !/(^|\/)\.\.$/.test(f)))
      throw new Error(`${path}: not a list of the converter's outputs; remove it or choose another --out`);
    return new Set(files);
  }
  // Written before the converter kept this list: its notices.json names the pages it wrote.
  const notices = join(folder, 'notices.json');
  if (!existsSync(notices)) return new Set();
  try {
    const parsed: unknown = JSON.parse(readFileSync(notices, 'utf8'));
    if (Array.isArray(parsed) && parsed.every((n) => typeof n?.id === 'string' && typeof n?.source === 'object'))
      return new Set(['notices.json', ...parsed.map((n: { id: string }) => `${n.id}.mdx`)]);
  } catch {
    // not the converter's notices.json: falls through
  }
  return new Set();
}

/** A file to write: its name in the folder and its text, given in pieces so that no one string has to hold it all. */
export interface Output {
  name: string;
  pieces: Iterable<string>;
}

/**
 * Writes `outputs` into `folder` (which exists), removes the files of the last run not written again, and records the
 * list. Throws, having written nothing, when one of the names is taken by a file the converter did not write.
 */
export function writeOutputs(folder: string, outputs: Output[]): void {
  const previous = previousOutputs(folder);
  const foreign = outputs.filter(({ name }) => existsSync(join(folder, name)) && !previous.has(name));
  if (foreign.length)
    throw new Error(
      `${folder} holds ${foreign
        .slice(0, 3)
        .map(({ name }) => name)
        .join(', ')}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''} not written by the converter ` +
        `(not in its ${OUTPUTS}): nothing was written; move them away or choose another --out`,
    );
  const names = new Set(outputs.map(({ name }) => name));
  for (const stale of previous) if (!names.has(stale)) rmSync(join(folder, stale), { force: true });
  for (const { name, pieces } of outputs) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    const fd = openSync(join(folder, name), 'w');
    try {
      for (const piece of pieces) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
  }
  writeFileSync(join(folder, OUTPUTS), `${JSON.stringify({ files: [...names].sort() }, null, 2)}\n`);
}
