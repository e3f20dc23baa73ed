/**
 * Link checker: crawls the site from its home page with JavaScript disabled,
 * over every same-origin link and asset, as a reader's browser would on a
 * static host. Every page and asset must answer 200, every #fragment must
 * exist, and (under the sub-path) every address must stay under the base.
 */
import type { Page } from '@playwright/test';
import { EVENTS, SOURCES } from './helpers/content.ts';
import { LinkChecker } from './helpers/links.ts';
import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

interface Reference {
  /** The element and attribute it came from, for messages. */
  via: string;
  url: string;
}

/** Every address a page refers to: links, stylesheets, scripts, images, icons. */
async function referencesOf(page: Page): Promise<Reference[]> {
  return page.evaluate(() => {
    const found: { via: string; url: string }[] = [];
    const add = (element: Element, attribute: string, value: string): void => {
      const trimmed = value.trim();
      if (trimmed === '') return;
      found.push({
        via: `<${element.localName} ${attribute}>`,
        url: new URL(trimmed, document.baseURI).href,
      });
    };
    for (const element of document.querySelectorAll(
      '[href], [src], [srcset], [poster], [data], meta[http-equiv="refresh" i]',
    )) {
      for (const attribute of ['href', 'src', 'poster', 'data']) {
        const value = element.getAttribute(attribute);
        if (value !== null) add(element, attribute, value);
      }
      const srcset = element.getAttribute('srcset');
      if (srcset !== null) {
        for (const candidate of srcset.split(',')) {
          add(element, 'srcset', candidate.trim().split(/\s+/)[0] ?? '');
        }
      }
      if (element.localName === 'meta') {
        const target = /url\s*=\s*['"]?([^'"]+)/i.exec(element.getAttribute('content') ?? '');
        if (target?.[1] !== undefined) add(element, 'content', target[1]);
      }
    }
    return found;
  });
}

/** Addresses a stylesheet or script refers to: url(), @import, static and dynamic imports. */
function referencesInAsset(url: string, contentType: string, body: string): Reference[] {
  const found: Reference[] = [];
  const patterns: RegExp[] = [];
  if (contentType.includes('css')) {
    patterns.push(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, /@import\s+(['"])([^'"]+)\1/g);
  } else if (contentType.includes('javascript')) {
    patterns.push(
      /\bfrom\s*(['"])([^'"]+\.(?:m?js|css))\1/g,
      /\bimport\s*\(?\s*(['"])([^'"]+\.(?:m?js|css))\1/g,
    );
  }
  for (const pattern of patterns) {
    for (const match of body.matchAll(pattern)) {
      const value = match[2] ?? '';
      if (value.startsWith('data:')) continue;
      found.push({ via: `asset ${url}`, url: new URL(value, url).href });
    }
  }
  return found;
}

test('every page and asset reachable from the home page answers 200 under the base', async ({
  page,
  site,
  request,
}) => {
  test.setTimeout(240_000);
  const checker = new LinkChecker(request, site);
  const problems: string[] = [];
  const pages = new Set<string>();
  const queue: string[] = [site.url(), site.url('about/'), site.url('404.html')];
  const seenAssets = new Set<string>();

  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || pages.has(next)) continue;
    pages.add(next);
    const response = await page.goto(next);
    if (response?.status() !== 200) {
      problems.push(`${next}: HTTP ${String(response?.status())}`);
      continue;
    }
    const from = new URL(next).pathname;
    for (const reference of await referencesOf(page)) {
      const url = new URL(reference.url);
      for (const problem of await checker.problems(reference.url, `${from} ${reference.via}`)) {
        problems.push(problem);
      }
      if (url.origin !== site.origin || !url.pathname.startsWith(site.base)) continue;
      url.hash = '';
      const fetched = await checker.fetch(url.href);
      if (fetched.status !== 200) continue;
      if (fetched.contentType.includes('text/html')) {
        if (reference.via.startsWith('<a ') && !pages.has(url.href)) queue.push(url.href);
      } else if (!seenAssets.has(url.href)) {
        seenAssets.add(url.href);
        for (const inner of referencesInAsset(url.href, fetched.contentType, fetched.body)) {
          problems.push(...(await checker.problems(inner.url, inner.via)));
        }
      }
    }
  }

  expect(problems, 'broken or misplaced links').toEqual([]);
  const crawled = new Set([...pages].map((url) => new URL(url).pathname));
  for (const event of EVENTS) {
    expect(crawled, `event page reachable by links`).toContain(site.eventPath(event.id));
  }
  for (const source of SOURCES) {
    expect(crawled, `source page reachable by links`).toContain(site.sourcePath(source.id));
  }
});

test('the sitemap lists every page, each under the base and answering 200', async ({
  site,
  request,
}) => {
  const checker = new LinkChecker(request, site);
  const index = await checker.fetch(site.url('sitemap-index.xml'));
  expect(index.status).toBe(200);
  const locs = (xml: string): string[] =>
    [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1] ?? '');
  const sitemaps = locs(index.body);
  expect(sitemaps.length).toBeGreaterThan(0);
  // /sitemap.xml, where crawlers look first, names the same parts.
  const conventional = await checker.fetch(site.url('sitemap.xml'));
  expect(conventional.status).toBe(200);
  expect(locs(conventional.body)).toEqual(sitemaps);
  const pageUrls: string[] = [];
  const problems: string[] = [];
  for (const sitemap of sitemaps) {
    problems.push(...(await checker.problems(sitemap, 'sitemap-index.xml')));
    const fetched = await checker.fetch(sitemap);
    pageUrls.push(...locs(fetched.body));
  }
  for (const url of pageUrls) {
    if (new URL(url).origin !== site.origin)
      problems.push(`sitemap: ${url} is not on ${site.origin}`);
    else problems.push(...(await checker.problems(url, 'sitemap')));
  }
  expect(problems).toEqual([]);
  const listed = pageUrls.map((url) => new URL(url).pathname);
  expect(listed).toContain(site.path());
  for (const event of EVENTS) expect(listed).toContain(site.eventPath(event.id));
  for (const source of SOURCES) expect(listed).toContain(site.sourcePath(source.id));
  for (const year of new Set(SOURCES.map((source) => source.reference.slice(0, 4)))) {
    expect(listed).toContain(site.path(`about/sources/${year}/`));
  }
});

test('the server is a plain static host: unknown paths are 404, the 404 page is under the base', async ({
  site,
  request,
}) => {
  expect((await request.get(site.url('no-such-page/'))).status()).toBe(404);
  expect((await request.get(site.url('events/no-such-event/'))).status()).toBe(404);
  // Under a sub-path nothing else is served: a link that ignores the base fails.
  expect((await request.get(`${site.origin}/`)).status()).toBe(site.base === '/' ? 200 : 404);
  const notFound = await request.get(site.url('404.html'));
  expect(notFound.status()).toBe(200);
  expect(await notFound.text()).toMatch(/<h1[\s>]/);
});
