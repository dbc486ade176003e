/**
 * Stage 5b: build the clause tree of one component's body: numbered clauses (一、/（一）/1./（1）/①) nested by form, unnumbered
 * paragraphs as intro / follow-on / wrap-up paragraphs, and Akoma Ntoso-style ids taken from the printed numbers.
 *
 * Numbering is checked as a sequence: a line-initial marker is always a clause (a break in the sequence is a warning);
 * an inline marker (lost line breaks) only when it continues the sequence after a sentence end. A list that restarts
 * without its parent heading (（一） after （二） with no new 一、-level line) gets an inferred parent, with a warning.
 */
import { FORM, type Form, rank } from '../../../../src/model/forms.ts';
import type { Clause } from '../../../../src/model/notice.ts';
import { isWhollyBracketed } from '../../recognise/brackets.ts';
import { bareSectionNumber, type Marker, matchMarker, skipSpace } from '../../recognise/markers.ts';
import { SENTENCE_END, SENTENCE_PUNCTUATION } from '../../recognise/punctuation.ts';
import type { ProblemDraft } from '../../problems.ts';
import type { SourceLine } from '../02-lines/lines.ts';
import { unwrapParagraphs } from './unwrap.ts';

interface Piece {
  text: string;
  offset: number;
}

interface Node {
  form: Form | null; // null: an unnumbered paragraph
  number: number | null;
  inferred: boolean;
  line: number;
  offset: number;
  numberText: string | null;
  heading: Piece | null;
  body: Piece | null;
  children: Node[];
}

interface Placement {
  cut: number; // stack depth to cut back to
  inferParent: { form: Form; number: number } | null;
  unexpected: boolean;
}

/** A heading run in with its body ends at the first sentence end — when that comes early enough to be a heading. */
const HEADING_MAX = 60;
/** Trailing paragraphs that speak of the whole document are its wrap-up, not part of the last clause. */
const WRAPUP =
  /本(实施方案|工作方案|要点|要點|方案|通知|意见|意見|办法|辦法|计划|规定|規定|细则)|^各(地|地区|地區|部门|部門|单位|單位|乡|鄉|级|級|市|县|縣|区|區)/;

const LIST_FORMS = new Set<Form>(['point', 'item', 'subitem']);

// Words a body sentence starts with, and words a heading ends with, for headings run in with no punctuation at all.
const BODY_LEAD =
  /^(?:为|為|根据|根據|按照|依据|依照|由|请|請|各|结合|結合|除|要|对照|對照|对|對|在|通过|通過|坚持|堅持|以|本|今年|全年|我区|我市|我县|我局|区直|县直|市直|省直|公民|县局|区管委会|与)/;
const HEADING_TAIL =
  /(?:工作|建设|建設|机制|機制|公开|公開|程序|要求|情况|情況|制度|领导|領導|管理|服务|服務|职责|職責|思想|目标|目標|措施|保障|任务|任務|分工|范围|範圍|方式|内容|內容|整改|获批|評審|评审|规划|規劃|设施|設施|发展|發展|合作|水平|培训|培訓|交流|开发|開發|推介|宣传|宣傳|单位|單位|政府|流程)$/;

/**
 * Where a heading run in with its body ends when no sentence end comes early enough: at a gap of spaces (a line break
 * the page lost: 一、总体要求和目标 全面贯彻…), else where a heading-like phrase meets a body-like one (一、指导思想全面贯彻…,
 * 二、依申请公开除上述…), else — `guess`, for the top level only — at the first clause break of a paragraph-style item
 * (一、今年…责任大，各级…). Null when none.
 */
function runInHeadingEnd(rest: string, guess: boolean): number | null {
  const gap = /^[^\s。；;，,：:！!？?]{2,}?(?=[ \u3000]+\S)/.exec(rest.slice(0, HEADING_MAX));
  if (gap) return gap[0].length;
  if (!guess) return null;
  for (let p = 4; p <= Math.min(HEADING_MAX, rest.length - 2); p++) {
    if (/[。；;，,：:！!？?]/.test(rest[p - 1]!)) break;
    if (HEADING_TAIL.test(rest.slice(0, p)) && BODY_LEAD.test(rest.slice(p))) return p;
  }
  const clause = rest.search(/[，,；;：:。]/);
  return clause >= 4 && clause <= 2 * HEADING_MAX ? clause : null;
}

/** Split a numbered block into number, heading and body (heading and body often share one line). */
function numberedNode(line: number, offset: number, text: string, marker: Marker): Node {
  const node: Node = {
    form: marker.form,
    number: marker.number,
    inferred: false,
    line,
    offset,
    numberText: text.slice(0, marker.length),
    heading: null,
    body: null,
    children: [],
  };
  const start = skipSpace(text, marker.length);
  const rest = text.slice(start);
  if (!rest) return node;
  if (marker.form === 'art') {
    node.body = { text: rest, offset: offset + start }; // 第X条 carries no heading: it is all provision text
    return node;
  }
  const end = rest.search(/[。！？!?]/);
  if (end >= 0 && end < HEADING_MAX) {
    node.heading = { text: rest.slice(0, end + 1), offset: offset + start };
    const bodyStart = skipSpace(rest, end + 1);
    if (bodyStart < rest.length) node.body = { text: rest.slice(bodyStart), offset: offset + start + bodyStart };
  } else if (end < 0 && rest.length <= HEADING_MAX) {
    node.heading = { text: rest, offset: offset + start };
  } else {
    const cut = marker.form === 'sec' || marker.form === 'para' ? runInHeadingEnd(rest, marker.form === 'sec') : null;
    if (cut !== null) {
      node.heading = { text: rest.slice(0, cut).trimEnd(), offset: offset + start };
      const bodyStart = skipSpace(rest, cut);
      if (bodyStart < rest.length) node.body = { text: rest.slice(bodyStart), offset: offset + start + bodyStart };
    } else node.body = { text: rest, offset: offset + start };
  }
  return node;
}

interface Candidate {
  at: number;
  /** Right after a heading without punctuation (一、加强用权公开（一）以权责清单为依托…). */
  runIn: boolean;
  /** An unnumbered paragraph begins (after a sentence end and an indent: …予以通报。　　各县…). */
  paragraph: boolean;
  /** Glued to the text before it (…完成时限：2019年底三、支持…, …总 则第一条 为…). */
  glued: boolean;
}

/**
 * Positions in a line where an inline marker could begin a clause, after lost line breaks: after a sentence end or a
 * run of spaces, run in after a heading, glued to the text before it; and where an unnumbered paragraph begins.
 */
function inlineCandidates(line: SourceLine, from: number): Candidate[] {
  const found: Candidate[] = [];
  for (let i = from + 1; i < line.match.length; i++) {
    if (/\s/.test(line.match[i])) continue;
    let before = i - 1;
    while (before > from && /\s/.test(line.match[before])) before--;
    if (!matchMarker(line.match, i)) {
      // A sentence end, then a paragraph's two-character indent: a paragraph break the line lost.
      if (SENTENCE_END.test(line.match[before]!) && /^(?:\u3000{2}|\s{4})/.test(line.match.slice(before + 1, i)))
        found.push({ at: i, runIn: false, paragraph: true, glued: false });
      continue;
    }
    const marker = matchMarker(line.match, i)!;
    // A clause number cited in prose (第二十条第（一）项, 第（三）、（四）项) is no clause.
    if (line.match[before] === '第' || /^[项款条目]/.test(line.match.slice(i + marker.length))) continue;
    // A colon opens an inline list (…三项：1.…；2.…), so an item 1 may follow it.
    const opensList = /[：:]/.test(line.match[before]!) && marker.number === 1;
    const afterBreak = SENTENCE_END.test(line.match[before]!) || before < i - 1 || opensList;
    if (afterBreak) found.push({ at: i, runIn: false, paragraph: false, glued: false });
    // A bracketed number, or a first arabic item, run in after a heading without punctuation (…推进政务公开1．实现…).
    else if (/[（(]/.test(line.match[i]!) || (marker.form === 'point' && /\p{Script=Han}/u.test(line.match[before]!)))
      found.push({ at: i, runIn: true, paragraph: false, glued: false });
    // Glued to the text before it: only a number that continues its sequence is taken (judged where the candidate is
    // placed), never after a numeral or 第 (第二、 一、二、).
    else if (GLUABLE.has(marker.form) && !/[一二三四五六七八九十百〇零两第之其统唯]/.test(line.match[before]!))
      found.push({ at: i, runIn: false, paragraph: false, glued: true });
  }
  return found;
}

/** The forms whose numbers may be glued to the text before them in a page that lost its line breaks. */
const GLUABLE = new Set<Form>(['sec', 'chp', 'art']);

/**
 * A run-in clause number only follows the heading of the level right above it (or a 1. right under a 一、 heading),
 * with no punctuation in between.
 */
function runsIn(line: SourceLine, segmentStart: number, pending: Marker | null, marker: Marker, at: number): boolean {
  if (pending === null) return false;
  const below = marker.form === FORM[pending.form].below || (pending.form === 'sec' && marker.form === 'point');
  return below && !/[。；;！!？?，,、：:]/.test(line.match.slice(segmentStart + pending.length, at));
}

/** The numbering context a marker is judged in: the open numbered clauses and the last number seen per form. */
interface Numbering {
  open: { form: Form; number: number }[];
  last: Map<Form, number>;
}

/** Where a marker fits in the numbering, or null when it cannot (weak, inline markers must continue exactly). */
function placement(state: Numbering, marker: Marker, strong: boolean): Placement | null {
  const same = state.open.map((n) => n.form).lastIndexOf(marker.form);
  if (same >= 0) {
    const last = state.open[same].number;
    if (marker.number === last + 1) return { cut: same, inferParent: null, unexpected: false };
    // A list restarting after two or more items lost its parent heading; a second "1." after one item is a typo.
    if (marker.number === 1 && same >= 1 && last >= 2) {
      const parent = state.open[same - 1];
      return { cut: same - 1, inferParent: { form: parent.form, number: parent.number + 1 }, unexpected: false };
    }
    return strong ? { cut: same, inferParent: null, unexpected: true } : null;
  }
  let cut = state.open.length;
  while (cut > 0 && rank(state.open[cut - 1].form) >= rank(marker.form)) cut--;
  if (marker.number === 1 || marker.number === (state.last.get(marker.form) ?? 0) + 1)
    return { cut, inferParent: null, unexpected: false };
  return strong ? { cut, inferParent: null, unexpected: true } : null;
}

/** The numbering after placing a marker. */
function advance(state: Numbering, marker: Marker, where: Placement): Numbering {
  const open = state.open.slice(0, where.cut);
  const last = new Map(state.last);
  for (const level of [
    ...(where.inferParent ? [where.inferParent] : []),
    { form: marker.form, number: marker.number },
  ]) {
    open.push(level);
    last.set(level.form, level.number);
  }
  return { open, last };
}

/** The n-th copy of a printed number as letters, bijective base 26: 2 → b … 26 → z, 27 → aa, 28 → ab … (ids stay [a-z]). */
export function copyLetters(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
  return letters;
}

export function buildClauseTree(
  body: SourceLine[],
  options: { prefix: string; usedIds: Set<string> },
): { clauses: Clause[]; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  const roots: Node[] = [];
  const stack: Node[] = []; // open numbered clauses, outermost first
  const lastNumber = new Map<Form, number>(); // numbering may run on across sections (Leshan, Jilin 2014)
  const order: Node[] = []; // every node in document order
  const copiesGiven = new Map<string, number>(); // printed number → copies suffixed so far
  const warn = (line: number, message: string) => problems.push({ line, severity: 'warning', message });
  const siblingsAt = (depth: number) => (depth === 0 ? roots : stack[depth - 1].children);

  const currentNumbering = (): Numbering => ({
    open: stack.map((n) => ({ form: n.form!, number: n.number! })),
    last: new Map(lastNumber),
  });

  function push(node: Node) {
    siblingsAt(stack.length).push(node);
    order.push(node);
    stack.push(node);
    lastNumber.set(node.form!, node.number!);
  }

  function placeNumbered(node: Node, where: Placement) {
    stack.length = where.cut;
    if (where.inferParent) {
      const { form, number } = where.inferParent;
      push({
        form,
        number,
        inferred: true,
        line: node.line,
        offset: node.offset,
        numberText: null,
        heading: null,
        body: null,
        children: [],
      });
      warn(
        node.line,
        `${node.numberText} restarts its list with no heading above it: that heading is missing from the source, its place is inferred and no text is invented.`,
      );
    }
    if (where.unexpected) warn(node.line, `${node.numberText} breaks the numbering sequence.`);
    push(node);
  }

  /** 三加强监督检查 after 二、: the next top-level number, its 、 left out — a heading, with a warning. */
  function missingPunctuation(match: string, line: number): Marker | null {
    const bare = bareSectionNumber(match);
    if (!bare || lastNumber.get('sec') !== bare.number - 1 || !stack.some((n) => n.form === 'sec')) return null;
    warn(line, `${match.slice(0, bare.length)} lacks the 、 after its number: read as the next top-level heading.`);
    return bare;
  }

  function placeParagraph(piece: Piece, line: number) {
    // A bracketed paragraph after a list of items (1.… 2.… then （牵头单位：…）) speaks for the clause the list is in.
    if (isWhollyBracketed(piece.text))
      while (stack.length > 1 && LIST_FORMS.has(stack[stack.length - 1].form!)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && !parent.inferred && !parent.body && parent.children.length === 0) {
      parent.body = piece; // a heading on its own line: the next paragraph is its body
      return;
    }
    const node: Node = {
      form: null,
      number: null,
      inferred: false,
      line,
      offset: piece.offset,
      numberText: null,
      heading: null,
      body: piece,
      children: [],
    };
    (parent ? parent.children : roots).push(node);
    order.push(node);
  }

  for (const line of unwrapParagraphs(body)) {
    const start = skipSpace(line.text);
    if (start >= line.text.length) continue;
    let segmentStart = start;
    let segmentMarker =
      matchMarker(line.match, start) ?? missingPunctuation(line.match.slice(start).trimEnd(), line.line);
    const emit = (end: number) => {
      const text = line.text.slice(segmentStart, end).trimEnd();
      const offset = line.offset + segmentStart;
      if (segmentMarker)
        placeNumbered(
          numberedNode(line.line, offset, text, segmentMarker),
          placement(currentNumbering(), segmentMarker, true)!,
        );
      else placeParagraph({ text, offset }, line.line);
    };
    const candidates = inlineCandidates(line, start);
    // The form of an inline number rejected as out of sequence: the list right under it belongs to it (a flattened
    // table's row label 三、本年度办理结果 （一）予以公开 …), not to the clause before it.
    let rejected: Form | null = null;
    for (const [index, { at: candidate, runIn, paragraph, glued }] of candidates.entries()) {
      if (paragraph) {
        emit(candidate);
        segmentStart = candidate;
        segmentMarker = null;
        continue;
      }
      const marker = matchMarker(line.match, candidate)!;
      if (runIn && !runsIn(line, segmentStart, segmentMarker, marker, candidate)) continue;
      // A flattened table's row label right before the heading whose number it repeats (四、结转下年度继续办理 四、政府…).
      const next = candidates[index + 1];
      const twin = next && !next.paragraph ? matchMarker(line.match, next.at) : null;
      if (
        twin?.form === marker.form &&
        twin.number === marker.number &&
        !SENTENCE_PUNCTUATION.test(line.match.slice(candidate, next!.at))
      )
        continue;
      // Judge the inline marker in the numbering as it will be once the pending segment is placed.
      const before = currentNumbering();
      const pending = segmentMarker ? advance(before, segmentMarker, placement(before, segmentMarker, true)!) : before;
      const where = placement(pending, marker, false);
      if (rejected !== null && rank(marker.form) > rank(rejected)) continue;
      if (!where || where.inferParent) {
        if (!runIn && !glued && marker.form === 'sec') rejected = marker.form;
        continue; // inline markers must continue the sequence exactly
      }
      // A glued number continues its sequence exactly; only 第一章/第一条 may open one (the first article after a chapter).
      const last = pending.last.get(marker.form) ?? 0;
      if (glued && (marker.number === 1 ? marker.form === 'sec' || last > 0 : last !== marker.number - 1)) continue;
      emit(candidate);
      segmentStart = candidate;
      segmentMarker = marker;
      rejected = null;
    }
    emit(line.text.length);
  }

  // Wrap-up: trailing unnumbered paragraphs after the last numbered clause that speak of the whole document.
  const lastNumbered = order.findLastIndex((n) => n.form !== null);
  const trailing = lastNumbered >= 0 ? order.slice(lastNumbered + 1).filter((n) => n.form === null) : [];
  const wrapup = trailing.length > 0 && WRAPUP.test(trailing[0].body!.text) ? trailing : [];
  for (const node of wrapup) {
    for (const holder of [roots, ...order.map((n) => n.children)]) {
      const at = holder.indexOf(node);
      if (at >= 0) holder.splice(at, 1);
    }
  }

  const hasNumbered = lastNumbered >= 0;
  let intro = 0;
  const clauses = roots.map((node) =>
    node.form === null
      ? toClause(node, `${options.prefix}${hasNumbered ? 'intro__' : ''}p_${++intro}`)
      : toClause(node, `${options.prefix}${node.form}_${node.number}`),
  );
  wrapup.forEach((node, i) => clauses.push(toClause(node, `${options.prefix}wrapup__p_${i + 1}`)));
  return { clauses, problems };

  function uniqueId(id: string, line: number): string {
    let candidate = id;
    // Counting on from the last copy given keeps a number printed 100,000 times linear.
    let copy = copiesGiven.get(id) ?? 1;
    while (options.usedIds.has(candidate)) candidate = `${id}-${copyLetters(++copy)}`;
    copiesGiven.set(id, copy);
    if (candidate !== id) warn(line, `Duplicate clause number: ${id} is taken, this clause is ${candidate}.`);
    options.usedIds.add(candidate);
    return candidate;
  }

  function toClause(node: Node, baseId: string): Clause {
    const eId = uniqueId(baseId, node.line);
    // Unnumbered follow-on paragraphs count after the clause's own text (its implicit p_1).
    let paragraph = node.body && node.form !== null ? 1 : 0;
    const children = node.children.map((child) =>
      toClause(child, child.form === null ? `${eId}__p_${++paragraph}` : `${eId}__${child.form}_${child.number}`),
    );
    return {
      eId,
      form: node.form,
      ordinal: node.number,
      number: node.numberText,
      heading: node.heading?.text ?? null,
      headingOffset: node.heading?.offset ?? null,
      text: node.body?.text ?? '',
      textOffset: node.body?.offset ?? null,
      children,
      notes: [],
      duty: null,
      inferred: node.inferred,
      offset: node.offset,
      line: node.line,
    };
  }
}
