/**
 * The corpus validity step, after the link step: each notice's status from what the library says, with where it
 * comes from. In order, the first that speaks wins:
 *   1. the portal's 有效性 field (set by the converter: scripts/pipeline/stages/04-metadata/metadata.ts) — the
 *      issuer's own page says so;
 *   2. a 废止 statement in another notice of the library (《…》同时废止, 原《…》不再执行: recognise/validity.ts) about a
 *      citation the link step resolved — only of a notice signed before the stating one (date gating), the earliest
 *      statement first;
 *   3. inferred, and marked so: a 工作要点 is superseded by the next year's 工作要点 of the same issuer.
 * Otherwise the status stays 未知. Linear in the corpus: one pass over the citations, one grouping by issuer.
 */
import { documentGroup, isCarried } from '../../src/model/documents.ts';
import { issuerKey, titleCoreKey } from '../../src/model/keys.ts';
import {
  type Clause,
  type Component,
  flattenClauses,
  type Notice,
  type Reference,
  type ReferenceTarget,
  type Status,
} from '../../src/model/notice.ts';
import { STATUS_SOURCES, STATUSES } from '../../src/model/status.ts';
import { genreOf } from '../pipeline/recognise/genres.ts';
import { repealStatements } from '../pipeline/recognise/validity.ts';

/** A citation's target as the page of the document it names: a copy inside a file leads to its own page, if any. */
function documentPage(target: ReferenceTarget, byId: Map<string, Notice>): string | null {
  const group = target.eId === null ? '' : documentGroup(target.eId);
  if (group === '') return target.notice;
  return byId.get(target.notice)?.carries.find((part) => documentGroup(part.eId) === group)?.notice ?? null;
}

/** eId → the clause and the component it is in (without the citation strings of src/model/citation.ts: not needed). */
function clausesById(notice: Notice): Map<string, { clause: Clause; component: Component }> {
  return new Map(
    notice.components.flatMap((component) =>
      flattenClauses(component.clauses).map((clause) => [clause.eId, { clause, component }] as const),
    ),
  );
}

interface Statement {
  status: Status;
  /** When the stating document was signed. */
  date: string;
}

/** Every notice a 废止 statement of `stating` names, with the status it gets. */
function statementsOf(stating: Notice, byId: Map<string, Notice>): [string, Statement][] {
  const found: [string, Statement][] = [];
  const cited = Map.groupBy(
    stating.references.filter((r) => r.in !== null && r.target !== null && r.kind !== 'clause'),
    (r) => r.in!,
  );
  if (!cited.size) return found;
  const clauses = clausesById(stating);
  for (const [eId, references] of cited) {
    const info = clauses.get(eId);
    // A forwarded document with a page of its own states it there.
    if (!info || isCarried(stating, info.component.eId)) continue;
    const date = info.component.signedDate ?? stating.signedDate;
    if (!date) continue; // undated: nothing can be said to come after it
    const { clause } = info;
    for (const [text, offset] of [
      [clause.heading, clause.headingOffset],
      [clause.text, clause.textOffset],
    ] as const) {
      if (text === null || offset === null) continue;
      const inText = references.filter((r) => r.offset >= offset && r.offset + r.raw.length <= offset + text.length);
      const spans = inText.map((r) => ({ start: r.offset - offset, end: r.offset - offset + r.raw.length }));
      for (const statement of repealStatements(text, spans)) {
        for (const reference of statement.citations.map((i) => inText[i]!)) {
          const page = documentPage(reference.target!, byId);
          const signed = page === null ? null : byId.get(page)?.signedDate;
          // Date gating: a statement only speaks of a notice signed before it.
          if (page === null || page === stating.id || !signed || signed >= date) continue;
          found.push([
            page,
            {
              date,
              status: {
                value: statement.value,
                partial: partOnly(reference),
                source: 'statement',
                printed: statement.printed,
                by: { notice: stating.id, eId },
              },
            },
          ]);
        }
      }
    }
  }
  return found;
}

/** 《…》第三部分同时废止: only that part goes. */
const partOnly = (reference: Reference) => reference.clause !== null;

/** A 工作要点 (also when issued by a 印发 letter), not a notice that forwards one. */
const isWorkPlan = (notice: Notice) => genreOf(titleCoreKey(notice.title)) === '要点';

/** For each 工作要点 with a later one of the same issuer: the next year's (the earliest signed, if several). */
function supersededPlans(notices: Notice[]): Map<string, Notice> {
  const superseding = new Map<string, Notice>();
  const plans = notices.filter((n) => n.issuer !== null && n.year !== null && isWorkPlan(n));
  for (const list of Map.groupBy(plans, (n) => issuerKey(n.issuer!)).values()) {
    const byYear = list.toSorted((a, b) => a.year! - b.year! || (a.signedDate ?? '').localeCompare(b.signedDate ?? ''));
    for (const plan of byYear) {
      const next = byYear.find((later) => later.year! > plan.year!);
      if (next) superseding.set(plan.id, next);
    }
  }
  return superseding;
}

/** The notices with their `status` set from the library (see the order above). */
export function assessValidity(notices: Notice[]): Notice[] {
  const byId = new Map(notices.map((n) => [n.id, n]));
  const stated = new Map<string, Statement>();
  for (const stating of notices)
    for (const [page, statement] of statementsOf(stating, byId)) {
      const known = stated.get(page);
      if (!known || statement.date < known.date) stated.set(page, statement);
    }
  const superseding = supersededPlans(notices);
  return notices.map((notice) => {
    if (notice.status.source === 'portal') return notice;
    const statement = stated.get(notice.id);
    if (statement) return { ...notice, status: statement.status };
    const next = superseding.get(notice.id);
    if (!next) return notice;
    const status: Status = {
      value: 'superseded',
      partial: false,
      source: 'inferred',
      printed: null,
      by: { notice: next.id, eId: null },
    };
    return { ...notice, status };
  });
}

/** How many notices have each status, by where it comes from ('none': nothing says). */
export function validitySummary(
  notices: Notice[],
): Record<(typeof STATUSES)[number], Record<(typeof STATUS_SOURCES)[number] | 'none', number>> {
  const summary = Object.fromEntries(
    STATUSES.map((value) => [value, { portal: 0, statement: 0, inferred: 0, none: 0 }]),
  ) as ReturnType<typeof validitySummary>;
  for (const { status } of notices) summary[status.value][status.source ?? 'none']++;
  return summary;
}
