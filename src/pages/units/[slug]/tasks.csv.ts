/** A unit's tasks as a spreadsheet (src/lib/task-export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Unit } from '../../../lib/catalog.ts';
import { unitExport, unitPaths } from '../../../lib/unit-pages.ts';

export const getStaticPaths = unitPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: Unit }> = ({ props, site, url }) => unitExport('csv', props.unit, site ?? url);
