/** Every dated task (the deadline view) as a calendar. */
import type { APIRoute } from 'astro';
import { deadlinesExport } from '../../lib/unit-pages.ts';

export const GET: APIRoute = ({ site, url }) => deadlinesExport('ics', site ?? url);
