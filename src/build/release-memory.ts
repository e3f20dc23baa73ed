/**
 * An integration that collects the garbage between the build's phases, so
 * the next phase does not stack its memory on the last one's leftovers. The
 * content sync leaves about 350 MB of garbage at 10,000 events, which V8
 * would collect only later, while Rolldown's native allocations come on top;
 * so does the page rendering before the sitemap and the CSP hashes. Passed
 * by src/build/build-site.ts, which can reach V8's collector.
 */
import type { AstroIntegration } from 'astro';

export function releaseMemory(collectGarbage: () => void): AstroIntegration {
  return {
    name: 'release-memory',
    hooks: {
      // After the content sync, before the bundling.
      'astro:build:start': () => {
        collectGarbage();
      },
      // After the pages, before the other integrations' build:done hooks.
      'astro:build:generated': () => {
        collectGarbage();
      },
    },
  };
}
