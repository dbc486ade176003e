/**
 * What the browse pages, the unit pages and citation links need of a notice, kept for every notice of the corpus
 * through the build; the notice's own page reads the whole notice (src/lib/corpus.ts), one page at a time. A few
 * KB a notice instead of the whole model, so ten thousand notices fit in one build.
 */
import { z } from 'astro/zod';
import { indexClauses } from '../model/citation.ts';
import { Component, Notice, Reference, Responsibility } from '../model/notice.ts';
import { truncate } from './format.ts';

/** Characters of a clause's heading (or text) shown beside a task in a unit's list. */
export const TASK_PREVIEW_LENGTH = 60;

/** A clause with a duty: what a unit's task list shows of it. */
export const TaskClause = z.object({
  eId: z.string(),
  citation: z.string(),
  preview: z.string(),
  /** Offset of the clause in the source, which orders tasks of one notice. */
  offset: z.number().int(),
  responsibility: Responsibility,
});

export const NoticeSummary = Notice.pick({
  id: true,
  title: true,
  documentNumber: true,
  issuer: true,
  signedDate: true,
  publishedDate: true,
  printedDate: true,
  lang: true,
  region: true,
  level: true,
  genre: true,
  year: true,
}).extend({
  /** Component heads: their facet values and what a citation of them resolves to. */
  components: z.array(
    Component.pick({ eId: true, kind: true, title: true, documentNumber: true, issuer: true, genre: true }),
  ),
  /** Whom it cites, for the backlinks of the notices cited. */
  references: z.array(Reference.pick({ documentNumber: true, title: true })),
  numberedClauses: z.number().int(),
  tasks: z.array(TaskClause),
});

export type TaskClause = z.infer<typeof TaskClause>;
export type NoticeSummary = z.infer<typeof NoticeSummary>;

export function summarize(notice: Notice): NoticeSummary {
  const clauses = [...indexClauses(notice).values()];
  return {
    id: notice.id,
    title: notice.title,
    documentNumber: notice.documentNumber,
    issuer: notice.issuer,
    signedDate: notice.signedDate,
    publishedDate: notice.publishedDate,
    printedDate: notice.printedDate,
    lang: notice.lang,
    region: notice.region,
    level: notice.level,
    genre: notice.genre,
    year: notice.year,
    components: notice.components.map(({ eId, kind, title, documentNumber, issuer, genre }) => ({
      eId,
      kind,
      title,
      documentNumber,
      issuer,
      genre,
    })),
    references: notice.references.map(({ documentNumber, title }) => ({ documentNumber, title })),
    numberedClauses: clauses.filter((info) => info.clause.number !== null).length,
    tasks: clauses.flatMap(({ clause, citation }) =>
      clause.duty
        ? [
            {
              eId: clause.eId,
              citation,
              preview: truncate(clause.heading ?? clause.text, TASK_PREVIEW_LENGTH),
              offset: clause.offset,
              responsibility: clause.duty,
            },
          ]
        : [],
    ),
  };
}
