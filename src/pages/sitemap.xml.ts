import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/with-base.ts';

/**
 * `/sitemap.xml`, where crawlers and people look first. @astrojs/sitemap
 * writes `sitemap-index.xml` and its part `sitemap-0.xml` (one part holds
 * up to 45,000 pages); this index names that same part.
 */
export const GET: APIRoute = ({ site }) => {
  if (site === undefined) throw new Error('astro.config.mjs must set `site` for the sitemap');
  const part = absoluteUrl('sitemap-0.xml', site);
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${part}</loc></sitemap></sitemapindex>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
