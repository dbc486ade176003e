/**
 * One source file → one Notice (without its page id, which the CLI assigns across the corpus), through the stages in
 * order: 1 read (text in any encoding, a web page, Word, PDF) → 2 lines → 3 split documents → 4 metadata → 5 clause
 * tree → 6 duties (notes, task tables) → 7 references. Stage 8 (MDX) runs once the id is known.
 *
 * convertFile reads every format (Word and PDF are read asynchronously); convertNotice is the same for text and web
 * pages, without waiting.
 */
import { createHash } from 'node:crypto';
import type { Component, Notice, Part, Problem } from '../../src/model/notice.ts';
import { textKind } from './recognise/file-kind.ts';
import { documentNumberKey } from '../../src/model/keys.ts';
import { endsLikeTitle, genreOf } from './recognise/genres.ts';
import { matchMarker, skipSpace } from './recognise/markers.ts';
import { detectRegion } from './recognise/region.ts';
import { detectScript, langOf } from './recognise/script.ts';
import { titleWithOrgan } from './recognise/title-text.ts';
import type { ProblemDraft } from './problems.ts';
import { NotANoticeError, readSource, readTextSource, type Source } from './stages/01-read/read-source.ts';

export { NotANoticeError };
import { splitLines } from './stages/02-lines/lines.ts';
import { nameComponents } from './stages/03-split/components.ts';
import { splitDocuments } from './stages/03-split/split-documents.ts';
import { ccOf, componentMetadata, portalFields, portalStatus, printedDateOf } from './stages/04-metadata/metadata.ts';
import { buildClauseTree } from './stages/05-clauses/clause-tree.ts';
import { withResponsibilities } from './stages/06-duties/notes.ts';
import { withTaskTables } from './stages/06-duties/task-tables.ts';
import { collectReferences } from './stages/07-references/references.ts';

export type NoticeDraft = Omit<Notice, 'id'>;

/** The first year (19xx, 20xx) found in the candidates, in order. */
export const yearOf = (...candidates: (string | null)[]) => {
  for (const candidate of candidates) {
    const year = candidate ? /((?:19|20)\d{2})/.exec(candidate)?.[1] : undefined;
    if (year) return Number(year);
  }
  return null;
};

interface Input {
  bytes: Uint8Array;
  /** The file's path relative to the converted folder, as problems and the model name it. */
  file: string;
}

/** A text or web-page file → its notice. */
export function convertNotice(input: Input): NoticeDraft {
  return convertSource(readTextSource(input.bytes), input);
}

/** Any file a notice comes as (text, web page, Word, PDF) → its notice. */
export async function convertFile(input: Input): Promise<NoticeDraft> {
  return convertSource(await readSource(input.bytes), input);
}

function convertSource(source: Source, input: Input): NoticeDraft {
  const { text, encoding, format } = source;
  const lines = splitLines(text);
  const chrome = lines.filter((line) => line.noise).length;
  if (lines.every((line) => line.noise || !line.text.trim()))
    throw new NotANoticeError(
      chrome ? `no notice text, only ${chrome} line(s) of web-page chrome` : 'empty file: no text to convert',
    );
  const { components: drafts, problems: splitProblems } = splitDocuments(lines);
  const drafted: ProblemDraft[] = [...source.problems, ...splitProblems];

  const isNumbered = (draft: { body: typeof lines }) =>
    draft.body.some((line) => matchMarker(line.match, skipSpace(line.text)) !== null);
  const names = nameComponents(drafts, isNumbered);
  const metadata = drafts.map(componentMetadata);
  // Text in which no title, 发文字号, date or numbered clause was found, and that looks like a data table or a
  // Markdown document, holds no notice. (Anything else still converts, titled after its file, with a warning.)
  const structured =
    metadata.some((m) => m.documentNumber || m.signedDate || (m.title && endsLikeTitle(m.title))) ||
    drafts.some(isNumbered);
  const kind = structured ? null : textKind(text);
  if (kind === 'csv') throw new NotANoticeError('a table of data (comma- or tab-separated values), not a notice');
  if (kind === 'markdown') throw new NotANoticeError('a Markdown document (a README?), not a notice');
  const usedIds = new Set<string>();

  // The notice is its first letter (or numbered document): a news article that reposts it comes before it.
  const mainIndex = Math.max(
    0,
    drafts.findIndex((draft, i) => draft.kind === 'letter' || metadata[i].documentNumber !== null),
  );
  const first = metadata[mainIndex];
  // What the page's metadata fields say fills what the notice's own text lacks; the text wins when both speak.
  const portal = portalFields(drafts.flatMap((d) => [...d.front, ...d.back]));
  for (const [field, own, page] of [
    ['发文字号', first?.documentNumber, portal.documentNumber],
    ['成文日期', first?.signedDate, portal.signedDate],
  ] as const) {
    const disagree =
      field === '发文字号' ? documentNumberKey(own ?? '') !== documentNumberKey(page ?? '') : own !== page;
    if (own && page && disagree)
      drafted.push({
        line: null,
        severity: 'warning',
        message: `The text's ${field} ${own} differs from the page's ${page}; the text's is kept.`,
      });
  }
  const year = yearOf(first?.signedDate ?? null, first?.documentNumber ?? null, first?.title ?? null);

  const components: Component[] = drafts.map((draft, index) => {
    const name = names[index];
    const own = metadata[index];
    const issuer = name.issuedBy !== null ? metadata[name.issuedBy] : null;
    const tree = buildClauseTree(draft.body, { prefix: name.prefix, usedIds });
    drafted.push(...tree.problems);
    return {
      eId: name.eId,
      prefix: name.prefix,
      kind: draft.kind,
      title: own.title,
      documentNumber:
        own.documentNumber ?? issuer?.documentNumber ?? (index === mainIndex ? portal.documentNumber : null),
      issuer: own.issuer ?? issuer?.issuer ?? (index === mainIndex ? portal.issuer : null),
      signedDate: own.signedDate ?? issuer?.signedDate ?? (index === mainIndex ? portal.signedDate : null),
      genre: own.genre,
      front: draft.front,
      clauses: withTaskTables(withResponsibilities(tree.clauses, year), year),
      back: draft.back,
    };
  });

  const allParts: Part[] = components.flatMap((c) => [...c.front, ...c.back]);
  const mainComponent = components[mainIndex];
  const title =
    titleWithOrgan(mainComponent?.title ?? null, portal.title) ??
    portal.title ??
    components.find((c) => c.title)?.title ??
    input.file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const { region, level } = detectRegion({ issuer: mainComponent?.issuer ?? null, title, text });
  const script = detectScript(text);
  const problems: Problem[] = drafted.map((p) => ({ file: input.file, ...p }));

  return {
    source: { file: input.file, encoding, format, sha256: createHash('sha256').update(input.bytes).digest('hex') },
    title,
    documentNumber: mainComponent?.documentNumber ?? null,
    issuer: mainComponent?.issuer ?? null,
    addressees: first?.addressees ?? null,
    signedDate: mainComponent?.signedDate ?? null,
    publishedDate: portal.publishedDate,
    validity: portal.validity,
    status: portalStatus(portal.validity),
    printedDate: printedDateOf(allParts),
    notes: first?.notes ?? [],
    cc: ccOf(allParts),
    script,
    lang: langOf(script),
    region,
    level,
    genre: genreOf(title),
    year,
    components,
    references: collectReferences(components),
    problems,
    // Set across the corpus (scripts/corpus/documents.ts): which documents this file carries, and where else they are.
    foundIn: null,
    alsoIn: [],
    carries: [],
  };
}
