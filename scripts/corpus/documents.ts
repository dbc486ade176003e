/**
 * The documents of the library: every file, and every notice a file forwards or attaches with a 发文字号 of its own
 * (scripts/pipeline/embedded-notices.ts). A document is one however often it arrives: its own file wins, else the
 * first copy found; every other copy is listed where it is printed (`alsoIn`), and each file says which of its parts
 * are documents of their own (`carries`). Keyed by 发文字号 (src/model/keys.ts), so width, bracket and script variants
 * are one document; one pass, no pairwise comparison.
 */
import { documentNumberKey } from '../../src/model/keys.ts';
import type { ReferenceTarget } from '../../src/model/notice.ts';
import type { NoticeDraft } from '../pipeline/convert-notice.ts';
import { embeddedDrafts } from '../pipeline/embedded-notices.ts';

/** A part of a file (by index in the list) that prints a document. */
interface Place {
  file: number;
  eId: string;
}

export interface Documents {
  /** The files, in input order, then the documents taken out of them. */
  drafts: NoticeDraft[];
  /** For each draft, the files' parts that print it (for a document taken out of a file, the first is where it was found). */
  places: Place[][];
}

export function gatherDocuments(files: NoticeDraft[]): Documents {
  const drafts = [...files];
  const places: Place[][] = files.map(() => []);
  const byKey = new Map<string, number>();
  files.forEach((file, i) => {
    const key = file.documentNumber && documentNumberKey(file.documentNumber);
    if (key && !byKey.has(key)) byKey.set(key, i);
  });
  files.forEach((file, i) => {
    for (const { eId, draft } of embeddedDrafts(file)) {
      const key = documentNumberKey(draft.documentNumber!);
      let at = byKey.get(key);
      if (at === i) continue; // the file's own number again: nothing to take out
      if (at === undefined) {
        at = drafts.push(draft) - 1;
        places.push([]);
        byKey.set(key, at);
      }
      places[at]!.push({ file: i, eId });
    }
  });
  return { drafts, places };
}

/** The drafts with `foundIn`, `alsoIn` and `carries` set, once every draft has its page id. */
export function placeDocuments({ drafts, places }: Documents, ids: string[], fileCount: number): NoticeDraft[] {
  const carries: { eId: string; notice: string }[][] = drafts.map(() => []);
  places.forEach((list, k) => list.forEach(({ file, eId }) => carries[file]!.push({ eId, notice: ids[k]! })));
  return drafts.map((draft, k) => {
    const printed: ReferenceTarget[] = places[k]!.map(({ file, eId }) => ({ notice: ids[file]!, eId }));
    const takenOut = k >= fileCount;
    return {
      ...draft,
      foundIn: takenOut ? printed[0]! : null,
      alsoIn: takenOut ? printed.slice(1) : printed,
      carries: carries[k]!,
    };
  });
}
