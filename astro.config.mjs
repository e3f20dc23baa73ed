// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { FALLBACK_SITE_URL } from './src/shared/site.ts';
import { sanitizeMarkdown } from './src/markdown/sanitize.ts';

// The same build must work at / and under a sub-path: every link goes through
// src/lib/with-base.ts, which reads this base.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? FALLBACK_SITE_URL;

// Old ids only redirect (noindex); the sitemap lists the real pages. The list
// is the one normalize wrote for the alias pages themselves.
/** @type {{ id: string }[]} */
const aliases = JSON.parse(
  readFileSync(new URL('./content/aliases.json', import.meta.url), 'utf8'),
);
const aliasPaths = new Set(aliases.map((alias) => `/events/${alias.id}/`));
const basePath = base.endsWith('/') ? base : `${base}/`;
/** A page's path inside the site, without the base: `/events/<id>/`. */
const sitePath = (/** @type {string} */ page) => {
  const { pathname } = new URL(page);
  return pathname.startsWith(basePath) ? `/${pathname.slice(basePath.length)}` : pathname;
};

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The site runs under a strict Content-Security-Policy (public/_headers):
    // no inline <style>, every stylesheet a file…
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // …and no inline <script> or data: asset either: Astro inlines a
      // processed <script> (and Vite an asset) smaller than this limit.
      assetsInlineLimit: 0,
    },
  },
  integrations: [
    sitemap({
      // A set lookup per page: 10,000 events may bring thousands of old ids.
      filter: (page) => !aliasPaths.has(sitePath(page)),
    }),
    // Rendered summaries keep only safe Markdown, whatever the ledger holds.
    sanitizeMarkdown(),
  ],
});
