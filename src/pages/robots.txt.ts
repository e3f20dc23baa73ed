import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/with-base.ts';
import { FALLBACK_SITE_URL } from '../shared/site.ts';

/** Everything may be indexed; the sitemap is named with its absolute address. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap.xml', site ?? FALLBACK_SITE_URL)}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
