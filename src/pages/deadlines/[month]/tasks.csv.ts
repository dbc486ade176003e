/** One month's dated tasks as a spreadsheet. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { deadlinesExport, monthPaths } from '../../../lib/unit-pages.ts';

export const getStaticPaths = monthPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site, url }) => deadlinesExport('csv', site ?? url, params.month!);
