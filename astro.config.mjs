// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { FALLBACK_SITE_URL } from './src/shared/site.ts';
import { sanitizeMarkdown } from './src/markdown/sanitize.ts';
import { visUtilSlim } from './src/build/vis-util-slim.ts';
import { inlineStyleCsp } from './src/build/inline-style-csp.ts';

// The same build must work at / and under a sub-path: every link goes through
// src/lib/with-base.ts, which reads this base.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? FALLBACK_SITE_URL;

const basePath = base.endsWith('/') ? base : `${base}/`;
/** A page's path inside the site, without the base: `/events/<id>/`. */
const sitePath = (/** @type {string} */ page) => {
  const { pathname } = new URL(page);
  return pathname.startsWith(basePath) ? `/${pathname.slice(basePath.length)}` : pathname;
};

// Old ids only redirect (noindex); the sitemap lists the real pages. The list
// is the one normalize wrote for the alias pages themselves, read when the
// sitemap is written: `npm run build` starts Astro while normalize still runs.
/** @type {Set<string> | undefined} */
let aliasPaths;
const isAliasPage = (/** @type {string} */ page) => {
  if (aliasPaths === undefined) {
    /** @type {{ id: string }[]} */
    const aliases = JSON.parse(
      readFileSync(new URL('./content/aliases.json', import.meta.url), 'utf8'),
    );
    aliasPaths = new Set(aliases.map((alias) => `/events/${alias.id}/`));
  }
  return aliasPaths.has(sitePath(page));
};
// Reads the pages' styles while the sitemap is written (src/build/inline-style-csp.ts).
const styleCsp = inlineStyleCsp();

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages render a few at a time, so one page's file writes overlap the
    // next one's rendering: at 10,000 events the page rendering took 18-22 s
    // against 19-29 s one at a time (3 paired runs here, faster in each).
    concurrency: 4,
    // Every page's CSS goes inline, so the first paint waits for no other
    // request. The strict Content-Security-Policy allows each <style> by its
    // hash (src/build/inline-style-csp.ts writes them into _headers)…
    inlineStylesheets: 'always',
  },
  vite: {
    build: {
      // …but no inline <script> or data: asset: Astro inlines a
      // processed <script> (and Vite an asset) smaller than this limit.
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // vis-timeline and everything it loads come together, in one
            // request and one gzip stream, rather than as a vis-data chunk
            // and a vis-timeline chunk. Scripts only: the address of
            // vis-timeline's stylesheet stays in its own tiny chunk, so the
            // stylesheet loads beside the script, not after it.
            groups: [
              {
                name: 'vis-timeline',
                test: /node_modules[\\/](vis-timeline|vis-data|vis-util|moment|@egjs[\\/]hammerjs|propagating-hammerjs|xss|cssfilter|uuid|component-emitter|keycharm)[\\/].*\.m?js$/,
              },
            ],
          },
        },
      },
    },
    // vis-timeline keeps only the vis-util helpers it reads (see the plugin).
    plugins: [visUtilSlim()],
  },
  integrations: [
    // Its first part must come before the sitemap, its second after it.
    styleCsp.readPages,
    sitemap({
      // A set lookup per page: 10,000 events may bring thousands of old ids.
      filter: (page) => !isAliasPage(page),
    }),
    // Rendered summaries keep only safe Markdown, whatever the ledger holds.
    sanitizeMarkdown(),
    // The policy in _headers allows the inline styles by their hashes.
    styleCsp.writeHeaders,
  ],
});
