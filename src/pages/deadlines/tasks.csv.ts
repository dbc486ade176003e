/** Every dated task (the deadline view) as a spreadsheet. */
import type { APIRoute } from 'astro';
import { deadlinesExport } from '../../lib/unit-pages.ts';

export const GET: APIRoute = ({ site, url }) => deadlinesExport('csv', site ?? url);
