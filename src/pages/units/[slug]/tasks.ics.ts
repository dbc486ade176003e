/** A unit's tasks as a calendar of its dated ones (src/lib/task-export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Unit } from '../../../lib/catalog.ts';
import { unitExport, unitPaths } from '../../../lib/unit-pages.ts';

export const getStaticPaths = unitPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: Unit }> = ({ props, site, url }) => unitExport('ics', props.unit, site ?? url);
