/** schema.org Legislation metadata for a notice page, serialised safely for a <script type="application/ld+json">. */
import type { Notice } from '../model/notice.ts';

/** The pages a notice rests on (it implements or forwards them) and the pages it only cites, as absolute URLs. */
export interface JsonLdLinks {
  isBasedOn: string[];
  citation: string[];
}

export function legislationJsonLd(notice: Notice, url?: string, links?: JsonLdLinks): string {
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
  };
  // Notice text must not be able to close the script element or open a comment inside it.
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
