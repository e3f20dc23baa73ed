// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { isAliasPage, readAliases } from './src/lib/aliases.ts';
import { sanitizeMarkdown } from './src/markdown/sanitize.ts';

// The same build must work at / and under a sub-path: every link goes through
// src/lib/with-base.ts, which reads this base.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://huawei-5g-timeline.example';
// Old ids only redirect (noindex); the sitemap lists the real pages.
const aliases = readAliases(fileURLToPath(new URL('./content/events/', import.meta.url)));

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
    sitemap({ filter: (page) => !isAliasPage(page, aliases) }),
    // Rendered summaries keep only safe Markdown, whatever the ledger holds.
    sanitizeMarkdown(),
  ],
});
