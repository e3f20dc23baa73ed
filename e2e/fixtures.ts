/**
 * The `test` every spec uses: Playwright's, plus
 *
 * - `site`: where the site under test lives (origin, base path) and how its
 *   URLs are built. Specs never write a leading `/`: every URL goes through
 *   the base, as the site's own links must.
 * - an automatic guard that fails the test when any same-origin request the
 *   browser makes fails (status ≥ 400 or a network error), or when a page
 *   throws an uncaught error. Under the sub-path, a script, stylesheet or
 *   data file that ignores the base is a 404, and this guard reports it.
 */
import { test as base, expect } from '@playwright/test';

export interface Site {
  /** The served origin, `http://127.0.0.1:<port>`. */
  origin: string;
  /** The base path, starting and ending with `/`: `/` or `/sub/path/`. */
  base: string;
  /** Absolute URL of a path relative to the base (`events/x/`, `?event=x`, ``). */
  url(relative?: string): string;
  /** The pathname a site link to `relative` must have: base + relative. */
  path(relative?: string): string;
  eventPath(id: string): string;
  sourcePath(id: string): string;
}

function makeSite(baseURL: string | undefined): Site {
  if (baseURL === undefined) throw new Error('the Playwright project sets no baseURL');
  const root = new URL(baseURL);
  const basePath = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`;
  const site: Site = {
    origin: root.origin,
    base: basePath,
    url: (relative = '') => new URL(relative, `${root.origin}${basePath}`).href,
    path: (relative = '') => `${basePath}${relative}`,
    eventPath: (id) => site.path(`events/${id}/`),
    sourcePath: (id) => site.path(`sources/${id}/`),
  };
  return site;
}

export const test = base.extend<{ site: Site; failedRequestGuard: undefined }>({
  site: async ({ baseURL }, use) => {
    await use(makeSite(baseURL));
  },
  failedRequestGuard: [
    async ({ context, site }, use) => {
      const problems: string[] = [];
      context.on('response', (response) => {
        if (new URL(response.url()).origin !== site.origin) return;
        if (response.status() >= 400) {
          problems.push(`HTTP ${String(response.status())} for ${response.url()}`);
        }
      });
      context.on('requestfailed', (request) => {
        if (new URL(request.url()).origin !== site.origin) return;
        const reason = request.failure()?.errorText ?? 'unknown error';
        // A navigation cancels the previous page's pending loads; not a defect.
        if (reason === 'net::ERR_ABORTED') return;
        problems.push(`${reason} for ${request.url()}`);
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        problems.push(`uncaught error in ${webError.page()?.url() ?? 'a page'}: ${error.message}`);
      });
      await use(undefined);
      expect(problems, 'failed same-origin requests and uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
