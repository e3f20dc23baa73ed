// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { FALLBACK_SITE_URL } from './src/shared/site.ts';

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

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    sitemap({
      filter: (page) => ![...aliasPaths].some((path) => new URL(page).pathname.endsWith(path)),
    }),
  ],
});
