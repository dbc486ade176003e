/**
 * What a text says about a notice's force:
 *   - a portal's 有效性/时效性 field as printed (有效, 现行有效, 已失效, 部分失效, 废止, 修改…) → a status;
 *   - 废止 statements around citations in a later notice: 《…》（…〔2018〕12号）同时废止, 原《…》不再执行,
 *     同时废止《…》和《…》, …〔2015〕3号文件自本通知印发之日起停止执行.
 * A statement must sit right against its citations (only 、/和/及, 原, 文件 and a 自…起 clause between), so that
 * 按照《…》要求及时废止过时文件 names no repealed document. Matching runs on the Simplified fold, which keeps offsets.
 */
import type { StatusValue } from '../../../src/model/status.ts';
import { toSimplified } from '../../../src/model/script.ts';

export interface PrintedStatus {
  value: StatusValue;
  partial: boolean;
}

/** Printed forms, whitespace and 已/被/现行 folded away first (已被废止 = 废止, 现行有效 = 有效). */
const PRINTED: Record<string, PrintedStatus> = {
  有效: { value: 'in-force', partial: false },
  继续有效: { value: 'in-force', partial: false },
  生效: { value: 'in-force', partial: false },
  失效: { value: 'expired', partial: false },
  过期: { value: 'expired', partial: false },
  废止: { value: 'repealed', partial: false },
  宣布废止: { value: 'repealed', partial: false },
  替代: { value: 'superseded', partial: false },
  取代: { value: 'superseded', partial: false },
  部分失效: { value: 'expired', partial: true },
  部分废止: { value: 'repealed', partial: true },
  // An amended notice stays in force as amended: its printed text no longer is, in part.
  修改: { value: 'in-force', partial: true },
  部分修改: { value: 'in-force', partial: true },
  修订: { value: 'in-force', partial: true },
};

/** A portal's printed 有效性 → a status; null when the words say nothing we can read (尚未生效, 详见原文…). */
export function printedStatus(printed: string): PrintedStatus | null {
  const folded = toSimplified(printed)
    .replace(/[\s:：「」“”"'【】[\]]/g, '')
    .replace(/^(?:现行|已经|已被|已|被)/, '');
  return PRINTED[folded] ?? null;
}

/** A span of the text: where a citation stands. */
export interface Span {
  start: number;
  end: number;
}

export interface RepealStatement {
  /** Indexes (into the spans given) of the citations the statement repeals. */
  citations: number[];
  /** The stating words as printed (同时废止, 不再执行, 停止执行…). */
  printed: string;
  value: Extract<StatusValue, 'repealed' | 'expired'>;
}

const VERB = '(?:废止|停止执行|不再执行|失效|作废)';
const ADVERB = '(?:同时|即行|即|予以|一并|相应|均|也)';
// After a run of citations: …同时废止, …自本通知印发之日起停止执行, …文件即行废止.
const AFTER = new RegExp(`^(?:等?文件)?[\\s，,]*${ADVERB}?(?:自[^。；，,]{0,30}?起)?[\\s，,]*${ADVERB}?${VERB}`);
// Before a run: 同时废止《…》, 现予废止：《…》.
const BEFORE = new RegExp(`${ADVERB}?${VERB}[:：]?\\s*$`);
// Between the citations of one run, and before its first: 、和及与, 原 (原《…》).
const BETWEEN = /^[\s、，,和及与以或原]*$/;
const LEAD = /原?\s*$/;

/**
 * The 废止 statements that name citations of `text` (spans in source order). A run is a list of citations with only
 * 、/和/及 between; the statement's words follow the run or come right before it.
 */
export function repealStatements(text: string, citations: Span[]): RepealStatement[] {
  const folded = toSimplified(text);
  const statements: RepealStatement[] = [];
  let run: number[] = [];
  const close = () => {
    if (!run.length) return;
    const first = citations[run[0]!]!;
    const last = citations[run.at(-1)!]!;
    const after = AFTER.exec(folded.slice(last.end));
    const before = after ? null : BEFORE.exec(folded.slice(0, first.start).replace(LEAD, ''));
    const match = after ?? before;
    if (match) {
      const words = new RegExp(`${ADVERB}?${VERB}`).exec(match[0])!;
      // A prefix stripped only at its end keeps its offsets.
      const at = (after ? last.end : match.index) + words.index;
      statements.push({
        citations: run,
        printed: text.slice(at, at + words[0].length),
        value: /失效|作废/.test(words[0]) ? 'expired' : 'repealed',
      });
    }
    run = [];
  };
  citations.forEach((span, i) => {
    const previous = run.length ? citations[run.at(-1)!]! : null;
    if (previous && !BETWEEN.test(folded.slice(previous.end, span.start))) close();
    run.push(i);
  });
  close();
  return statements;
}
