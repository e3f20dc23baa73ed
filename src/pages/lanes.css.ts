import type { APIRoute } from 'astro';
import { LANES } from '../lib/lanes.ts';
import { lanesCss } from '../lib/lanes-css.ts';

/** The lane colours of content/lanes.json, as a stylesheet every page links. */
export const GET: APIRoute = () =>
  new Response(lanesCss(LANES), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
