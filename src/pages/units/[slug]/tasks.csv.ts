/** A unit's tasks as a spreadsheet (src/lib/task-export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { unitExport, unitPaths } from '../../../lib/unit-pages.ts';

export const getStaticPaths = unitPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site, url }) => unitExport('csv', params.slug!, site ?? url);
