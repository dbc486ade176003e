/**
 * Stage 3: split a notice's lines into its documents (components): a cover letter (标题, 发文字号, 主送, 正文, 署名,
 * 成文日期, 附注) and the texts it issues or forwards, each with its own title and clause numbering. Header and closing
 * lines become `Part`s; everything between them is the component's body, left to the clause tree (stage 5).
 * Every non-blank line lands in exactly one place: a part (web-page chrome included, as role 'noise') or a body.
 *
 * The splitter walks the lines once, in one of four phases per component:
 *
 *   front ──主送 (addressees), or a first line that is no header element──▶ body
 *   body ──成文日期 (after a 署名), or 署名+日期 run into the last sentence──▶ closing
 *   closing ──a title, 附件 N or any other text──▶ front (or body) of the next component
 *   抄送 (any phase) ──▶ backmatter ──印发 line──▶ closing
 *
 * Lost line breaks put several elements on one line (…的通知国办发〔2020〕17号各省…：); the splitter takes the first
 * element as a part and puts the rest of the line back in its place, to be looked at again — offsets stay source
 * offsets. Recognisers of whole lines live in recognise/header-lines.ts, of where an element ends in recognise/
 * header-peel.ts.
 */
import type { Part } from '../../../../src/model/notice.ts';
import { toSimplified } from '../../../../src/model/script.ts';
import { parseCompactDate } from '../../recognise/dates.ts';
import { classifyNoise, leadingChrome, trailingChrome } from '../../recognise/chrome.ts';
import { pageBreakContinuation } from '../../recognise/continuation.ts';
import { findDocumentNumbers, type DocumentNumberMatch } from '../../recognise/document-number.ts';
import { endsLikeTitle } from '../../recognise/genres.ts';
import {
  addresseesThenBody,
  FIELD_OR_CELLS,
  isAddressees,
  isAttachmentLabel,
  isCcLine,
  isBracketedDateLine,
  isDateLine,
  isDocumentNumberLine,
  isImprintLine,
  isIssuerMark,
  isListedAttachment,
  isNoteLine,
  isSignatureLike,
  isSubjectTermsLine,
  isTitleLike,
  opensAttachmentList,
  organAboveSubject,
  TITLE_CONTINUES_AFTER,
  TITLE_CONTINUES_BEFORE,
} from '../../recognise/header-lines.ts';
import {
  inlineAttachment,
  inlineAttachmentList,
  inlineCc,
  leadingDocumentNumber,
  leadingNote,
  signatureAndDate,
  titleBeforeAddressees,
  titleBeforeBody,
  titleBeforeChrome,
  titleBeforeClause,
  titleBeforeDocumentNumber,
  titleBeforeGluedHeading,
  titleBeforeTableHeader,
  trailingImprint,
} from '../../recognise/header-peel.ts';
import { matchMarker, skipSpace } from '../../recognise/markers.ts';
import { SENTENCE_PUNCTUATION } from '../../recognise/punctuation.ts';
import { isColumnName } from '../../recognise/table.ts';
import type { ProblemDraft } from '../../problems.ts';
import type { SourceLine } from '../02-lines/lines.ts';

export interface DraftComponent {
  kind: 'letter' | 'text';
  front: Part[];
  body: SourceLine[];
  back: Part[];
  /** The 发文字号 of its documentNumber part, as recognised there (stage 4 reads it, never parses it again). */
  documentNumber: DocumentNumberMatch | null;
}

type Phase = 'front' | 'body' | 'closing' | 'backmatter';

const trimmed = (line: SourceLine) => line.match.trim();

/** A Part covering the trimmed line (or a slice of it), with exact source offsets. */
function partOf(line: SourceLine, role: Part['role'], from = 0, to = line.text.length): Part {
  const start = skipSpace(line.text, from);
  let end = to;
  while (end > start && /\s/.test(line.text[end - 1]!)) end--;
  return { role, offset: line.offset + start, line: line.line, text: line.text.slice(start, end) };
}

/** The part of a line from `from` on, as a line of its own (offsets stay source offsets). */
function sliceLine(line: SourceLine, from: number): SourceLine {
  return {
    ...line,
    offset: line.offset + from,
    text: line.text.slice(from),
    match: line.match.slice(from),
    noise: null,
  };
}

/** The part of a line before `to`, as a line of its own. */
function headOf(line: SourceLine, to: number): SourceLine {
  return { ...line, text: line.text.slice(0, to), match: line.match.slice(0, to), eol: '' };
}

/** 主送机关: one to three lines, the last ending with a colon; a title or 发文字号 is never part of it. */
function addresseeBlockEnd(lines: SourceLine[], i: number): number | null {
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    const text = trimmed(lines[j]!);
    if (!text || lines[j]!.noise || SENTENCE_PUNCTUATION.test(text) || matchMarker(text) !== null) return null;
    if (/[：:]$/.test(text))
      return isAddressees(
        lines
          .slice(i, j + 1)
          .map(trimmed)
          .join(''),
      )
        ? j
        : null;
    if (isDocumentNumberLine(text) || /(关于|關於)/.test(text) || endsLikeTitle(text)) return null;
  }
  return null;
}

/** The 文种 of a letter (a title with 关于 ends with one). */
const LETTER_GENRE_END = /(通知|通告|公告|意见|决定|批复|报告|函|请示|命令|令|纪要|通报|答复|复函)$/;

/** A title that wraps over lines (at most one blank line inside, as in the Youyi seed). Returns the title's line indexes. */
function titleBlock(lines: SourceLine[], i: number): number[] {
  const taken = [i];
  let title = trimmed(lines[i]!);
  let j = i + 1;
  while (taken.length < 4 && j < lines.length) {
    let k = j;
    if (!trimmed(lines[k]!) && k + 1 < lines.length) k++; // one blank line inside a title
    const printed = trimmed(lines[k]!);
    // A word spaced out letter by letter (通　知) is one word, not cells of a table.
    const next = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,3}$/u.test(printed)
      ? printed.replace(/\s/g, '')
      : printed;
    if (!next || lines[k]!.noise || !isTitleLike(next) || FIELD_OR_CELLS.test(next) || isColumnName(next)) break;
    // 关于印发…工作要点 / 任务分解表的通知: a 关于 title ends with the letter's own 文种, not the issued text's.
    const awaitsLetterGenre = /关于|關於/.test(title) && !LETTER_GENRE_END.test(toSimplified(title));
    const complete = endsLikeTitle(title) && !awaitsLetterGenre && !TITLE_CONTINUES_AFTER.test(next);
    const continues =
      TITLE_CONTINUES_BEFORE.test(title) ||
      TITLE_CONTINUES_AFTER.test(next) ||
      !endsLikeTitle(title) ||
      awaitsLetterGenre;
    const blankAllowed = TITLE_CONTINUES_BEFORE.test(title) || organAboveSubject(title, next) || awaitsLetterGenre;
    if (complete || !continues || (k > j && !blankAllowed)) break;
    taken.push(k);
    title += next;
    j = k + 1;
  }
  return taken;
}

/** Is the next non-blank line a title (of an attachment)? */
function titleFollows(lines: SourceLine[], from: number): boolean {
  let j = from;
  while (j < lines.length && !trimmed(lines[j]!)) j++;
  return j < lines.length && isTitleLike(trimmed(lines[j]!)) && trimmed(lines[j]!).length <= 60;
}

/** Does a new letter start here (its title followed by a 发文字号 or 主送 line)? */
function letterStartsAt(lines: SourceLine[], i: number): boolean {
  const here = trimmed(lines[i]!);
  if (!isTitleLike(here) || !/(关于|關於)/.test(here + trimmed(lines[i + 1] ?? lines[i]!))) return false;
  const block = titleBlock(lines, i);
  let j = block[block.length - 1]! + 1;
  while (j < lines.length && !trimmed(lines[j]!)) j++;
  return j < lines.length && (isDocumentNumberLine(trimmed(lines[j]!)) || addresseeBlockEnd(lines, j) !== null);
}

/** A title block that is whole: it ends with its 文种, maybe followed by its 发文字号 in brackets (…的通知(川办发[2017]40号)). */
function isWholeTitle(text: string): boolean {
  const squashed = text.replace(/\s/g, '');
  if (squashed.length < 8) return false; // 通知 alone is the last line of a title, not a whole one
  const isFullTitle = (t: string) => isTitleLike(t) && endsLikeTitle(t);
  return isFullTitle(squashed) || titleBeforeDocumentNumber(squashed, isFullTitle) !== null;
}

/** Where the header's lines end at the latest: 主送, a clause number, a sentence, a 成文日期. */
const PREAMBLE_WINDOW = 40;
function startsText(lines: SourceLine[], i: number): boolean {
  const text = trimmed(lines[i]!);
  return (
    addresseeBlockEnd(lines, i) !== null || matchMarker(text) !== null || /[。！!？?]/.test(text) || isDateLine(text)
  );
}

/**
 * A web page often prints things above the notice's own header: a news headline and its timestamp, the page title,
 * spam injected by a mirror site (山东公布2025年政务公开工作要点 / 2025-04-24 18:11:00 / 山东省人民政府办公厅 / 关于印发…的通知).
 * The notice's title is the last whole title before its text starts; the lines above it that are no header element
 * are marked as the page's (kept as noise parts, nothing lost).
 */
function markPreamble(lines: SourceLine[]): void {
  let chosen = -1;
  let seen = 0;
  let afterNumber = false;
  for (let j = 0; j < lines.length && seen < PREAMBLE_WINDOW; j++) {
    const text = trimmed(lines[j]!);
    if (!text || lines[j]!.noise) continue;
    seen++;
    if (startsText(lines, j)) {
      if (chosen < 0 && !afterNumber) chosen = headerAfterBlurb(lines, j) ?? -1;
      break;
    }
    if (isDocumentNumberLine(text)) {
      afterNumber = true; // a title may follow its 发文字号, but nothing after that title is the header
      continue;
    }
    if (!isTitleLike(text) || isIssuerMark(text)) continue;
    const block = titleBlock(lines, j);
    const blockText = block.map((k) => trimmed(lines[k]!)).join('');
    if (isWholeTitle(blockText) || isWholeTitle(text)) {
      chosen = j;
      j = isWholeTitle(blockText) ? block[block.length - 1]! : j;
    }
    if (afterNumber) break;
  }
  for (let j = 0; j < chosen; j++) {
    const line = lines[j]!;
    const text = trimmed(line);
    if (!text || line.noise || isIssuerMark(text) || isDocumentNumberLine(text)) continue;
    line.noise = isTitleLike(text) ? 'pageTitle' : 'portal';
  }
}

/** Sentences of a letter's own body: a notice that starts mid-letter is never a page's blurb. */
// A news report on the notice (记者日前获悉，…近日印发《…》) is text of the page, kept as written, not a blurb.
const LETTER_BODY = /现将|给你们|请认真|请结合|请遵照|贯彻执行|遵照执行|抓好落实|认真落实|印发|[《〈]/;
const BLURB_LINES = 2;

/**
 * A site's blurb above the notice (封丘县地处河南省东北部，…总人口89.02万。): a sentence or two before anything of a
 * header, then a whole title with its 发文字号 or 主送 right below it. Returns that title's line, or null.
 */
function headerAfterBlurb(lines: SourceLine[], from: number): number | null {
  let prose = 0;
  for (let j = from, seen = 0; j < lines.length && seen < BLURB_LINES + 1; j++) {
    const text = trimmed(lines[j]!);
    if (!text || lines[j]!.noise) continue;
    seen++;
    if (
      isTitleLike(text) &&
      isWholeTitle(
        titleBlock(lines, j)
          .map((k) => trimmed(lines[k]!))
          .join(''),
      )
    ) {
      const end = titleBlock(lines, j).at(-1)!;
      return prose > 0 && headerBelow(lines, end + 1) ? j : null;
    }
    const isBlurb =
      SENTENCE_PUNCTUATION.test(text) &&
      !LETTER_BODY.test(toSimplified(text)) &&
      matchMarker(text) === null &&
      !isDateLine(text);
    if (!isBlurb || addresseeBlockEnd(lines, j) !== null) return null;
    prose++;
  }
  return null;
}

/** Is a 发文字号 or 主送 among the next `within` non-blank lines from `from` (a page's byline may stand between)? */
function headerBelow(lines: SourceLine[], from: number, within = 3): boolean {
  for (let j = from, seen = 0; j < lines.length && seen < within; j++) {
    const text = trimmed(lines[j]!);
    if (!text) continue;
    seen++;
    if (isDocumentNumberLine(text) || addresseeBlockEnd(lines, j) !== null) return true;
  }
  return false;
}

/** Is a 发文字号 line or 主送 among the next two non-blank lines after line i (which is neither, nor prose)? */
function headerAhead(lines: SourceLine[], i: number): boolean {
  const here = trimmed(lines[i]!);
  if (SENTENCE_PUNCTUATION.test(here) || matchMarker(here) !== null || isAddressees(here)) return false;
  return headerBelow(lines, i + 1, 2);
}

/** Lines that are a whole part by themselves, by phase. */
const WHOLE_LINE_PARTS: Partial<Record<Phase, [(text: string) => boolean, Part['role']][]>> = {
  front: [
    [isIssuerMark, 'issuerMark'],
    [isDocumentNumberLine, 'documentNumber'],
    [isAttachmentLabel, 'attachmentLabel'],
  ],
  closing: [
    [isNoteLine, 'note'],
    [isDateLine, 'date'],
  ],
};

const newComponent = (): DraftComponent => ({ kind: 'text', front: [], body: [], back: [], documentNumber: null });

class Splitter {
  readonly components: DraftComponent[] = [];
  readonly problems: ProblemDraft[] = [];
  private current = newComponent();
  private phase: Phase = 'front';
  /** A title was followed by chrome: a second title after it is the document's own, the first a portal's page title. */
  private titleFollowedByNoise = false;

  /** The lines still to look at; a line whose first element was taken is replaced by its remainder. */
  private readonly queue: SourceLine[];

  constructor(lines: SourceLine[]) {
    this.queue = lines.map((line) => ({ ...line }));
    markPreamble(this.queue);
  }

  run(): { components: DraftComponent[]; problems: ProblemDraft[] } {
    for (let i = 0; i < this.queue.length;) i = this.step(i);
    this.startComponent('front');
    if (!this.components.some((c) => c.front.some((p) => p.role === 'title')))
      this.problems.push({
        line: null,
        severity: 'warning',
        message: 'No title found; the notice is titled after its file.',
      });
    return { components: this.components, problems: this.problems };
  }

  /** Looks at queue[i] and returns the index of the next line to look at (i again when the line was rewritten). */
  private step(i: number): number {
    const line = this.queue[i]!;
    if (!trimmed(line)) {
      if (this.phase === 'body') this.current.body.push(line);
      return i + 1;
    }
    return (
      this.peelChrome(i, line) ??
      this.keepPageBreak(i, line) ??
      this.takeNoise(i, line) ??
      this.takeBackMatter(i, line) ??
      this.takeWholeLinePart(i, line) ??
      (this.phase === 'front'
        ? this.front(i, line)
        : this.phase === 'closing'
          ? this.closing(i, line)
          : this.body(i, line))
    );
  }

  private startComponent(next: Phase) {
    const c = this.current;
    if (c.front.length || c.body.some((l) => trimmed(l)) || c.back.length) this.components.push(c);
    this.current = newComponent();
    this.phase = next;
    this.titleFollowedByNoise = false;
  }

  private hasTitle = () => this.current.front.some((p) => p.role === 'title');
  private hasFront = (role: Part['role']) => this.current.front.some((p) => p.role === role);

  /** Takes line[0, end) as a part of the front and puts the rest of the line back, to be looked at again. */
  private takeFrontSlice(i: number, line: SourceLine, role: Part['role'], end: number): number {
    this.current.front.push(partOf(line, role, 0, end));
    this.queue[i] = sliceLine(line, end);
    return i;
  }

  /**
   * Chrome glued to the notice text (a page that lost its line breaks): a breadcrumb or portal fields before the header,
   * a page footer after the last sentence. The line is split in two, the chrome side marked as noise.
   */
  private peelChrome(i: number, line: SourceLine): number | null {
    if (line.noise) return null;
    const footer = trailingChrome(line.text);
    const header = this.phase === 'front' ? leadingChrome(line.text) : null;
    if (footer === null && (header === null || header >= line.text.length)) return null;
    const at = footer ?? header!;
    const head = headOf(line, at);
    const tail = sliceLine(line, at);
    const chrome = footer !== null ? tail : head;
    chrome.noise = classifyNoise(chrome.text) ?? 'portal';
    this.queue.splice(i, 1, head, tail);
    return i;
  }

  /**
   * A page number inside a paragraph (the PDF's page broke it) stays in the body, so the paragraph runs across it.
   * Also marks a line with no Chinese at all around the header or the signature (a bilingual notice's English title,
   * number, date) as a translation, kept beside what it translates instead of starting a new document.
   */
  private keepPageBreak(i: number, line: SourceLine): number | null {
    if (!line.noise && (this.phase === 'front' || this.phase === 'closing') && !/\p{Script=Han}/u.test(line.text))
      line.noise = 'translation';
    if (this.phase !== 'body' || pageBreakContinuation(this.queue, i) === null) return null;
    this.current.body.push(line);
    return i + 1;
  }

  private takeNoise(i: number, line: SourceLine): number | null {
    if (!line.noise) return null;
    const part: Part = { ...partOf(line, 'noise'), kind: line.noise };
    (this.phase === 'front' ? this.current.front : this.current.back).push(part);
    if (this.phase === 'front' && this.hasTitle()) this.titleFollowedByNoise = true;
    return i + 1;
  }

  /** 版记 (抄送, 印发, 主题词) may follow any phase; lines after 抄送 continue it until the imprint line. */
  private takeBackMatter(i: number, line: SourceLine): number | null {
    const text = trimmed(line);
    const back = this.current.back;
    const imprintAt = isCcLine(text) || this.phase === 'backmatter' ? trailingImprint(line.match) : null;
    if (imprintAt !== null) {
      back.push(partOf(line, 'cc', 0, imprintAt), partOf(line, 'imprint', imprintAt));
      this.phase = 'closing';
      return i + 1;
    }
    if (isSubjectTermsLine(text)) {
      back.push(partOf(line, 'subjectTerms'));
      return i + 1;
    }
    if (!isCcLine(text) && !isImprintLine(text) && this.phase !== 'backmatter') return null;
    const imprint = isImprintLine(text);
    back.push(partOf(line, imprint ? 'imprint' : 'cc'));
    this.phase = imprint ? 'closing' : 'backmatter';
    return i + 1;
  }

  private takeWholeLinePart(i: number, line: SourceLine): number | null {
    const text = trimmed(line);
    const found = WHOLE_LINE_PARTS[this.phase]?.find(([is]) => is(text));
    if (!found) return null;
    const part = partOf(line, found[1]);
    if (found[1] === 'documentNumber') this.current.documentNumber ??= findDocumentNumbers(part.text)[0] ?? null;
    (this.phase === 'front' ? this.current.front : this.current.back).push(part);
    return i + 1;
  }

  /** Front: 发文字号, 标题 (wrapped, repeated, run into what follows), 主送 — until the first line of the body. */
  private front(i: number, line: SourceLine): number {
    const text = trimmed(line);
    const c = this.current;
    if (!this.hasFront('addressees')) {
      const numberEnd = leadingDocumentNumber(line.match);
      // The 发文字号 once, or printed again after the page's fields (…QQ空间 / 岚财金〔2018〕170号平潭…的通知…).
      const number = numberEnd !== null ? findDocumentNumbers(line.text.slice(0, numberEnd))[0] : undefined;
      if (numberEnd !== null && (!c.documentNumber || number?.documentNumber === c.documentNumber.documentNumber)) {
        c.documentNumber ??= number ?? null;
        return this.takeFrontSlice(i, line, 'documentNumber', numberEnd);
      }
    }
    if (!this.hasTitle() || this.titleFollowedByNoise || !this.titleComplete()) {
      // Nothing but chrome or an 附件 label above: the title may run straight into the body (…工作规程为贯彻…).
      const labelledOnly = c.front.every((p) => p.role === 'attachmentLabel' || p.role === 'noise');
      const isFullTitle = (t: string) => isTitleLike(t) && endsLikeTitle(t); // GB/T 9704: a title ends with its 文种
      const titleEnd =
        titleBeforeDocumentNumber(line.match, isFullTitle) ??
        titleBeforeChrome(line.match) ??
        titleBeforeAddressees(line.match, (rest) => addresseesThenBody(rest.trim()) !== null) ??
        titleBeforeClause(line.match, isTitleLike) ??
        (labelledOnly ? titleBeforeBody(line.match) : null) ??
        (c.front.some((p) => p.role === 'attachmentLabel') ? titleBeforeGluedHeading(line.match, isTitleLike) : null);
      const title = titleEnd !== null ? line.match.slice(0, titleEnd).trim() : '';
      if (titleEnd !== null && isTitleLike(title) && this.retitles(title))
        return this.takeFrontSlice(i, line, 'title', titleEnd);
      // A table's title run into its header row: the title is a part; the header row, and what follows it on the
      // line, are the body.
      const table = !this.hasTitle() ? titleBeforeTableHeader(line.match) : null;
      if (table !== null && table[0] > skipSpace(line.match)) {
        c.front.push(partOf(line, 'title', 0, table[0]));
        const header = sliceLine(line, table[0]);
        const rest = table[1] - table[0];
        this.queue.splice(
          i,
          1,
          ...(header.match.slice(rest).trim() ? [headOf(header, rest), sliceLine(header, rest)] : [header]),
        );
        this.phase = 'body';
        return i;
      }
    }
    if (this.hasTitle() && !this.hasFront('date') && isBracketedDateLine(text)) {
      c.front.push(partOf(line, 'date'));
      return i + 1;
    }
    const inlineBody = addresseesThenBody(text) !== null ? addresseesThenBody(line.match) : null;
    if (inlineBody !== null) {
      c.kind = 'letter';
      this.phase = 'body';
      return this.takeFrontSlice(i, line, 'addressees', inlineBody);
    }
    const addresseeEnd = addresseeBlockEnd(this.queue, i);
    if (addresseeEnd !== null) {
      for (let j = i; j <= addresseeEnd; j++)
        if (trimmed(this.queue[j]!)) c.front.push(partOf(this.queue[j]!, 'addressees'));
      c.kind = 'letter';
      this.phase = 'body';
      return addresseeEnd + 1;
    }
    if (this.hasTitle() && !this.hasFront('documentNumber') && headerAhead(this.queue, i)) {
      line.noise = 'portal'; // a page's line between the title and the 发文字号 or 主送 (时间：… 来源：…)
      return i;
    }
    const formField = this.hasTitle() && FIELD_OR_CELLS.test(text); // 填报单位（盖章）： under a form's title
    const titleDone = this.hasFront('addressees') || (this.hasFront('documentNumber') && this.hasTitle());
    if (isTitleLike(text) && !formField && !titleDone) return this.title(i);
    this.phase = 'body';
    return i; // the same line, now as body
  }

  /**
   * Whether a title found after chrome may stand: always when none stands yet; when one does (a portal's page title,
   * 关于印发…的通知, then the page's fields), only the document's own title that repeats it, maybe with its organ
   * (平潭综合实验区管委会办公室关于印发…的通知) — the earlier one then becomes the page's.
   */
  /** A title ends with its 文种; a page title cut short (…《…条例》) does not, and the full one may follow. */
  private titleComplete(): boolean {
    const title = this.current.front.filter((p) => p.role === 'title').map((p) => p.text.replace(/\s/g, ''));
    return endsLikeTitle(title.join(''));
  }

  private retitles(title: string): boolean {
    if (!this.hasTitle()) return true;
    const earlier = this.current.front.filter((p) => p.role === 'title');
    const squash = (text: string) => text.replace(/\s/g, '');
    if (!squash(title).includes(squash(earlier.map((p) => p.text).join('')))) return false;
    for (const p of earlier) Object.assign(p, { role: 'noise', kind: 'pageTitle' });
    this.titleFollowedByNoise = false;
    return true;
  }

  /** A title line (and the lines it wraps onto) in the front. */
  private title(i: number): number {
    const block = titleBlock(this.queue, i);
    const blockText = block.map((j) => trimmed(this.queue[j]!)).join('');
    if (this.hasTitle()) {
      const earlier = this.current.front.filter((p) => p.role === 'title');
      const earlierText = earlier.map((p) => p.text.trim()).join('');
      const repeated = earlierText.replace(/\s/g, '') === blockText.replace(/\s/g, '');
      if (this.titleFollowedByNoise && !repeated && isWholeTitle(earlierText) && !isWholeTitle(blockText))
        return this.underWholeTitle(i);
      if (this.titleFollowedByNoise || repeated) {
        // A portal's page title repeated above the document's own title: keep it as chrome.
        for (const p of earlier) Object.assign(p, { role: 'noise', kind: 'pageTitle' });
      } else if (!this.hasFront('documentNumber') && !this.hasFront('issuerMark')) {
        // A second, different short line under a title with nothing between: the text has begun (an attachment's
        // table, 序号 / 工作任务 / …, or its first heading).
        this.phase = 'body';
        return i;
      }
    }
    for (const j of block) this.current.front.push(partOf(this.queue[j]!, 'title'));
    this.titleFollowedByNoise = false;
    return block[block.length - 1]! + 1;
  }

  /**
   * A line that is no title, under a whole title and the page's fields (发布时间：…): the title stands. A report's
   * author over its date (泗阳县政务公开办 / （2016年3月2日）) is its 署名; a line with the 发文字号 or 主送 still to come
   * is the page's (a field's value: 市交通运输局 / 分享到： / 穗交运函〔2022〕415号); anything else begins the text (引　言).
   */
  private underWholeTitle(i: number): number {
    if (headerBelow(this.queue, i + 1)) {
      this.queue[i]!.noise = 'portal';
      return i;
    }
    let next = i + 1;
    while (next < this.queue.length && !trimmed(this.queue[next]!)) next++;
    const date = next < this.queue.length ? trimmed(this.queue[next]!) : '';
    if (isSignatureLike(trimmed(this.queue[i]!)) && (isBracketedDateLine(date) || isDateLine(date))) {
      this.current.front.push(partOf(this.queue[i]!, 'signature'), partOf(this.queue[next]!, 'date'));
      return next + 1;
    }
    this.phase = 'body';
    return i;
  }

  /** The next component starts at `line`, which opens with its 附件 label (up to `labelEnd`) run into its title. */
  private startAttachment(i: number, line: SourceLine, labelEnd: number): number {
    this.startComponent('front');
    this.current.front.push(partOf(line, 'attachmentLabel', 0, labelEnd));
    this.queue[i] = sliceLine(line, labelEnd);
    return i;
  }

  /** Who signs this component, as its title names the organ (平潭综合实验区管委会办公室关于…): a signature to look for. */
  private issuers(): string[] {
    const title = this.current.front
      .filter((p) => p.role === 'title')
      .map((p) => p.text.trim())
      .join('');
    const organ = /^(.{4,30}?)(?:关于|關於)/.exec(title)?.[1];
    return organ ? [organ] : [];
  }

  /** Closing: 附注, 附件说明 after the signature, then whatever starts the next component. */
  private closing(i: number, line: SourceLine): number {
    const text = trimmed(line);
    if (opensAttachmentList(text) || isListedAttachment(text, this.current.back.at(-1)?.role === 'attachmentLabel')) {
      this.current.back.push(partOf(line, 'attachmentLabel'));
      return i + 1;
    }
    const noteEnd = leadingNote(line.match);
    if (noteEnd !== null) {
      this.current.back.push(partOf(line, 'note', 0, noteEnd));
      this.queue[i] = sliceLine(line, noteEnd);
      return i;
    }
    const inline = inlineAttachment(line.match, isTitleLike);
    if (inline !== null && inline[0] === skipSpace(line.match)) return this.startAttachment(i, line, inline[1]);
    const attachment = isAttachmentLabel(text);
    const titled =
      isTitleLike(text) ||
      attachment ||
      titleBeforeClause(line.match, isTitleLike) !== null ||
      titleBeforeBody(line.match) !== null ||
      titleBeforeTableHeader(line.match) !== null;
    this.startComponent(titled ? 'front' : 'body');
    if (!attachment) return i;
    this.current.front.push(partOf(line, 'attachmentLabel'));
    return i + 1;
  }

  /** Body: everything up to the 署名 and 成文日期, 抄送 run in after the last sentence, or the start of another document. */
  private body(i: number, line: SourceLine): number {
    const text = trimmed(line);
    const c = this.current;
    const last = c.body.findLast((l) => trimmed(l));
    // A 成文日期 — or, right under the signature, one whose 年/月/日 a page stripped (天长市政务公开办公室 / 2020610).
    const signedBelow = last !== undefined && isSignatureLike(trimmed(last)) && parseCompactDate(text) !== null;
    if (isDateLine(text) || signedBelow) {
      if (last && isSignatureLike(trimmed(last))) {
        c.body.splice(c.body.lastIndexOf(last), 1);
        c.back.push(partOf(last, 'signature'));
      }
      c.back.push(partOf(line, 'date'));
      c.kind = 'letter';
      this.phase = 'closing';
      return i + 1;
    }
    const ccAt = inlineCc(line.match);
    if (ccAt !== null) {
      c.body.push(headOf(line, ccAt));
      this.queue[i] = sliceLine(line, ccAt);
      return i;
    }
    const closing = signatureAndDate(line.match, this.issuers());
    if (closing && !/^\s*[前起止内後后以之，,。印]/.test(line.match.slice(closing[2]))) {
      const [signatureStart, dateStart, dateEnd] = closing;
      const list = inlineAttachmentList(line.match.slice(0, signatureStart));
      const bodyEnd = list ?? signatureStart;
      if (line.match.slice(0, bodyEnd).trim()) c.body.push(headOf(line, bodyEnd));
      if (list !== null) c.back.push(partOf(line, 'attachmentLabel', list, signatureStart));
      c.back.push(partOf(line, 'signature', signatureStart, dateStart), partOf(line, 'date', dateStart, dateEnd));
      c.kind = 'letter';
      this.phase = 'closing';
      if (!line.match.slice(dateEnd).trim()) return i + 1;
      this.queue[i] = sliceLine(line, dateEnd);
      return i;
    }
    // 附件2 and its title after the last sentence of a page that lost its line breaks: the next attachment starts.
    const inline = inlineAttachment(line.match, isTitleLike);
    if (inline !== null && (c.body.some((l) => trimmed(l)) || line.match.slice(0, inline[0]).trim())) {
      if (line.match.slice(0, inline[0]).trim()) c.body.push(headOf(line, inline[0]));
      return this.startAttachment(i, sliceLine(line, inline[0]), inline[1] - inline[0]);
    }
    // A bare 附件 2 over a title, after the last clause of the previous attachment: the next attachment starts.
    if (/^附\s*件\s*\d*$/.test(text) && c.body.some((l) => trimmed(l)) && titleFollows(this.queue, i + 1)) {
      this.startComponent('front');
      this.current.front.push(partOf(line, 'attachmentLabel'));
      return i + 1;
    }
    // 附件说明 and the numbered list of attachments after it (附件：1.… / 2.…) name documents; they are not clauses.
    if (isAttachmentLabel(text) || isListedAttachment(text, c.back.at(-1)?.role === 'attachmentLabel')) {
      c.back.push(partOf(line, 'attachmentLabel'));
      return i + 1;
    }
    if (c.body.some((l) => trimmed(l)) && letterStartsAt(this.queue, i)) {
      this.problems.push({
        line: line.line,
        severity: 'warning',
        message: 'A new letter starts without the previous one being signed and dated.',
      });
      this.startComponent('front');
      return i;
    }
    c.body.push(line);
    return i + 1;
  }
}

export function splitDocuments(lines: SourceLine[]): { components: DraftComponent[]; problems: ProblemDraft[] } {
  return new Splitter(lines).run();
}
