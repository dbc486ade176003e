/** schema.org Legislation metadata for a notice page, serialised safely for a <script type="application/ld+json">. */
import { ownComponents } from '../model/documents.ts';
import type { Clause, Notice, Status } from '../model/notice.ts';
import { noticePages } from '../model/notice-pages.ts';

/** schema.org LegalForceStatus of a status; none for 未知 (the property is left out rather than guessed). */
function legalForce({ value, partial }: Status): string | undefined {
  if (value === 'unknown') return undefined;
  if (partial) return 'https://schema.org/PartiallyInForce';
  return value === 'in-force' ? 'https://schema.org/InForce' : 'https://schema.org/NotInForce';
}

/**
 * The clauses as Legislation parts: the two outer levels of numbered clauses (一、 and its （一）), at most MAX_PARTS,
 * the outer level first. The block sits in the head of the page, and a notice may run to thousands of clauses: past
 * the outline the page itself is the index, and a head of hundreds of kilobytes would delay every reader.
 */
export const MAX_PARTS = 100;

const isNumbered = (clause: Clause) => clause.form !== null;

function parts(notice: Notice, url: string | undefined): object[] {
  // A long notice shows later clauses on its later pages (…/p/2/), relative to the notice's own URL.
  const pages = noticePages(notice);
  const at = (eId: string) => (pages.of(eId) > 1 ? `p/${pages.of(eId)}/#${eId}` : `#${eId}`);
  const part = (clause: Clause, children: object[]) => ({
    '@type': 'Legislation',
    name: `${clause.number ?? ''}${clause.heading ?? ''}`.trim() || clause.text.slice(0, 40),
    ...(url && { url: `${url}${at(clause.eId)}` }),
    ...(children.length && { hasPart: children }),
  });
  const outer = ownComponents(notice)
    .flatMap((c) => c.clauses)
    .filter(isNumbered)
    .slice(0, MAX_PARTS);
  let budget = MAX_PARTS - outer.length;
  return outer.map((clause) => {
    const inner = clause.children.filter(isNumbered).slice(0, budget);
    budget -= inner.length;
    return part(
      clause,
      inner.map((c) => part(c, [])),
    );
  });
}

/** The pages a notice rests on (it implements or forwards them) and the pages it only cites, as absolute URLs. */
export interface JsonLdLinks {
  isBasedOn: string[];
  citation: string[];
}

export function legislationJsonLd(notice: Notice, url?: string, links?: JsonLdLinks): string {
  const force = legalForce(notice.status);
  const hasPart = parts(notice, url);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: notice.title,
    inLanguage: notice.lang,
    ...(url && { url }),
    ...(notice.documentNumber && { legislationIdentifier: notice.documentNumber }),
    ...(notice.signedDate && { legislationDate: notice.signedDate }),
    ...(notice.publishedDate && { datePublished: notice.publishedDate }),
    ...(notice.genre && { legislationType: notice.genre }),
    ...(notice.issuer && { legislationPassedBy: { '@type': 'GovernmentOrganization', name: notice.issuer } }),
    ...(notice.region && {
      legislationJurisdiction: {
        '@type': 'AdministrativeArea',
        name: notice.region.name,
        identifier: notice.region.code,
      },
    }),
    ...(links?.isBasedOn.length && { isBasedOn: links.isBasedOn, legislationApplies: links.isBasedOn }),
    ...(links?.citation.length && { citation: links.citation }),
    ...(force && { legislationLegalForce: force }),
    ...(hasPart.length && { hasPart }),
  };
  // Notice text must not be able to close the script element or open a comment inside it.
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
