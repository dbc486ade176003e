/**
 * Split a notice's lines into its documents (components): a cover letter (标题, 发文字号, 主送, 正文, 署名, 成文日期, 附注)
 * and the texts it issues or forwards, each with its own title and clause numbering. Header and closing lines become
 * `Part`s; everything between them is the component's body, left to the clause tree.
 *
 * Every non-blank line lands in exactly one place: a part (scrape chrome included, as role 'noise') or a body.
 */
import type { Part } from '../../src/schemas/notice.ts';
import { classifyNoise, leadingChrome, trailingChrome, type SourceLine } from './normalize.ts';
import { findDocumentNumbers } from './document-number.ts';
import { endsLikeTitle } from './genres.ts';
import { isColumnName } from './task-tables.ts';
import { pageBreakContinuation } from './unwrap.ts';
import { findDates, parseDate } from './dates.ts';
import { matchMarker, skipSpace } from './markers.ts';
import type { ProblemDraft } from './problems.ts';
import {
  inlineCc,
  leadingDocumentNumber,
  leadingNote,
  signatureAndDate,
  titleBeforeAddressees,
  titleBeforeBody,
  titleBeforeChrome,
  titleBeforeClause,
  titleBeforeDocumentNumber,
  trailingImprint,
} from './header-peel.ts';

export interface DraftComponent {
  kind: 'letter' | 'text';
  front: Part[];
  body: SourceLine[];
  back: Part[];
}

type Phase = 'front' | 'body' | 'closing' | 'backmatter';

const TITLE_CONTINUES_BEFORE = /(关于|關於|印发|印發|转发|轉發|关于印发|的|及|和|与|暨)$/;
const TITLE_CONTINUES_AFTER = /^(及|和|与|與|暨|的)/;
const SENTENCE_PUNCTUATION = /[。；;！!？?]/;
/** A field label (填报单位（盖章）：) or cells set apart by wide gaps: never part of a title. */
const FIELD_OR_CELLS = /[：:]|\t|[ \u3000]{2}/;

function trimmed(line: SourceLine): string {
  return line.match.trim();
}

/** A Part covering the trimmed line (or a slice of it), with exact source offsets. */
function partOf(line: SourceLine, role: Part['role'], kind?: string, from = 0, to = line.text.length): Part {
  const start = skipSpace(line.text, from);
  let end = to;
  while (end > start && /\s/.test(line.text[end - 1])) end--;
  const part: Part = { role, offset: line.offset + start, line: line.line, text: line.text.slice(start, end) };
  if (kind) part.kind = kind;
  return part;
}

export function isDocumentNumberLine(text: string): boolean {
  const found = findDocumentNumbers(text);
  if (found.length !== 1 || found[0].start !== 0 || found[0].kind !== 'document') return false;
  const rest = text.slice(found[0].end);
  return rest.trim() === '' || /^\s+签发人/.test(rest);
}

/** A 成文日期 line; redacted digits (2019年X月X日) still close a letter, though they give no date. */
const isDateLine = (text: string) => parseDate(text) !== null || /^(19|20)\d{2}年[\dXx×Ｘ○〇]{1,2}月[\dXx×Ｘ○〇]{1,2}日$/.test(text);
const isCcLine = (text: string) => /^抄\s*[送報报]\s*[：:]/.test(text);
const isSubjectTermsLine = (text: string) => /^主\s*[题題]\s*[词詞]\s*[：:]/.test(text);
/** 发文机关标志 (版头): "龙溪县人民政府办公室文件", the issuers of a joint notice, then 文件. */
const isIssuerMark = (text: string) =>
  /^\S.{1,60}?(?:政府|办公室|办公厅|辦公室|辦公廳|委员会|委員會|[厅廳局委办辦院部])\s*文\s*件$/.test(text) && !/(关于|關於)/.test(text);
const isAttachmentLabel = (text: string) => /^附\s*件\s*\d*\s*([：:].*)?$/.test(text) && text.length <= 80;
const isNoteLine = (text: string) =>
  (/^[（(][^（）()]{2,40}[）)]$/.test(text) && matchMarker(text) === null && !SENTENCE_PUNCTUATION.test(text)) ||
  /^[（(](联系|聯繫|聯絡)[^（）()]{2,80}[）)]$/.test(text); // （联系人：…；联系电话：…）

/** The next entry (2.…) of a numbered 附件说明 list. */
const isListedAttachment = (text: string, previous: Part | undefined) =>
  previous?.role === 'attachmentLabel' && matchMarker(text)?.form === 'point' && text.length <= 90 && !SENTENCE_PUNCTUATION.test(text);

/** 印发机关和印发日期: "友谊县人民政府办公室  2020年9月17日印发". */
function isImprintLine(text: string): boolean {
  if (!/印[发發]$/.test(text) || text.length > 80 || SENTENCE_PUNCTUATION.test(text)) return false;
  const dates = findDates(text);
  return dates.length > 0 && text.slice(dates[dates.length - 1].end).trim() === text.slice(-2);
}

function isTitleLike(text: string): boolean {
  return (
    text.length >= 2 &&
    text.length <= 90 &&
    !SENTENCE_PUNCTUATION.test(text) &&
    !/[：:，,]$/.test(text) &&
    matchMarker(text) === null &&
    !isDocumentNumberLine(text) &&
    !isDateLine(text) &&
    !isNoteLine(text) &&
    !isCcLine(text) &&
    !isImprintLine(text)
  );
}

/** 署名: a short line without punctuation, usually an office name, right before the 成文日期. */
function isSignatureLike(text: string): boolean {
  return isTitleLike(text) && text.length <= 40 && !/[，,、]/.test(text);
}

/** 主送机关: one to three lines, the last ending with a colon; a title or 发文字号 is never part of it. */
function addresseeBlockEnd(lines: SourceLine[], i: number): number | null {
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    const text = trimmed(lines[j]);
    if (!text || SENTENCE_PUNCTUATION.test(text) || matchMarker(text) !== null) return null;
    if (/[：:]$/.test(text)) return isAddressees(lines.slice(i, j + 1).map(trimmed).join('')) ? j : null;
    if (isDocumentNumberLine(text) || /(关于|關於)/.test(text) || endsLikeTitle(text)) return null;
  }
  return null;
}

const isAddressees = (text: string) =>
  text.length <= 200 &&
  /(各|政府|部门|部門|单位|單位|机构|機構|委员会|厅|局|同志)/.test(text) &&
  !/(关于|關於|填报|填表|盖章|蓋章)/.test(text); // 填报单位（盖章）： heads a form, not a letter

/** 主送 and the first sentence of the letter on one line (lost line break): the index after the colon, or null. */
function addresseesThenBody(text: string): number | null {
  const colon = text.search(/[：:]/);
  return colon > 0 && colon < text.length - 1 && !SENTENCE_PUNCTUATION.test(text.slice(0, colon)) && isAddressees(text.slice(0, colon + 1))
    ? colon + 1
    : null;
}

/** The part of a line from `from` on, as a line of its own (offsets stay source offsets). */
function sliceLine(line: SourceLine, from: number): SourceLine {
  return { ...line, offset: line.offset + from, text: line.text.slice(from), match: line.match.slice(from), noise: null };
}

/** A title that wraps over lines (at most one blank line inside, as in the Youyi seed). Returns the title's line indexes. */
function titleBlock(lines: SourceLine[], i: number): number[] {
  const taken = [i];
  let title = trimmed(lines[i]);
  let j = i + 1;
  while (taken.length < 4 && j < lines.length) {
    let k = j;
    if (!trimmed(lines[k]) && k + 1 < lines.length) k++; // one blank line inside a title
    const next = trimmed(lines[k]);
    if (!next || lines[k].noise || !isTitleLike(next) || FIELD_OR_CELLS.test(next) || isColumnName(next)) break;
    const complete = endsLikeTitle(title) && !TITLE_CONTINUES_AFTER.test(next);
    const continues = TITLE_CONTINUES_BEFORE.test(title) || TITLE_CONTINUES_AFTER.test(next) || !endsLikeTitle(title);
    if (complete || !continues || (k > j && !TITLE_CONTINUES_BEFORE.test(title))) break;
    taken.push(k);
    title += next;
    j = k + 1;
  }
  return taken;
}

/** Is the next non-blank line a title (of an attachment)? */
function titleFollows(lines: SourceLine[], from: number): boolean {
  let j = from;
  while (j < lines.length && !trimmed(lines[j])) j++;
  return j < lines.length && isTitleLike(trimmed(lines[j])) && trimmed(lines[j]).length <= 60;
}

/** Does a new letter start here (its title followed by a 发文字号 or 主送 line)? */
function letterStartsAt(lines: SourceLine[], i: number): boolean {
  if (!isTitleLike(trimmed(lines[i])) || !/(关于|關於)/.test(trimmed(lines[i]) + trimmed(lines[i + 1] ?? lines[i]))) return false;
  const block = titleBlock(lines, i);
  let j = block[block.length - 1] + 1;
  while (j < lines.length && !trimmed(lines[j])) j++;
  return j < lines.length && (isDocumentNumberLine(trimmed(lines[j])) || addresseeBlockEnd(lines, j) !== null);
}

const FRONT_LINES: [(text: string) => boolean, Part['role']][] = [
  [isIssuerMark, 'issuerMark'],
  [isDocumentNumberLine, 'documentNumber'],
  [isAttachmentLabel, 'attachmentLabel'],
];
const CLOSING_LINES: [(text: string) => boolean, Part['role']][] = [
  [isNoteLine, 'note'],
  [isDateLine, 'date'],
];

export function splitDocuments(lines: SourceLine[]): { components: DraftComponent[]; problems: ProblemDraft[] } {
  const components: DraftComponent[] = [];
  const problems: ProblemDraft[] = [];
  let current: DraftComponent = { kind: 'text', front: [], body: [], back: [] };
  let phase: Phase = 'front';
  let titleFollowedByNoise = false;

  const startComponent = (next: Phase) => {
    if (current.front.length || current.body.some((l) => trimmed(l)) || current.back.length) components.push(current);
    current = { kind: 'text', front: [], body: [], back: [] };
    phase = next;
    titleFollowedByNoise = false;
  };
  const hasTitle = () => current.front.some((p) => p.role === 'title');

  // A line whose first part was taken is put back as its remainder and looked at again (lost line breaks).
  const queue = [...lines];
  const takeFront = (i: number, line: SourceLine, end: number) => {
    queue[i] = sliceLine(line, end);
  };

  /** Splits queue[i] at `at` into two lines, the chrome side marked as noise, to be looked at in turn. */
  const splitChrome = (i: number, line: SourceLine, at: number, chrome: 'head' | 'tail') => {
    const head: SourceLine = { ...line, text: line.text.slice(0, at), match: line.match.slice(0, at), eol: '' };
    const tail = sliceLine(line, at);
    const side = chrome === 'head' ? head : tail;
    side.noise = classifyNoise(side.text) ?? 'portal';
    queue.splice(i, 1, head, tail);
  };

  for (let i = 0; i < queue.length; ) {
    const line = queue[i];
    const text = trimmed(line);
    if (!text) {
      if (phase === 'body') current.body.push(line);
      i++;
      continue;
    }
    // Chrome glued to the notice text (a page that lost its line breaks): a breadcrumb or portal fields before the
    // header, a page footer after the last sentence.
    if (!line.noise) {
      const footer = trailingChrome(line.text);
      const header = phase === 'front' ? leadingChrome(line.text) : null;
      if (footer !== null || (header !== null && header < line.text.length)) {
        splitChrome(i, line, footer ?? header!, footer !== null ? 'tail' : 'head');
        continue;
      }
    }
    // A line with no Chinese at all around the header or the signature (a bilingual notice's English title, number,
    // date): kept beside the part it translates, not taken for a title that starts a new document.
    if (!line.noise && (phase === 'front' || phase === 'closing') && !/\p{Script=Han}/u.test(text)) line.noise = 'translation';
    // A page number inside a paragraph (the PDF's page broke it) stays in the body, so the paragraph runs across it.
    if (phase === 'body' && pageBreakContinuation(queue, i) !== null) {
      current.body.push(line);
      i++;
      continue;
    }
    if (line.noise) {
      (phase === 'front' ? current.front : current.back).push(partOf(line, 'noise', line.noise));
      if (phase === 'front' && hasTitle()) titleFollowedByNoise = true;
      i++;
      continue;
    }
    // 版记 (抄送, 印发) may follow any phase; lines after 抄送 continue it until the imprint line.
    const imprintAt = isCcLine(text) || phase === 'backmatter' ? trailingImprint(line.match) : null;
    if (imprintAt !== null) {
      current.back.push(partOf(line, 'cc', undefined, 0, imprintAt));
      current.back.push(partOf(line, 'imprint', undefined, imprintAt));
      phase = 'closing';
      i++;
      continue;
    }
    if (isSubjectTermsLine(text)) {
      current.back.push(partOf(line, 'subjectTerms'));
      i++;
      continue;
    }
    if (isCcLine(text) || isImprintLine(text) || phase === 'backmatter') {
      current.back.push(partOf(line, isImprintLine(text) ? 'imprint' : 'cc'));
      phase = isImprintLine(text) ? 'closing' : 'backmatter';
      i++;
      continue;
    }

    // Lines that are a whole part by themselves in this phase.
    const wholeLine = (phase === 'front' ? FRONT_LINES : phase === 'closing' ? CLOSING_LINES : []).find(([is]) => is(text));
    if (wholeLine) {
      (phase === 'front' ? current.front : current.back).push(partOf(line, wholeLine[1]));
      i++;
      continue;
    }

    if (phase === 'front') {
      if (!current.front.some((p) => p.role === 'documentNumber' || p.role === 'addressees')) {
        const numberEnd = leadingDocumentNumber(line.match);
        if (numberEnd !== null) {
          current.front.push(partOf(line, 'documentNumber', undefined, 0, numberEnd));
          takeFront(i, line, numberEnd);
          continue;
        }
      }
      if (!hasTitle()) {
        const isFullTitle = (t: string) => isTitleLike(t) && endsLikeTitle(t); // GB/T 9704: a title ends with its 文种
        const titleEnd =
          titleBeforeDocumentNumber(line.match, isFullTitle) ??
          titleBeforeChrome(line.match) ??
          titleBeforeAddressees(line.match, (rest) => addresseesThenBody(rest.trim()) !== null) ??
          titleBeforeClause(line.match, isTitleLike) ??
          (current.front.length === 0 ? titleBeforeBody(line.match) : null);
        if (titleEnd !== null && isTitleLike(line.match.slice(0, titleEnd).trim())) {
          current.front.push(partOf(line, 'title', undefined, 0, titleEnd));
          takeFront(i, line, titleEnd);
          continue;
        }
      }
      const inlineBody = addresseesThenBody(text) !== null ? addresseesThenBody(line.match) : null;
      if (inlineBody !== null) {
        current.front.push(partOf(line, 'addressees', undefined, 0, inlineBody));
        takeFront(i, line, inlineBody);
        current.kind = 'letter';
        phase = 'body';
        continue;
      }
      const addresseeEnd = addresseeBlockEnd(queue, i);
      if (addresseeEnd !== null) {
        for (let j = i; j <= addresseeEnd; j++) if (trimmed(queue[j])) current.front.push(partOf(queue[j], 'addressees'));
        current.kind = 'letter';
        phase = 'body';
        i = addresseeEnd + 1;
        continue;
      }
      const formField = hasTitle() && FIELD_OR_CELLS.test(text); // 填报单位（盖章）： under a form's title
      if (isTitleLike(text) && !formField && !current.front.some((p) => p.role === 'addressees' || p.role === 'documentNumber' && hasTitle())) {
        const block = titleBlock(queue, i);
        const blockText = block.map((j) => trimmed(queue[j])).join('');
        if (hasTitle()) {
          const earlier = current.front.filter((p) => p.role === 'title');
          const earlierText = earlier.map((p) => p.text.trim()).join('');
          if (titleFollowedByNoise || earlierText.replace(/\s/g, '') === blockText.replace(/\s/g, '')) {
            // A portal's page title repeated above the document's own title: keep it as chrome.
            for (const p of earlier) Object.assign(p, { role: 'noise', kind: 'pageTitle' });
          } else if (!current.front.some((p) => p.role === 'documentNumber' || p.role === 'issuerMark')) {
            // A second, different short line under a title with nothing between: the text has begun (an attachment's
            // table, 序号 / 工作任务 / …, or its first heading).
            phase = 'body';
            continue;
          }
        }
        for (const j of block) current.front.push(partOf(queue[j], 'title'));
        titleFollowedByNoise = false;
        i = block[block.length - 1] + 1;
        continue;
      }
      phase = 'body';
      continue; // the same line, now as body
    }

    if (phase === 'closing') {
      // 附件说明 printed after the signature: a numbered list (附件：1.… / 2.…) names the attachments of this letter.
      if (/^附\s*件\s*[：:]\s*1\s*[.．、]/.test(text) || isListedAttachment(text, current.back.at(-1))) {
        current.back.push(partOf(line, 'attachmentLabel'));
        i++;
        continue;
      }
      const noteEnd = leadingNote(line.match);
      if (noteEnd !== null) {
        current.back.push(partOf(line, 'note', undefined, 0, noteEnd));
        takeFront(i, line, noteEnd);
        continue;
      }
      const attachment = isAttachmentLabel(text);
      const titled = isTitleLike(text) || attachment || titleBeforeClause(line.match, isTitleLike) !== null || titleBeforeBody(line.match) !== null;
      startComponent(titled ? 'front' : 'body');
      if (attachment) {
        current.front.push(partOf(line, 'attachmentLabel'));
        i++;
      }
      continue;
    }

    // body
    if (isDateLine(text)) {
      const last = [...current.body].reverse().find((l) => trimmed(l));
      if (last && isSignatureLike(trimmed(last))) {
        current.body.splice(current.body.lastIndexOf(last), 1);
        current.back.push(partOf(last, 'signature'));
      }
      current.back.push(partOf(line, 'date'));
      current.kind = 'letter';
      phase = 'closing';
      i++;
      continue;
    }
    const ccAt = inlineCc(line.match);
    if (ccAt !== null) {
      current.body.push({ ...line, text: line.text.slice(0, ccAt), match: line.match.slice(0, ccAt), eol: '' });
      takeFront(i, line, ccAt);
      continue;
    }
    const closing = signatureAndDate(line.match);
    if (closing && !/^\s*[前起止内後后以之，,。印]/.test(line.match.slice(closing[2]))) {
      const [signatureStart, dateStart, dateEnd] = closing;
      if (line.match.slice(0, signatureStart).trim()) current.body.push({ ...line, text: line.text.slice(0, signatureStart), match: line.match.slice(0, signatureStart), eol: '' });
      current.back.push(partOf(line, 'signature', undefined, signatureStart, dateStart));
      current.back.push(partOf(line, 'date', undefined, dateStart, dateEnd));
      current.kind = 'letter';
      phase = 'closing';
      if (line.match.slice(dateEnd).trim()) takeFront(i, line, dateEnd);
      else i++;
      continue;
    }
    // A bare 附件 2 over a title, after the last clause of the previous attachment: the next attachment starts.
    if (/^附\s*件\s*\d*$/.test(text) && current.body.some((l) => trimmed(l)) && titleFollows(queue, i + 1)) {
      startComponent('front');
      current.front.push(partOf(line, 'attachmentLabel'));
      i++;
      continue;
    }
    // 附件说明 and the numbered list of attachments after it (附件：1.… / 2.…) name documents; they are not clauses.
    if (isAttachmentLabel(text) || isListedAttachment(text, current.back.at(-1))) {
      current.back.push(partOf(line, 'attachmentLabel'));
      i++;
      continue;
    }
    if (current.body.some((l) => trimmed(l)) && letterStartsAt(queue, i)) {
      problems.push({ line: line.line, severity: 'warning', message: 'A new letter starts without the previous one being signed and dated.' });
      startComponent('front');
      continue;
    }
    current.body.push(line);
    i++;
  }
  startComponent('front');

  if (!components.some((c) => c.front.some((p) => p.role === 'title'))) {
    problems.push({ line: null, severity: 'warning', message: 'No title found; the notice is titled after its file.' });
  }
  return { components, problems };
}
