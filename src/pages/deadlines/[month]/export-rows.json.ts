/** One month's dated tasks as data, for the files of its filtered view (src/lib/unit-pages.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { deadlineExportRows, monthPaths } from '../../../lib/unit-pages.ts';

export const getStaticPaths = monthPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site, url }) => deadlineExportRows(site ?? url, params.month!);
