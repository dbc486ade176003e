/** The service worker, written in TypeScript (src/offline/service-worker.ts) and served as plain JS at <base>sw.js. */
import { stripTypeScriptTypes } from 'node:module';
import type { APIRoute } from 'astro';
import source from '../offline/service-worker.ts?raw';

export const GET: APIRoute = () =>
  new Response(stripTypeScriptTypes(source), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
