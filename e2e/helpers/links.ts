/**
 * Checks links the way a reader's browser follows them on a static host: a
 * same-origin link must stay under the base, answer 200 without a redirect,
 * and, when it has a #fragment, land on a page with that id. An outside link
 * is never fetched (there is no network): it must be an http(s) address that
 * is not this machine (a leaked build-time or dev-server address).
 */
import type { APIRequestContext, Page } from '@playwright/test';
import type { Site } from '../fixtures.ts';

interface Fetched {
  status: number;
  contentType: string;
  body: string;
}

/** True when `html` has an element with this id. */
function hasId(html: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\sid=(["']?)${escaped}\\1[\\s/>]`).test(html);
}

export class LinkChecker {
  private readonly cache = new Map<string, Promise<Fetched>>();
  private readonly request: APIRequestContext;
  private readonly site: Site;

  constructor(request: APIRequestContext, site: Site) {
    this.request = request;
    this.site = site;
  }

  /** Fetches a same-origin URL once (without following redirects). */
  fetch(url: string): Promise<Fetched> {
    const target = new URL(url);
    target.hash = '';
    let fetched = this.cache.get(target.href);
    if (fetched === undefined) {
      fetched = this.request.get(target.href, { maxRedirects: 0 }).then(async (response) => ({
        status: response.status(),
        contentType: response.headers()['content-type'] ?? '',
        body: await response.text(),
      }));
      this.cache.set(target.href, fetched);
    }
    return fetched;
  }

  /** What is wrong with a link (empty when nothing is). `from` names the page it is on. */
  async problems(href: string, from: string): Promise<string[]> {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return [];
    if (url.origin !== this.site.origin) {
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        return [`${from}: ${href} is neither a page of the site nor a web address`];
      }
      if (['localhost', '127.0.0.1', '[::1]', '0.0.0.0'].includes(url.hostname)) {
        return [`${from}: ${href} points at a local server, not the site`];
      }
      return [];
    }
    if (!url.pathname.startsWith(this.site.base)) {
      return [`${from}: ${href} leaves the base ${this.site.base}`];
    }
    const fetched = await this.fetch(href);
    if (fetched.status !== 200) {
      return [`${from}: ${href} answers HTTP ${String(fetched.status)}`];
    }
    if (url.hash.length > 1) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!hasId(fetched.body, id)) return [`${from}: ${href}: no element with id="${id}" there`];
    }
    return [];
  }
}

/** What is wrong with any link on `page` (empty when nothing is). `from` names the page. */
export async function pageLinkProblems(
  page: Page,
  request: APIRequestContext,
  site: Site,
  from: string,
): Promise<string[]> {
  const checker = new LinkChecker(request, site);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const problems: string[] = [];
  for (const href of new Set(hrefs)) problems.push(...(await checker.problems(href, from)));
  return problems;
}
