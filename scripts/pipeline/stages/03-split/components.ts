/**
 * Group the split components into documents (a letter and the texts it issues) and name them.
 *
 * The first document's clauses get plain ids; every further document (a forwarded notice) is att_N. Inside a document,
 * a cover letter without numbered clauses of its own takes the 'cover__' prefix so that the text it issues keeps plain
 * ids (sec_2__para_3); a letter with numbered clauses keeps plain ids and the texts next to it become att_N.
 */
import type { DraftComponent } from './split-documents.ts';

export interface ComponentName {
  eId: string;
  prefix: string;
  /** Index of the letter this component's text was issued by (it inherits 发文字号, 发文机关, 成文日期), or null. */
  issuedBy: number | null;
}

export function nameComponents(
  drafts: DraftComponent[],
  isNumbered: (draft: DraftComponent) => boolean,
): ComponentName[] {
  const names: ComponentName[] = [];
  let attachments = 0;
  let documentBase = '';
  let letter: number | null = null;
  let coverLetter = false; // the current document's letter has no numbered clauses
  let textsInDocument = 0;

  drafts.forEach((draft, index) => {
    const startsDocument = draft.kind === 'letter' || index === 0 || letter === null;
    if (startsDocument) {
      documentBase = index === 0 ? '' : `att_${++attachments}`;
      letter = draft.kind === 'letter' ? index : null;
      textsInDocument = 0;
      const next = drafts[index + 1];
      coverLetter = draft.kind === 'letter' && next?.kind === 'text' && !isNumbered(draft);
      if (coverLetter) {
        names.push({
          eId: documentBase ? documentBase : 'cover',
          prefix: documentBase ? `${documentBase}__cover__` : 'cover__',
          issuedBy: null,
        });
      } else {
        names.push({ eId: documentBase || 'main', prefix: documentBase ? `${documentBase}__` : '', issuedBy: null });
      }
      return;
    }
    // A text issued by the current letter.
    textsInDocument++;
    if (coverLetter && textsInDocument === 1) {
      names.push({
        eId: documentBase ? `${documentBase}__main` : 'main',
        prefix: documentBase ? `${documentBase}__` : '',
        issuedBy: letter,
      });
    } else {
      const base = `att_${++attachments}`;
      names.push({ eId: base, prefix: `${base}__`, issuedBy: letter });
    }
  });
  return names;
}
