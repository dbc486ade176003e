/** One comparison as data, beside its page: /notices/<id>/compare/<other>.json (src/align/export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Comparison } from '../../../../align/compare.ts';
import { comparisonRecord } from '../../../../align/export.ts';
import { comparisonPaths } from '../../../../lib/corpus.ts';
import { urls } from '../../../../lib/urls.ts';

export const getStaticPaths = comparisonPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ comparison: Comparison }> = ({ props }) =>
  new Response(JSON.stringify(comparisonRecord(props.comparison, urls.notice)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
