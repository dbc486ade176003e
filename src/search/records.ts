/**
 * What the search index holds, derived from the data model (not from HTML): one record per clause and one per
 * component head (title, 发文字号, 主送, 署名, 日期, 附注… — every part but scrape noise). A record's `text` is the
 * original text the result shows and marks; the index sees only its readings (src/search/fold.ts, ngram.ts).
 * scripts/index-search.ts writes these records, scripts/search-quality.ts computes its ground truth from them.
 */
import { documentLabel, indexClauses } from '../model/citation.ts';
import { noticeDate } from '../lib/format.ts';
import { unwrapForDisplay } from '../model/text.ts';
import { noticePagePath, noticePages } from '../model/notice-pages.ts';
import type { Clause, Component, Notice } from '../model/notice.ts';
import { ownComponents } from '../model/documents.ts';
import { FACET_KEYS, type FacetKey, valuesOf } from '../lib/facets.ts';
import { readings, variantsFor } from './fold.ts';

/** The search filters are the facets (src/lib/facets.ts), in the same order. */
export type FilterName = FacetKey;

/** Shown with each result; every value is a string because Pagefind meta values are. */
export interface RecordMeta {
  /** Clause: its heading (or nothing for an unnumbered paragraph); component head: its title unless `cite` is it. */
  title: string;
  /** Clause citation such as 国办发〔2020〕17号 二（三）; component head: the document label. */
  cite: string;
  /** The notice's title, 发文字号 and date (YYYY-MM-DD), when it has them. */
  notice: string;
  docno?: string;
  date?: string;
  /** The notice's language when it is not the site's zh-CN, so a Traditional excerpt gets Traditional glyphs. */
  lang?: string;
  /** The original text, for the excerpt (stored in the index by src/search/original.ts). */
  text: string;
}

export interface SearchRecord {
  noticeId: string;
  /** The clause's or component's eId: the anchor the result links to. */
  eId: string;
  /**
   * Site-relative, without the base path: /notices/<id>/#<eId> (/notices/<id>/p/2/#<eId> on a later page of a long
   * notice). The client's Pagefind `baseUrl` adds the base.
   */
  url: string;
  /** What the index holds of `meta.text`: its fold, read Taiwan-style too when the notice is zh-TW (fold.ts). */
  readings: string[];
  meta: RecordMeta;
  filters: Partial<Record<FilterName, string[]>>;
}

/** The clause as printed: number, heading, body (responsibility notes included). */
export function clauseText(clause: Clause): string {
  return unwrapForDisplay([clause.number, clause.heading, clause.text].filter((s) => s).join('')); // as the page shows it
}

/** A component's head and foot lines (not scrape noise), one per line. */
export function componentHeadText(component: Component): string {
  return [...component.front, ...component.back]
    .filter((part) => part.role !== 'noise')
    .map((part) => part.text.trim())
    .filter((text) => text.length > 0)
    .join('\n');
}

/**
 * At most this many records per notice. Pagefind writes a fragment file per record: a text dump of 100,000 lines would
 * write 100,000 files. Past the cap, runs of unnumbered paragraphs share a record (all their text, the first one's
 * anchor); numbered clauses keep their own unless that is still too many (100,000 numbered lines), when runs of any
 * clauses share. Component heads always keep theirs.
 */
export const MAX_RECORDS_PER_NOTICE = 2_000;

/** What a record is made of, before its text is read: cheap, so the index build can count records first. */
interface Draft {
  component: Component;
  clause: Clause | null;
  eId: string;
  meta: Pick<RecordMeta, 'title' | 'cite' | 'text'>;
}

/** Joins runs of consecutive drafts that `mergeable` allows, within one component, until `drafts` fits in `cap`. */
function joinRuns(drafts: Draft[], cap: number, mergeable: (draft: Draft) => boolean): Draft[][] {
  const count = drafts.filter(mergeable).length;
  const room = cap - (drafts.length - count);
  const size = drafts.length <= cap ? 1 : Math.ceil(count / Math.max(1, room));
  const groups: Draft[][] = [];
  for (const draft of drafts) {
    const last = groups.at(-1);
    const joins =
      size > 1 &&
      mergeable(draft) &&
      last !== undefined &&
      last.length < size &&
      mergeable(last[0]!) &&
      last[0]!.component === draft.component;
    if (joins) last.push(draft);
    else groups.push([draft]);
  }
  return groups;
}

/** Groups of drafts, one record each: paragraphs joined first, any clauses if that is not enough. */
export function mergeParagraphs(drafts: Draft[], cap: number): Draft[][] {
  const paragraphs = joinRuns(drafts, cap, (d) => d.clause !== null && d.clause.form === null);
  return paragraphs.length <= cap ? paragraphs : joinRuns(drafts, cap, (d) => d.clause !== null);
}

function recordSources(notice: Notice): Draft[] {
  const clauses = [...indexClauses(notice).values()];
  const sources: Draft[] = [];
  // A forwarded document with a page of its own is found there, once, with its own facets.
  for (const component of ownComponents(notice)) {
    const head = componentHeadText(component);
    if (head) {
      const cite = documentLabel(notice, component);
      const title = component.title ?? notice.title;
      // A document without a 发文字号 is cited by its 《title》: no need to show the title twice.
      const meta = { title: cite === `《${title}》` ? '' : title, cite, text: head };
      sources.push({ component, eId: component.eId, meta, clause: null });
    }
    for (const { clause, citation } of clauses.filter((info) => info.component === component)) {
      const text = clauseText(clause);
      if (text)
        sources.push({
          component,
          eId: clause.eId,
          meta: { title: clause.heading ?? '', cite: citation, text },
          clause,
        });
    }
  }
  return sources;
}

/** The notice's records as groups of drafts: one record per group, at most MAX_RECORDS_PER_NOTICE. */
const recordGroups = (notice: Notice) => mergeParagraphs(recordSources(notice), MAX_RECORDS_PER_NOTICE);

/** How many records searchRecords gives for the notice. */
export const recordCount = (notice: Notice) => recordGroups(notice).length;

export function searchRecords(notice: Notice): SearchRecord[] {
  const date = noticeDate(notice) ?? undefined;
  return recordGroups(notice).map((group) => {
    const [{ component, eId, meta }] = group as [Draft, ...Draft[]];
    const text = group.map((draft) => draft.meta.text).join('\n');
    const filters: SearchRecord['filters'] = {};
    for (const key of FACET_KEYS) {
      const values = [...new Set(group.flatMap(({ clause }) => valuesOf(key, { notice, component, clause })))];
      if (values.length) filters[key] = values;
    }
    return {
      noticeId: notice.id,
      eId,
      url: `${noticePagePath(notice.id, noticePages(notice).of(eId))}#${eId}`,
      readings: readings(text, variantsFor(notice.lang)),
      meta: {
        ...meta,
        text,
        notice: notice.title,
        ...(notice.documentNumber ? { docno: notice.documentNumber } : {}),
        ...(date ? { date } : {}),
        ...(notice.lang !== 'zh-CN' ? { lang: notice.lang } : {}),
      },
      filters,
    };
  });
}
