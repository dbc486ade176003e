/**
 * Unit names in a responsibility note or a task table cell: where a list of units splits, and what a unit name ends
 * with (an organ, a body or a level of government).
 */
import { type Span, splitTopLevel } from './brackets.ts';

const UNIT_SEPARATORS = '、，,；;';
// 各市、县（市、区）人民政府 and 各市〔州〕、县〔市、区〕政府 are one unit: the governments of every city and county share
// the name after the last level.
const BARE_LEVEL = /^各?[省市县区州盟旗乡镇](?:[（(〔][^（(〔）)〕]*[）)〕])?$/;

/** The units listed in s[span]: split at top-level 、，；, never inside brackets, a bare level joined to what follows. */
export function unitSpans(s: string, span: Span): Span[] {
  const units: Span[] = [];
  let from: number | null = null;
  for (const piece of splitTopLevel(s, span, UNIT_SEPARATORS)) {
    if (BARE_LEVEL.test(s.slice(piece.start, piece.end))) {
      from ??= piece.start;
      continue;
    }
    units.push({ start: from ?? piece.start, end: piece.end });
    from = null;
  }
  if (from !== null) units.push({ start: from, end: span.end });
  return units;
}

/** The units listed in a cell or field. */
export function unitsOf(text: string): string[] {
  return unitSpans(text, { start: 0, end: text.length }).map(({ start, end }) => text.slice(start, end));
}

// What a unit name ends with: an organ, a body or a level of government (各乡（镇）, 县〔市、区〕政府).
const UNIT_NAME =
  /(?:政府|部门|单位|机关|机构|办公室|办公厅|委员会|管委会|小组|中心|街道|社区|企业|公司|集团|[厅局委办室院会所站队处科部署行馆司镇乡村])[）)〕\]】]?$/;

export const isUnitName = (s: string, { start, end }: Span): boolean => UNIT_NAME.test(s.slice(start, end).trimEnd());
