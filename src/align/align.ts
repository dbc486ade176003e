/**
 * Clause alignment of two documents: which clause of the local (or later) document takes up which clause of the
 * higher (or earlier) one. Chinese has no spaces and word segmenters split 政务公开 differently from clause to clause,
 * so the measure is character bigrams weighted by how rare they are in the two documents (TF-IDF cosine: 政务公开
 * appears everywhere and counts for little, 权责清单 for much), plus the overlap of quoted terms and cited titles, with
 * the clauses' relative position as a prior. Parameters were tuned on the hand-written gold set
 * (tests/alignment/fixtures, `npm run align-quality`).
 */
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

type Vector = Map<string, number>;

function bigrams(text: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) grams.push(text.slice(i, i + 2));
  return grams;
}

/** Sublinear TF × IDF, normalised to length 1. */
function vectorise(grams: string[], idf: Map<string, number>): Vector {
  const tf = new Map<string, number>();
  for (const g of grams) tf.set(g, (tf.get(g) ?? 0) + 1);
  const vector: Vector = new Map();
  let norm = 0;
  for (const [g, n] of tf) {
    const w = (1 + Math.log(n)) * (idf.get(g) ?? 0);
    vector.set(g, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [g, w] of vector) vector.set(g, w / norm);
  return vector;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) dot += w * (large.get(g) ?? 0);
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
  const df = new Map<string, number>();
  for (const clause of all)
    for (const g of new Set([...bigrams(clause.comparable), ...bigrams(clause.comparableHeading)]))
      df.set(g, (df.get(g) ?? 0) + 1);
  const idf = new Map([...df].map(([g, n]) => [g, Math.log(1 + all.length / n)]));
  const of = (doc: AlignableDocument) =>
    doc.clauses.map((clause, i) => ({
      clause,
      whole: vectorise(bigrams(clause.comparable), idf),
      heading: vectorise(bigrams(clause.comparableHeading), idf),
      position: doc.clauses.length > 1 ? i / (doc.clauses.length - 1) : 0,
    }));
  return [of(local), of(higher)];
}

/** How alike two clauses' wording is, before the position prior. */
function similarity(a: Profiled, b: Profiled, p: AlignmentParameters): number {
  const whole = cosine(a.whole, b.whole);
  const headings = a.heading.size > 0 && b.heading.size > 0;
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
