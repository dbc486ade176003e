/**
 * The plan of a sharded site build (scripts/build-site.ts): which notices each shard renders, which it must read to
 * render them, and the slugs that depend on the whole corpus. Made from one pass over the converter's notices.json
 * that keeps a few hundred bytes of each notice (its sketch), so it holds no corpus.
 *
 * Shards are runs of the notices in date order (newest first, as the catalog and the search index order them), of
 * equal counts: a shard's memory follows its notice count (Rolldown holds every MDX module it compiles), so equal
 * counts bound every shard alike, where a year (2025 has six times the notices of 2008) or a province (a national
 * corpus has few national and many county notices) would not; and notices near in date cite, forward and carry
 * on each other, so a shard reads fewer neighbours.
 */
import { seriesOf } from '../../src/align/relations.ts';
import { type CorpusSlugs, facetSlugsOf, unitReader, unitSlugsOf } from '../../src/lib/catalog.ts';
import { FACETS, type FacetKey, LIST_FACETS, noticeValues } from '../../src/lib/facets.ts';
import { compareNewestFirst } from '../../src/lib/format.ts';
import { push } from '../../src/lib/multimap.ts';
import { indexClauses } from '../../src/model/citation.ts';
import type { Notice } from '../../src/model/notice.ts';
import { relationsOf } from '../../src/model/relations.ts';
import type { NoticesShard, SiteShard } from '../../src/lib/site-shard.ts';

/** Of one notice, what the plan needs: its order, its links to other notices, its series, its slugs' names. */
export interface NoticeSketch {
  id: string;
  date: Pick<Notice, 'id' | 'signedDate' | 'publishedDate' | 'printedDate'>;
  /** Notices its references lead to, raw and as relations (the relation's target page). */
  targets: string[];
  /** Relations that hand a document down the line (转发, 贯彻): what its lineage follows upwards. */
  descends: string[];
  /** Documents printed in it with a page of their own, and the files it is printed in. */
  carries: string[];
  printedIn: string[];
  series: string | null;
  year: number | null;
  /** Names whose slugs are assigned over the whole corpus. */
  facetValues: Partial<Record<FacetKey, string[]>>;
  unitKeys: string[];
}

const PINYIN_FACETS = LIST_FACETS.filter((key) => FACETS[key].slug === 'pinyin');
const DESCENDS = new Set(['forwards', 'implements']);

export function sketchNotice(notice: Notice): NoticeSketch {
  const relations = relationsOf([notice]);
  const read = unitReader(notice);
  const unitKeys = new Set<string>();
  for (const { clause } of indexClauses(notice).values())
    for (const printed of [...(clause.duty?.lead ?? []), ...(clause.duty?.units ?? [])])
      for (const reading of read(printed)) unitKeys.add(reading.key);
  const { id, signedDate, publishedDate, printedDate } = notice;
  return {
    id,
    date: { id, signedDate, publishedDate, printedDate },
    targets: [
      ...new Set([
        ...notice.references.flatMap((r) => (r.target ? [r.target.notice] : [])),
        ...relations.map((r) => r.to.notice),
      ]),
    ].filter((target) => target !== id),
    descends: [...new Set(relations.filter((r) => DESCENDS.has(r.kind)).map((r) => r.to.notice))],
    carries: notice.carries.map((part) => part.notice),
    printedIn: [...(notice.foundIn ? [notice.foundIn.notice] : []), ...notice.alsoIn.map((t) => t.notice)],
    series: seriesOf(notice),
    year: notice.year,
    facetValues: Object.fromEntries(PINYIN_FACETS.map((key) => [key, noticeValues(key, notice)])),
    unitKeys: [...unitKeys],
  };
}

export interface SitePlan {
  notices: number;
  shards: SiteShard[];
}

/** Cuts the sketched corpus into `count` shards of notices and the corpus shard (see the top of this file). */
export function planShards(sketches: NoticeSketch[], count: number): SitePlan {
  if (!(count >= 1)) throw new Error(`shard count must be at least 1: ${count}`);
  const ordered = [...sketches].sort((a, b) => compareNewestFirst(a.date, b.date));
  const byId = new Map(ordered.map((s) => [s.id, s]));
  const citedBy = new Map<string, string[]>();
  const descendedBy = new Map<string, string[]>();
  const carriedBy = new Map<string, string[]>();
  const seriesMembers = new Map<string, NoticeSketch[]>();
  for (const sketch of ordered) {
    for (const target of sketch.targets) push(citedBy, target, sketch.id);
    for (const target of sketch.descends) push(descendedBy, target, sketch.id);
    for (const part of sketch.carries) push(carriedBy, part, sketch.id);
    if (sketch.series !== null) push(seriesMembers, sketch.series, sketch);
  }

  /** Every notice reachable from `from` over `next`, `from` included. */
  const closure = (from: Iterable<string>, next: (id: string) => string[]) => {
    const seen = new Set(from);
    const stack = [...seen];
    while (stack.length)
      for (const id of next(stack.pop()!))
        if (!seen.has(id) && byId.has(id)) {
          seen.add(id);
          stack.push(id);
        }
    return seen;
  };

  /**
   * What the pages of `own` read (src/components/notice/, src/align/): each notice, what it cites and what cites it,
   * what it carries and where it is printed (and what cites those), its lineage to the top and to the bottom, its
   * series in its own, the previous and the next year (year-over-year comparisons); and every file that prints a
   * document one of them cites (a citation of a forwarded document leads to its first copy).
   */
  const readBy = (own: string[]): string[] => {
    const read = new Set(own);
    const include = (ids: Iterable<string>) => {
      for (const id of ids) if (byId.has(id)) read.add(id);
    };
    for (const id of own) {
      const sketch = byId.get(id)!;
      include(sketch.targets);
      include(sketch.carries);
      include(sketch.printedIn);
      for (const document of [id, ...sketch.carries]) include(citedBy.get(document) ?? []);
      if (sketch.series !== null && sketch.year !== null) {
        const years = [...new Set(seriesMembers.get(sketch.series)!.map((s) => s.year!))].sort((a, b) => a - b);
        const at = years.indexOf(sketch.year);
        const near = new Set(years.slice(Math.max(0, at - 1), at + 2));
        include(
          seriesMembers
            .get(sketch.series)!
            .filter((s) => near.has(s.year!))
            .map((s) => s.id),
        );
      }
    }
    include(closure(own, (id) => byId.get(id)!.descends));
    include(closure(own, (id) => descendedBy.get(id) ?? []));
    for (const id of [...read])
      for (const target of [id, ...byId.get(id)!.targets]) include(carriedBy.get(target) ?? []);
    return ordered.filter((s) => read.has(s.id)).map((s) => s.id);
  };

  const slugs: CorpusSlugs = {
    facets: Object.fromEntries(
      PINYIN_FACETS.map((key) => [
        key,
        Object.fromEntries(facetSlugsOf(key, new Set(ordered.flatMap((s) => s.facetValues[key] ?? [])))),
      ]),
    ),
    units: Object.fromEntries(unitSlugsOf(new Set(ordered.flatMap((s) => s.unitKeys)))),
  };

  const size = Math.ceil(ordered.length / count);
  const shards: NoticesShard[] = Array.from({ length: count }, (_, k) => {
    const own = ordered.slice(k * size, (k + 1) * size).map((s) => s.id);
    return { role: 'notices', name: `notices-${k}`, own, read: readBy(own), slugs };
  });
  return { notices: ordered.length, shards: [{ role: 'corpus', name: 'corpus' }, ...shards] };
}
