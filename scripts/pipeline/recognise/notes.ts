/**
 * Responsibility notes inside a clause: the bracketed group that says who leads, who carries out and by when.
 *   labelled  （牵头单位：县政府办公室；责任单位：县直各单位，各乡（镇）政府；完成时限：2020年底前）  〔責任單位:…〕
 *   free form （省政数局牵头组织，各市〔州〕、县〔市、区〕政府，省政府各部门、各单位按照职能分别落实）
 *   unbracketed, closing a paragraph: …及时回应。责任单位：市委网信办；完成时限：长期坚持。
 *   a sentence of its own:             由省财政厅牵头，省直各部门、各市（州）人民政府配合。
 * Ordinary parentheticals — （国务院令第711号）, （以下简称《要点》）, （镇）, （此件公开发布） — are not notes.
 * Matching runs on a width- and script-folded copy of the same length; units and deadlines are sliced from the source.
 */
import type { Responsibility } from '../../../src/model/notice.ts';
import { toSimplified } from '../../../src/model/script.ts';
import { foldWidth } from '../../../src/model/width.ts';
import { closingBracket, depthAt, ROUND, type Span, splitTopLevel } from './brackets.ts';
import { parseDeadline } from './dates.ts';
import { isUnitName, unitSpans } from './units.ts';

const SEGMENT_SEPARATORS = '，,；;';

type Role = 'lead' | 'units' | 'deadline';
const LABELS: Record<Role, string[]> = {
  lead: ['牵头单位', '牵头部门', '牵头处室', '牵头科室'],
  // 处室/科室/股室 are a bureau's own divisions (责任处室：预算处); 实施单位 carry a task out.
  units: [
    '主要责任单位',
    '责任单位',
    '责任部门',
    '责任处室',
    '责任科室',
    '责任股室',
    '配合单位',
    '配合部门',
    '配合处室',
    '参与单位',
    '参与部门',
    '协办单位',
    '实施单位',
  ],
  deadline: ['完成时限', '完成期限', '完成时间', '时间节点', '时限要求'],
};
const ROLE_OF_LABEL = new Map(
  Object.entries(LABELS).flatMap(([role, labels]) => labels.map((label) => [label, role as Role])),
);
// A label starts a field at the start of the note or after a separator; the typo 完成时限；… still separates.
const LABEL = new RegExp(`(?<=^|[；;，,。\\s])(?<label>${[...ROLE_OF_LABEL.keys()].join('|')})\\s*[：:；;]?\\s*`, 'g');
const FIELD_END = /[；;，,。、\s]+$/;
// Where an unbracketed note starts: a 牵头单位 or 责任单位 label (a deadline alone is prose: 完成时限为…).
const OPEN_LABEL = new RegExp(`(?:${[...LABELS.lead, ...LABELS.units].join('|')})\\s*[：:]`, 'y');
const OPEN_LABEL_FIRST = new Set([...LABELS.lead, ...LABELS.units].map((label) => label[0]));

const LEAD_ROLE = /(?:负责牵头|牵头(?:组织|负责|落实|推进)?)$/;
const UNITS_ROLE =
  /(?:(?:按照|按|根据|依据)(?:各自)?(?:职能|职责)(?:分工)?)?(?:分别|共同|具体|认真|负责|配合|抓好|组织)?(?:落实|负责|配合|参与|协助|实施|执行)$/;

interface Parsed {
  lead: Span[];
  units: Span[];
  deadline: Span | null;
}

/** The role a phrase closes with (…牵头组织 → lead, …分别落实 → units) and the names before it. */
function roleOf(s: string, span: Span): { role: 'lead' | 'units'; names: Span } | null {
  const text = s.slice(span.start, span.end);
  for (const [role, re] of [
    ['lead', LEAD_ROLE],
    ['units', UNITS_ROLE],
  ] as const) {
    const m = re.exec(text);
    if (m) return { role, names: { start: span.start, end: span.end - m[0].length } };
  }
  return null;
}

function parseLabelled(s: string, inner: Span, year: number | null): Parsed | null {
  const labels = [...s.slice(inner.start, inner.end).matchAll(LABEL)];
  if (labels.length === 0 || s.slice(inner.start, inner.start + labels[0].index).trim() !== '') return null;
  const parsed: Parsed = { lead: [], units: [], deadline: null };
  labels.forEach((label, k) => {
    const start = inner.start + label.index + label[0].length;
    const next = labels[k + 1];
    const raw = s.slice(start, next ? inner.start + next.index : inner.end);
    const value = { start, end: start + raw.replace(FIELD_END, '').length };
    if (value.end <= value.start) return;
    const role = ROLE_OF_LABEL.get(label.groups!.label!)!;
    if (role === 'deadline') {
      parsed.deadline ??= value;
      return;
    }
    // 责任单位：各单位按照职能分别落实 names 各单位
    const names = roleOf(s, value)?.names;
    const listed = names && isUnitName(s, names) ? names : value;
    // An unlabelled deadline closing the field (责任单位：各市人民政府，持续推进) is the deadline, not a unit.
    const segments = splitTopLevel(s, listed, SEGMENT_SEPARATORS);
    const last = segments.at(-1);
    if (
      segments.length > 1 &&
      parsed.deadline === null &&
      !isUnitName(s, last!) &&
      parseDeadline(s.slice(last!.start, last!.end), year) !== null
    ) {
      parsed.deadline = last!;
      listed.end = segments.at(-2)!.end;
    }
    parsed[role].push(...unitSpans(s, listed));
  });
  return parsed.lead.length || parsed.units.length || parsed.deadline ? parsed : null;
}

function parseFreeForm(s: string, inner: Span, year: number | null): Parsed | null {
  const parsed: Parsed = { lead: [], units: [], deadline: null };
  let pending: Span[] = [];
  let roles = 0;
  for (const segment of splitTopLevel(s, inner, SEGMENT_SEPARATORS)) {
    const found = roleOf(s, segment);
    if (found === null) {
      if (isUnitName(s, segment)) pending.push(segment);
      else if (parsed.deadline === null && parseDeadline(s.slice(segment.start, segment.end), year) !== null)
        parsed.deadline = segment;
      // anything else is an action phrase (抓好相关工作), not a unit
      continue;
    }
    if (!isUnitName(s, found.names)) return null;
    roles++;
    parsed[found.role].push(...[...pending, found.names].flatMap((span) => unitSpans(s, span)));
    pending = [];
  }
  if (roles === 0) return null;
  parsed.units.push(...pending.flatMap((span) => unitSpans(s, span)));
  return parsed;
}

/**
 * Every responsibility note in `text` (a clause's heading or body), in order. `base` is where `text` starts in the
 * source; `year` (the notice's) dates deadlines that print none (年底前).
 */
export function findResponsibilities(
  text: string,
  base: { offset: number; line: number },
  year: number | null = null,
): Responsibility[] {
  const folded = toSimplified(foldWidth(text));
  const notes: Responsibility[] = [];
  // A note hard-wrapped in the source (see unwrap.ts) keeps its line breaks in `raw`; names and dates do not.
  const printed = ({ start, end }: Span) =>
    text
      .slice(start, end)
      .replace(/\s*(?:\r\n|[\n\r\u2028\u2029])\s*/g, '')
      .trim();
  const note = (raw: Span, parsed: Parsed): Responsibility => {
    const deadline = parsed.deadline && printed(parsed.deadline);
    return {
      offset: base.offset + raw.start,
      line: base.line + (text.slice(0, raw.start).match(/\n/g)?.length ?? 0),
      raw: text.slice(raw.start, raw.end),
      lead: parsed.lead.map(printed),
      units: parsed.units.map(printed),
      deadline,
      deadlineDate: deadline ? parseDeadline(deadline, year) : null,
    };
  };
  let depth = 0;
  for (let i = 0; i < folded.length; i++) {
    if (ROUND.close.includes(folded[i])) depth = Math.max(0, depth - 1);
    if (!ROUND.open.includes(folded[i])) {
      // Unbracketed: the labelled fields that close a paragraph (…及时回应。责任单位：…；完成时限：长期坚持。).
      OPEN_LABEL.lastIndex = i;
      const label = depth === 0 && OPEN_LABEL_FIRST.has(folded[i]) ? OPEN_LABEL.exec(folded) : null;
      if (label && (i === 0 || /[。；;\s]/.test(folded[i - 1]))) {
        const end = i + folded.slice(i).replace(/[。；;，,\s]+$/, '').length;
        const parsed = parseLabelled(folded, { start: i, end }, year);
        if (parsed) {
          notes.push(note({ start: i, end }, parsed));
          break;
        }
      }
      continue;
    }
    const close = closingBracket(folded, i);
    if (close < 0) {
      depth++;
      continue; // an unclosed bracket: look for notes inside it instead
    }
    const inner = { start: i + 1, end: close };
    const parsed = parseLabelled(folded, inner, year) ?? parseFreeForm(folded, inner, year);
    if (parsed) {
      notes.push(note({ start: i, end: close + 1 }, parsed));
      i = close; // notes do not nest; other groups are searched inside
    } else depth++;
  }
  // A sentence of its own, no brackets, no labels: 由省财政厅牵头，省直各部门配合。
  for (const m of folded.matchAll(LEAD_SENTENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (notes.some((n) => n.offset - base.offset < end && start < n.offset - base.offset + n.raw.length)) continue;
    if (depthAt(folded, start) > 0) continue;
    const lead = { start: start + 1, end: start + 1 + m[1].length };
    const unitsAt = start + m[0].indexOf(m[2], lead.end - start);
    const units = { start: unitsAt, end: unitsAt + m[2].length };
    if (!isUnitName(folded, lead) || !isUnitName(folded, units)) continue;
    notes.push(
      note({ start, end }, { lead: unitSpans(folded, lead), units: unitSpans(folded, units), deadline: null }),
    );
  }
  return notes.sort((a, b) => a.offset - b.offset);
}

// 由（lead）牵头，（units）配合 / 负责落实 — the names must end like organs (checked with UNIT_NAME).
const LEAD_SENTENCE =
  /由([^，,。；;由]{2,60}?)牵头(?:负责)?[，,]\s*([^。；;，,]{2,80}?)(?:配合|负责落实|按职责分工负责|分别负责|共同推进|参与)(?=[。；;]|$)/g;
