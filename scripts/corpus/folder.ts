/**
 * The files of an input folder that may hold notices, and why each other entry is left out. The walk follows
 * symbolic links but reads each folder once (a link back to a folder above, sub/self → ., cannot loop), never opens
 * what is not a regular file (a FIFO would wait for ever), and turns what cannot be read into a message naming the path.
 */
import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../src/model/notice.ts';

export const ID_MANIFEST = 'notice-ids.json';

export interface Skipped {
  /** The path relative to the folder. */
  file: string;
  reason: string;
}

export interface Listing {
  /** Paths relative to the folder, sorted. */
  files: string[];
  skipped: Skipped[];
  /** Entries that could not be read: errors naming the path; the rest of the folder is still listed. */
  problems: Problem[];
}

/** Why a file of this name holds no notice, or null. */
export function skipReason(name: string): string | null {
  if (name.startsWith('.')) return 'its name starts with a dot (a hidden or system file)';
  if (/^readme/i.test(name)) return 'a README, not a notice';
  if (name === ID_MANIFEST) return 'the notice id manifest';
  return null;
}

const ERRORS: Record<string, string> = {
  ENOENT: 'a symbolic link to nothing (its target is missing)',
  ELOOP: 'a symbolic link that points to itself',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: operation not permitted',
};
/** Why a path cannot be read, in words. */
export const why = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return ERRORS[code] ?? `cannot be read: ${(error as Error).message}`;
};

/**
 * Every notice file under `root`, at any depth. `exclude` holds absolute paths of folders not to read (the output
 * folder when it lies inside the input). Throws only when `root` itself is not a readable folder.
 */
export function listFolder(root: string, exclude: readonly string[] = []): Listing {
  const top = statSync(root, { throwIfNoEntry: false });
  if (!top) throw new Error(`${root}: no such folder`);
  if (!top.isDirectory()) throw new Error(`${root}: not a folder`);
  const listing: Listing = { files: [], skipped: [], problems: [] };
  const error = (file: string, message: string) =>
    listing.problems.push({ file: file || '.', line: null, severity: 'error', message });
  const excluded = new Set(exclude.filter((path) => existsSync(path)).map((path) => realpathSync.native(path)));
  const seen = new Map<string, string>(); // device:inode of each folder read → its path
  const pending: string[] = [''];
  while (pending.length) {
    const folder = pending.pop()!;
    const absolute = join(root, folder);
    const self = statSync(absolute);
    const identity = `${self.dev}:${self.ino}`;
    if (seen.has(identity)) {
      listing.skipped.push({ file: folder, reason: `a link to the folder ${seen.get(identity) || '.'}, already read` });
      continue;
    }
    seen.set(identity, folder);
    let entries: Dirent[];
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (failure) {
      error(folder, `folder ${why(failure)}; its files are not converted`);
      continue;
    }
    for (const entry of entries) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      const reason = skipReason(entry.name);
      if (reason) {
        listing.skipped.push({ file: path, reason });
        continue;
      }
      let stats;
      try {
        stats = statSync(join(root, path)); // follows a symbolic link
      } catch (failure) {
        error(path, why(failure));
        continue;
      }
      if (stats.isDirectory()) {
        if (excluded.has(realpathSync.native(join(root, path))))
          listing.skipped.push({ file: path, reason: 'the output folder (--out)' });
        else pending.push(path);
      } else if (stats.isFile()) listing.files.push(path);
      else listing.skipped.push({ file: path, reason: 'not a regular file (a device, socket or pipe)' });
    }
  }
  listing.files.sort();
  listing.skipped.sort((a, b) => (a.file < b.file ? -1 : 1));
  return listing;
}
