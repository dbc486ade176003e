/**
 * 发文字号 (GB/T 9704 §7.2.5: 机关代字〔年份〕序号号) and decree numbers (国务院令第711号) wherever they stand in a text.
 * Matching runs on a width- and script-folded copy of the same length, so spans are spans of the source.
 */
import { toSimplified } from '../../../src/model/script.ts';
import { foldWidth } from '../../../src/model/width.ts';
import { BLANK, blankResidue, dropResidue } from './residue.ts';

export interface DocumentNumberMatch {
  start: number;
  end: number;
  raw: string;
  /** As printed, digits folded, brackets kept. */
  documentNumber: string;
  /** 机关代字 (国办发) or the decree's issuer + 令 (国务院令). */
  code: string;
  year: number | null;
  /** 序号 as printed, redactions (X, ××) included. */
  seq: string;
  kind: 'document' | 'decree';
}

const OPEN = '[〔\\[［【﹝（(]';
const CLOSE = '[〕\\]］】﹞）)]';
const GAP = '[ \\t\\u3000\\u200b]*';
const SEQ = '(?:\\d{1,5}|[Xx×*＊○〇□]{1,4})';
// Everything after the 机关代字: 〔2020〕17号, 〔2020〕××号, [2020]第5号 — never 〔州〕 or a bare （2020）.
const DOCUMENT_TAIL = new RegExp(
  `${OPEN}${GAP}(?<year>(?:19|20)\\d{2})${GAP}${CLOSE}${GAP}第?(?<seq>${SEQ})${GAP}号`,
  'g',
);
// 国务院令第711号, and the spoken order 国务院第711号令.
const DECREE_TAIL = new RegExp(
  `令${GAP}第${GAP}(?<seq>\\d{1,5})${GAP}号|第${GAP}(?<seqBefore>\\d{1,5})${GAP}号令`,
  'g',
);
// A code is Han characters, some of them maybe redacted (×政办发〔2019〕X号).
const CODE_CHAR = /[\p{Script=Han}×Xx*＊○□\u200b]/u;
const HAN = /\p{Script=Han}/u;
// Running text that leads into a code (按照国办发…, 贯彻落实国办发…, 关于…的通知国办发…) is not part of it. A decree's
// issuer is a full organ name, which may contain 和/及 (住房和城乡建设部令), so there conjunctions cut only at the start.
const LEAD_IN_WORDS =
  '根据|按照|依据|依照|参照|对照|遵照|比照|印发|转发|下发|贯彻|落实|执行|关于|详见|以及|文件|通知|精神|要求|规定|现将|的|是|为|见|即|将|把|在|对|从|由|号';
const DOCUMENT_LEAD_IN = new RegExp(`^.*(?:${LEAD_IN_WORDS}|和|及|与|或|并|等|于)`);
const DECREE_LEAD_IN = new RegExp(`^(?:.*(?:${LEAD_IN_WORDS}))?[和及与或并]*`);
// The issuer of a "第N号令" decree ends like an organ name.
const ORGAN_END = /[院部委府局厅署会行办]$/;
// A full organ name run into the code (省委办公厅冀办字〔2005〕31号): a 机关代字 abbreviates its organ and never spells
// 办公厅 or 人民政府 out, so the name is the text's, and the code is what follows it (two characters at least).
const ORGAN_BEFORE_CODE = /^.*(?:办公厅|办公室|人民政府|委员会)(?=[\p{Script=Han}\u200b]{2})/u;

/**
 * The code ending at `end` (at most `max` characters, blanked pinyin residue not counted), less any running text that
 * leads into it; '' when none.
 */
function codeBefore(folded: string, end: number, max: number, leadIn: RegExp): string {
  let start = end;
  let taken = 0;
  // Code points, not UTF-16 units: a rare character (𡈽, CJK Extension B) is a surrogate pair.
  const charBefore = (at: number) =>
    /[\udc00-\udfff]/.test(folded[at - 1] ?? '') ? folded.slice(at - 2, at) : folded[at - 1]!;
  while (start > 0 && taken < max && CODE_CHAR.test(charBefore(start))) {
    const char = charBefore(start);
    if (char !== BLANK) taken++;
    start -= char.length;
  }
  const code = folded.slice(start, end).replace(leadIn, '');
  return HAN.test(code) ? code : '';
}

// The name of the state before a decree's organ (中华人民共和国国务院令第711号): printed, but not part of its number.
const STATE = /^(?:中华人民共和国|中華人民共和國)(?=.)/;

export function findDocumentNumbers(text: string): DocumentNumberMatch[] {
  const folded = blankResidue(toSimplified(foldWidth(text)));
  const found: DocumentNumberMatch[] = [];
  const push = (
    start: number,
    end: number,
    code: string,
    year: number | null,
    seq: string,
    kind: DocumentNumberMatch['kind'],
  ) => {
    const raw = text.slice(start, end);
    const printed = foldWidth(dropResidue(raw));
    found.push({
      start,
      end,
      raw,
      documentNumber: kind === 'decree' ? printed.replace(STATE, '') : printed,
      code: foldWidth(dropResidue(text.slice(start, start + code.length))),
      year,
      seq,
      kind,
    });
  };
  for (const m of folded.matchAll(DOCUMENT_TAIL)) {
    const code = codeBefore(folded, m.index, 10, DOCUMENT_LEAD_IN).replace(ORGAN_BEFORE_CODE, '');
    if (code)
      push(m.index - code.length, m.index + m[0].length, code, Number(m.groups!.year), m.groups!.seq!, 'document');
  }
  for (const m of folded.matchAll(DECREE_TAIL)) {
    let issuer = codeBefore(folded, m.index, 14, DECREE_LEAD_IN);
    // The tail of a date run into the issuer (2007年4月5日中华人民共和国国务院令…): 日 is not part of the organ's name.
    if (/^[日月年号]/.test(issuer) && /\d/.test(folded[m.index - issuer.length - 1] ?? '')) issuer = issuer.slice(1);
    const { seq, seqBefore } = m.groups!;
    if (seq !== undefined ? issuer : ORGAN_END.test(issuer))
      push(
        m.index - issuer.length,
        m.index + m[0].length,
        seq !== undefined ? `${issuer}令` : issuer,
        null,
        seq ?? seqBefore!,
        'decree',
      );
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A 发文字号 that lost its brackets (川办发202310, 资市府办发20236, 岚财金2017.135号), read only where a number is expected
 * — the whole of a citation's bracket after a 《title》, or a portal's 文号 field — never in running text.
 */
export function looseDocumentNumber(text: string): DocumentNumberMatch | null {
  const folded = toSimplified(foldWidth(text));
  const m = /^\s*(\p{Script=Han}{2,10}?)((?:19|20)\d{2})[.．]?(\d{1,4})号?\s*$/u.exec(folded);
  return m ? wholeText(text, folded, { code: m[1]!, year: Number(m[2]), seq: m[3]!, kind: 'document' }) : null;
}

/** A number that is the whole (trimmed) text, kept as printed. */
function wholeText(
  text: string,
  folded: string,
  parts: Pick<DocumentNumberMatch, 'code' | 'year' | 'seq' | 'kind'>,
): DocumentNumberMatch {
  const start = folded.length - folded.trimStart().length;
  const end = folded.trimEnd().length;
  const raw = text.slice(start, end);
  return { start, end, raw, documentNumber: foldWidth(raw), ...parts };
}

/**
 * A 发文字号 damaged in print, read only where a whole bracket holds nothing else (…的通知》(国办发〔201226号),
 * (黑政办发201835号), (国办发?017?4号), (国务院令492号)): a 机关代字 ending as codes end, then a year's digits (or a
 * character lost to encoding) with whatever brackets survived, a serial, maybe 号. Kept as printed.
 */
export function malformedDocumentNumber(text: string): DocumentNumberMatch | null {
  const folded = toSimplified(foldWidth(text));
  const m =
    /^\s*(\p{Script=Han}{1,9}[发办函字电])\s*[〔[【﹝(?]?\s*((?:19|20|\?)\d{2,3}|(?:19|20)\d{2})\s*[〕\]】﹞)?.]?\s*第?\s*(\d{1,5})\s*号?\s*$/u.exec(
      folded,
    ) ?? /^\s*(\p{Script=Han}{1,12}令)()\s*(\d{1,5})\s*号\s*$/u.exec(folded); // 国务院令492号: 第 left out
  if (!m || /^(?:根据|按照|依据|印发|转发)/.test(m[1]!)) return null;
  const year = /^(?:19|20)\d{2}$/.test(m[2]!.slice(0, 4)) ? Number(m[2]!.slice(0, 4)) : null;
  return wholeText(text, folded, { code: m[1]!, year, seq: m[3]!, kind: m[1]!.endsWith('令') ? 'decree' : 'document' });
}
