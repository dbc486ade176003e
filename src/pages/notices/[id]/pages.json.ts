/**
 * Where the clauses of a long notice are shown (src/model/notice-pages.ts): eId → page, for the clauses past the first
 * page. A link to /notices/<id>/#<eId> whose clause is on another page is taken there by src/scripts/notice-pages.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, selection } from '../../../lib/corpus.ts';
import { flattenClauses, type Notice } from '../../../model/notice.ts';
import { noticePages } from '../../../model/notice-pages.ts';
import { urls } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const { notices } = await getCatalog();
  return notices
    .filter((notice) => selection.renders(notice.id) && noticePages(notice).count > 1)
    .map((notice) => ({ params: { id: notice.id }, props: { notice } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ notice: Notice }> = ({ props: { notice } }) => {
  const pages = noticePages(notice);
  const eIds = notice.components.flatMap((c) => [c.eId, ...flattenClauses(c.clauses).map((clause) => clause.eId)]);
  const later = Object.fromEntries(eIds.map((eId) => [eId, pages.of(eId)]).filter(([, page]) => page !== 1));
  const pageUrls = Array.from({ length: pages.count }, (_, i) => urls.notice(notice.id, undefined, i + 1));
  return new Response(JSON.stringify({ urls: pageUrls, pages: later }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
