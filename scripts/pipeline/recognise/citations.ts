/**
 * Citations in a piece of text:
 *   《title》（国办发〔2019〕54号）  a title with its 发文字号 (or （国务院令第711号）), one reference
 *   《title》（…，以下简称《要点》）  the same, defining the alias 要点 (also 以下簡稱, half-width parens)
 *   《title》                        a title alone; 《…<…>…》 is one title
 *   国办发〔2020〕17号, 国务院令第711号  bare numbers
 *   《要点》                          a later use of a defined alias (resolved to its definition in a later step)
 *   《要点》第三部分, 本通知第二条      a clause of a cited document, or of the citing notice (clause-references.ts)
 * Each citation also says what the citing sentence does with the document (印发, 转发, 贯彻/依据, or cites it).
 * Matching runs on a width- and script-folded copy of the same length, so spans are spans of the source.
 */
import type { ClausePointer, Reference, Relation } from '../../../src/model/notice.ts';
import { closingBracket, TITLE } from './brackets.ts';
import { clausePathAfterDocument, continuedClausePath, selfClausePath } from './clause-references.ts';
import { type DocumentNumberMatch, findDocumentNumbers, malformedDocumentNumber } from './document-number.ts';
import { toSimplified } from '../../../src/model/script.ts';
import { foldWidth } from '../../../src/model/width.ts';

// The bracket after a title, one level of nesting allowed inside (…（2020）3号…).
const AFTER_TITLE = /^\s*[（(](?<inner>(?:[^（）()]|[（(][^（）()]*[）)])*)[）)]/d;
const ALIAS = /(?:以下简称|以下称|下称|简称)\s*[《“"「](?<alias>[^》”"」]+)[》”"」]/d;
// What may stand in the bracket beside the number and the alias.
const FILLER = /^[\s，,、；;]*$/;

interface Citation {
  start: number;
  end: number;
  documentNumber: string | null;
  kind: Reference['kind'];
  title: string | null;
  alias: string | null;
  clause: ClausePointer[] | null;
  within: Reference['within'];
}

const SENTENCE_END = /[。；;！!？?\n]/;
/** The words before a citation that make it the basis of the citing text. */
const IMPLEMENTS = /贯彻|落实|根据|依据|按照|依照|遵照|结合|对照/;

/** What the sentence around a citation does with it: 现将《…》转发给你们, 为深入贯彻《…》, 现印发给你们… */
function relationOf(folded: string, start: number, end: number): Relation {
  // The verb that makes a citation a basis stands in its own clause (为深入贯彻《甲》、《乙》，参照《丙》).
  let from = start;
  while (from > 0 && !SENTENCE_END.test(folded[from - 1]!) && !/[，,]/.test(folded[from - 1]!)) from--;
  let to = end;
  while (to < folded.length && !SENTENCE_END.test(folded[to]!)) to++;
  const before = folded.slice(from, start);
  const after = folded.slice(end, to);
  if (/转发/.test(after) || /转发(?!的)/.test(before.slice(-4))) return 'forwards';
  if (/^[^《]*印发给/.test(after)) return 'issues';
  if (IMPLEMENTS.test(before)) return 'implements';
  return 'cites';
}

const fold = (text: string) => toSimplified(foldWidth(text));
const blank = (s: string, start: number, end: number) => s.slice(0, start) + ' '.repeat(end - start) + s.slice(end);

/** The 发文字号 and alias in the bracket right after a title, or null when it says something else (（试行）, （2019年修订）). */
function titleBracket(printed: string, folded: string) {
  const doc =
    findDocumentNumbers(printed).find((d) => folded.slice(0, d.start).trim() === '') ??
    malformedDocumentNumber(/^[^，,；;]*/.exec(printed)![0]);
  const alias = ALIAS.exec(folded);
  if (!doc && !alias) return null;
  let rest = doc ? blank(folded, doc.start, doc.end) : folded;
  if (alias) rest = blank(rest, alias.index, alias.index + alias[0].length);
  if (!FILLER.test(rest)) return null;
  return { doc, alias: alias ? printed.slice(...alias.indices!.groups!.alias!) : null };
}

/**
 * Every citation in `text`, in order. `base` is where `text` starts in the source and `inEId` the clause it sits in
 * (null in header and back matter). `aliases` are the short names defined earlier in the notice; names defined by
 * 以下简称 in `text` itself count from their definition on.
 */
export function findReferences(
  text: string,
  base: { offset: number; line: number },
  inEId: string | null,
  aliases: Iterable<string> = [],
): Reference[] {
  const folded = fold(text);
  const known = new Set([...aliases].map(fold));
  const citations: Citation[] = [];
  for (let open = folded.indexOf('《'); open >= 0; open = folded.indexOf('《', open + 1)) {
    const close = closingBracket(folded, open, TITLE);
    if (close < 0) continue;
    const title = text.slice(open + 1, close);
    const bracket = AFTER_TITLE.exec(folded.slice(close + 1));
    const [innerStart, innerEnd] = bracket ? bracket.indices!.groups!.inner!.map((i) => close + 1 + i) : [0, 0];
    const cited = bracket ? titleBracket(text.slice(innerStart, innerEnd), bracket.groups!.inner!) : null;
    if (bracket && cited) {
      const end = close + 1 + bracket[0].length;
      citations.push({
        start: open,
        end,
        documentNumber: cited.doc?.documentNumber ?? null,
        kind: cited.doc?.kind ?? 'title',
        title,
        alias: cited.alias,
        clause: null,
        within: null,
      });
      if (cited.alias) known.add(fold(cited.alias));
      open = end - 1;
      continue;
    }
    const kind = known.has(folded.slice(open + 1, close)) ? 'alias' : 'title';
    citations.push({
      start: open,
      end: close + 1,
      documentNumber: null,
      kind,
      title,
      alias: null,
      clause: null,
      within: null,
    });
    open = close;
  }
  const cited = (at: number) => citations.some((c) => c.start <= at && at < c.end);
  // A number cited bare, at `offset` in the text.
  const bare = (doc: DocumentNumberMatch, offset = 0): Citation => ({
    start: offset + doc.start,
    end: offset + doc.end,
    documentNumber: doc.documentNumber,
    kind: doc.kind,
    title: null,
    alias: null,
    clause: null,
    within: null,
  });
  for (const doc of findDocumentNumbers(text)) if (!cited(doc.start)) citations.push(bare(doc));
  // A bracket holding nothing but a damaged 发文字号 (…的通知(黑政办发201835号)).
  for (const bracket of folded.matchAll(/[（(](?<inner>[^（）()]{3,22}\d号?)[）)]/dg)) {
    const [start, end] = bracket.indices!.groups!.inner!;
    const doc = cited(start) ? null : malformedDocumentNumber(text.slice(start, end));
    if (doc && !findDocumentNumbers(doc.raw).length) citations.push(bare(doc, start));
  }
  citations.sort((a, b) => a.start - b.start);
  return [...withClausePaths(folded, citations)].map(({ start, end, ...citation }) => ({
    offset: base.offset + start,
    line: base.line + (text.slice(0, start).match(/\n/g)?.length ?? 0),
    raw: text.slice(start, end),
    ...citation,
    in: inEId,
    relation: citation.kind === 'clause' ? 'cites' : relationOf(folded, start, end),
    target: null,
    unresolved: null,
  }));
}

/**
 * The document citations, each extended by a clause path right after it (《要点》第三部分), followed by further paths
 * citing the same document (、第五十条), and the clause references into the citing notice (本通知第三条, 第三部分)
 * found in the text between them. In order, none overlapping.
 */
function* withClausePaths(folded: string, citations: Citation[]): Generator<Citation> {
  let at = 0;
  const between = function* (end: number): Generator<Citation> {
    while (at < end) {
      const path =
        folded[at] === '第' || folded[at] === '本' || folded[at] === '上' || folded[at] === '前'
          ? selfClausePath(folded, at)
          : null;
      if (!path || path.end > end) {
        at++;
        continue;
      }
      const self: Citation = {
        start: path.start,
        end: path.end,
        documentNumber: null,
        kind: 'clause',
        title: null,
        alias: null,
        clause: path.steps,
        within: path.within,
      };
      yield* continued(self, end);
    }
  };
  // A path and the paths that continue it (第四十九条、第五十条), each its own reference to the same document.
  const continued = function* (citation: Citation, end: number): Generator<Citation> {
    yield citation;
    at = citation.end;
    for (let next = continuedClausePath(folded, at); next && next.end <= end; next = continuedClausePath(folded, at)) {
      yield { ...citation, start: next.start, end: next.end, clause: next.steps, alias: null };
      at = next.end;
    }
  };
  for (const [i, citation] of citations.entries()) {
    yield* between(citation.start);
    const limit = citations[i + 1]?.start ?? folded.length;
    const path = clausePathAfterDocument(folded, citation.end);
    yield* continued(path && path.end <= limit ? { ...citation, end: path.end, clause: path.steps } : citation, limit);
  }
  yield* between(folded.length);
}
