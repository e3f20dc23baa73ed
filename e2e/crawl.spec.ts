/**
 * A crawl of the site built and served under a sub-path (project `subpath`),
 * by linkinator, a link checker of its own: from the home page and the
 * sitemap, every link, stylesheet, script and CSS `url()` on the site answers
 * without error or redirect, and every `#fragment` names an element on its
 * target page. Outside addresses are not fetched (there is no network).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { check, LinkState, type CheckOptions } from 'linkinator';
import { EVENTS, SOURCES } from './helpers/content.ts';
import { expect, test } from './fixtures.ts';

/** What the crawl checks, shared with the control below. */
const CHECKS = {
  recurse: true,
  checkFragments: true,
  checkCss: true,
  redirects: 'error',
  concurrency: 8,
  timeout: 30_000,
} satisfies Partial<CheckOptions>;

test('linkinator finds no broken link, anchor or asset under the base', async ({ site }) => {
  test.setTimeout(180_000);
  const result = await check({
    ...CHECKS,
    path: site.url(),
    sitemap: site.url('sitemap-index.xml'),
    linksToSkip: (link) => Promise.resolve(new URL(link).origin !== site.origin),
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (HTTP ${String(link.status ?? '?')}) on ${link.parent ?? '?'}`);
  expect(broken).toEqual([]);

  // The crawl reached every page, under the base, and checked quote anchors.
  const checked = result.links
    .filter((link) => link.state === LinkState.OK)
    .map((link) => new URL(link.url));
  const paths = new Set(checked.map((url) => url.pathname));
  for (const event of EVENTS) expect(paths).toContain(site.eventPath(event.id));
  for (const source of SOURCES) expect(paths).toContain(site.sourcePath(source.id));
  expect(
    checked.every((url) => url.origin !== site.origin || url.pathname.startsWith(site.base)),
  ).toBe(true);
  expect(checked.some((url) => url.pathname.endsWith('.css'))).toBe(true);
  expect(checked.some((url) => url.pathname.endsWith('.js'))).toBe(true);
});

test('the crawl as set up catches a missing anchor and a missing asset', async ({}, info) => {
  const dir = info.outputPath('broken-site');
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'other.html'),
    '<!doctype html><title>o</title><p id="here">x</p>',
  );
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><title>i</title><link rel="stylesheet" href="gone.css">' +
      '<a href="other.html#here">ok</a> <a href="other.html#missing">broken</a>',
  );
  const result = await check({ ...CHECKS, path: dir });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => link.url.replace(/^.*\//, ''));
  expect(broken.sort()).toEqual(['gone.css', 'other.html#missing']);
});
