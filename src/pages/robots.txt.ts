import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/with-base.ts';

/** Everything may be indexed; the sitemap is named with its absolute address. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap.xml', site ?? 'https://huawei-5g-timeline.example')}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
