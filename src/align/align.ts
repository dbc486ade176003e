/**
 * Clause alignment of two documents: which clause of the local (or later) document takes up which clause of the
 * higher (or earlier) one. Chinese has no spaces and word segmenters split 政务公开 differently from clause to clause,
 * so the measure is character bigrams weighted by how rare they are in the two documents (TF-IDF cosine: 政务公开
 * appears everywhere and counts for little, 权责清单 for much), plus the overlap of quoted terms and cited titles, with
 * the clauses' relative position as a prior. Parameters were tuned on the hand-written gold set
 * (tests/alignment/fixtures, `npm run align-quality`).
 */
import type { BigramCounts } from './bigrams.ts';
import type { AlignableClause, AlignableDocument } from './documents.ts';

export interface AlignmentParameters {
  /** Share of the headings' similarity when both clauses have a heading (the rest is their whole wording). */
  headingWeight: number;
  /** Weight of the share of quoted terms and cited titles the two clauses have in common. */
  keyPhraseWeight: number;
  /** Weight of the position prior: a score is multiplied by 1 − w + w × (1 − the distance of relative positions). */
  orderWeight: number;
  /** Scores below this make no pair. */
  threshold: number;
  /** A local clause also maps to further higher clauses that score at least this share of its best one. */
  alsoRatio: number;
}

/** The best of `npm run align-quality -- --tune` (headings weigh nothing beyond the wording they are part of). */
export const DEFAULT_PARAMETERS: AlignmentParameters = {
  headingWeight: 0,
  keyPhraseWeight: 0.2,
  orderWeight: 0.3,
  threshold: 0.1,
  alsoRatio: 0.7,
};

export interface ClauseLink {
  local: string;
  higher: string;
  /** 0–1: how alike the two clauses are, position prior included. */
  score: number;
}

export interface Alignment {
  /** In local document order, best first for each local clause. */
  links: ClauseLink[];
  /** Local clauses with no counterpart above (local additions). */
  localAdditions: string[];
  /** Higher clauses no local clause takes up, nor any clause below them. */
  notTakenUp: string[];
}

/** A sparse vector over bigram ids, ids ascending: cosine is a merge, not a hash lookup per term (the hot loop). */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

// Document frequencies by bigram id, reused by every pair (and zeroed after it) rather than a Map per pair.
let documentFrequency = new Int32Array(1 << 16);

/** Sublinear TF × IDF, normalised to length 1. */
function vectorise({ ids, counts }: BigramCounts, clauseCount: number): Vector {
  const weights = new Float64Array(ids.length);
  let norm = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = (1 + Math.log(counts[i]!)) * Math.log(1 + clauseCount / documentFrequency[ids[i]!]!);
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  return { ids, weights };
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  return a.filter((p) => set.has(p)).length / Math.min(a.length, b.length);
}

interface Profiled {
  clause: AlignableClause;
  whole: Vector;
  heading: Vector;
  /** Relative position in its document, 0–1. */
  position: number;
}

/** Every clause of both documents counts as one document for IDF: what all clauses share weighs nothing. */
function profile(local: AlignableDocument, higher: AlignableDocument): [Profiled[], Profiled[]] {
  const all = [...local.clauses, ...higher.clauses];
  const maxId = Math.max(0, ...all.map((c) => c.bigrams.ids.at(-1) ?? 0));
  if (documentFrequency.length <= maxId) documentFrequency = new Int32Array((maxId + 1) * 2);
  // A heading is part of its clause's comparable text, so the clause's bigrams cover the heading's.
  for (const { bigrams } of all) for (const id of bigrams.ids) documentFrequency[id]!++;
  const of = (doc: AlignableDocument) =>
    doc.clauses.map((clause, i) => ({
      clause,
      whole: vectorise(clause.bigrams, all.length),
      heading: vectorise(clause.headingBigrams, all.length),
      position: doc.clauses.length > 1 ? i / (doc.clauses.length - 1) : 0,
    }));
  const profiled: [Profiled[], Profiled[]] = [of(local), of(higher)];
  for (const { bigrams } of all) for (const id of bigrams.ids) documentFrequency[id] = 0;
  return profiled;
}

/** How alike two clauses' wording is, before the position prior. */
function similarity(a: Profiled, b: Profiled, p: AlignmentParameters): number {
  const whole = cosine(a.whole, b.whole);
  const headings = p.headingWeight > 0 && a.heading.ids.length > 0 && b.heading.ids.length > 0;
  const text = headings ? (1 - p.headingWeight) * whole + p.headingWeight * cosine(a.heading, b.heading) : whole;
  return Math.min(1, text + p.keyPhraseWeight * overlap(a.clause.keyPhrases, b.clause.keyPhrases));
}

const withPrior = (score: number, a: Profiled, b: Profiled, p: AlignmentParameters) =>
  score * (1 - p.orderWeight + p.orderWeight * (1 - Math.abs(a.position - b.position)));

/** The best candidates above the threshold: the best one, and those close enough to it (one-to-many). */
function pick(scored: { higher: string; score: number }[], p: AlignmentParameters) {
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score >= p.threshold && s.score >= p.alsoRatio * best)
    .sort((a, b) => b.score - a.score);
}

/**
 * Aligns the local document's clauses with the higher document's. A clause with wording of its own is compared
 * with the higher clauses that have wording; a heading-only section (一、… whose items say everything) with the
 * higher sections, by its heading and by where its own items' counterparts sit.
 */
export function alignDocuments(
  local: AlignableDocument,
  higher: AlignableDocument,
  p: AlignmentParameters = DEFAULT_PARAMETERS,
): Alignment {
  const [locals, highers] = profile(local, higher);
  const higherParent = new Map(higher.clauses.map((c) => [c.eId, c.parent]));
  const localParent = new Map(local.clauses.map((c) => [c.eId, c.parent]));
  const hasChildren = new Set(higher.clauses.map((c) => c.parent).filter((e) => e !== null));
  const linksOf = new Map<string, ClauseLink[]>();

  const worded = highers.filter((h) => h.clause.hasText);
  for (const l of locals.filter((x) => x.clause.hasText)) {
    const scored = worded.map((h) => ({ higher: h.clause.eId, score: withPrior(similarity(l, h, p), l, h, p) }));
    linksOf.set(
      l.clause.eId,
      pick(scored, p).map((s) => ({ local: l.clause.eId, ...s })),
    );
  }

  // Heading-only clauses after the others: their items' links vote for the higher section that holds them.
  const descendantLinks = (eId: string) =>
    [...linksOf].filter(([e]) => e !== eId && isWithin(e, eId, localParent)).flatMap(([, links]) => links);
  for (const l of locals.filter((x) => !x.clause.hasText)) {
    const votes = descendantLinks(l.clause.eId);
    const scored = highers
      .filter((h) => !h.clause.hasText || hasChildren.has(h.clause.eId))
      .map((h) => {
        const heading = cosine(l.heading, h.heading);
        const share = votes.length
          ? votes.filter((v) => isWithin(v.higher, h.clause.eId, higherParent)).length / votes.length
          : 0;
        return { higher: h.clause.eId, score: withPrior(votes.length ? (heading + share) / 2 : heading, l, h, p) };
      });
    linksOf.set(
      l.clause.eId,
      pick(scored, p).map((s) => ({ local: l.clause.eId, ...s })),
    );
  }

  const links = local.clauses.flatMap((c) => linksOf.get(c.eId) ?? []);
  const taken = new Set(links.map((k) => k.higher));
  return {
    links,
    localAdditions: local.clauses.filter((c) => !linksOf.get(c.eId)?.length).map((c) => c.eId),
    notTakenUp: higher.clauses
      .filter((c) => ![...taken].some((t) => isWithin(t, c.eId, higherParent)))
      .map((c) => c.eId),
  };
}

/** True when the clause is the ancestor or lies below it. */
function isWithin(eId: string, ancestor: string, parentOf: Map<string, string | null>): boolean {
  for (let at: string | null | undefined = eId; at; at = parentOf.get(at)) if (at === ancestor) return true;
  return false;
}
