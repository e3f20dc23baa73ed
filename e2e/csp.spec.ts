/**
 * The site works unchanged under a strict Content-Security-Policy (project
 * `csp`: the root build served with the policy its `_headers` holds: that of
 * public/_headers, with the hashes of the build's inline styles). With the
 * console clean (no CSP violation, no error or warning): every page type
 * loads, the timeline draws and selection works, "Copy link" copies, and the
 * quote numbers on source pages show. The pages' CSS is inline, allowed by
 * hash only: an inline style the build did not write is blocked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  headerPolicies,
  siteStyleHashes,
  withStyleSources,
} from '../src/build/inline-style-csp.ts';
import {
  builtPolicy,
  CONTENT_SECURITY_POLICY,
  hostingNamed,
  PROJECT_ROOT,
} from '../tools/hosting.ts';
import { ALIASES, EVENTS, SOURCES, eventById } from './helpers/content.ts';
import { watchConsole } from './helpers/console.ts';
import { markdownText } from './helpers/text.ts';
import { expectDetailShows, waitForTimeline } from './helpers/timeline.ts';
import { expect, test } from './fixtures.ts';

/** What the server sends: the build's policy, with its style hashes. */
const POLICY = builtPolicy(hostingNamed('csp'));

test('_headers ships the policy of public/_headers with the hashes of the inline styles, no more', () => {
  const headers = readFileSync(path.join(PROJECT_ROOT, 'public', '_headers'), 'utf8');
  const block = /^\/\*\n((?:[ \t]+.+\n)+)/m.exec(headers);
  expect(block, 'a `/*` rule').not.toBeNull();
  expect(headerPolicies(block?.[1] ?? '')).toEqual([CONTENT_SECURITY_POLICY]);
  const hashes = siteStyleHashes(hostingNamed('csp').outDir);
  expect(hashes.length, 'some CSS is inline').toBeGreaterThan(0);
  // One stylesheet, one hash, whatever the number of pages: a few per page type.
  expect(hashes.length).toBeLessThanOrEqual(12);
  expect(POLICY).toBe(withStyleSources(CONTENT_SECURITY_POLICY, hashes));
  expect(POLICY).not.toContain('unsafe-inline');
});

test('every page type loads with no policy violation and a clean console', async ({
  page,
  site,
  request,
}) => {
  const event = EVENTS[0];
  const source = SOURCES.find((candidate) => candidate.citations.length > 0);
  if (event === undefined || source === undefined) throw new Error('no event or source to visit');
  const pages = [
    '',
    `?event=${event.id}`,
    `events/${event.id}/`,
    `sources/${source.id}/`,
    'about/',
    '404.html',
    ...ALIASES.slice(0, 1).map(({ alias }) => `events/${alias}/`),
  ];
  const watch = await watchConsole(page);
  for (const relative of pages) {
    const response = await page.goto(site.url(relative));
    expect(response?.status(), relative).toBe(200);
    expect(response?.headers()['content-security-policy'], relative).toBe(POLICY);
    if (relative === '' || relative.startsWith('?')) await waitForTimeline(page);
    await page.waitForLoadState('networkidle');
  }
  // The policy also covers what is not a page: assets and 404s.
  expect((await request.get(site.url('no-such-page/'))).headers()['content-security-policy']).toBe(
    POLICY,
  );
  expect(watch.problems()).toEqual([]);
});

test('the timeline draws and selecting an item shows it in the detail panel', async ({
  page,
  site,
}) => {
  const watch = await watchConsole(page);
  await page.goto(site.url());
  await waitForTimeline(page);
  // A drawn item, or the label inside it, names its event.
  const item = page
    .locator(
      ['.vis-item[data-event]', '.vis-item [data-event]', '.vis-item [data-event-id]']
        .map((selector) => `timeline-view ${selector}`)
        .join(', '),
    )
    .filter({ visible: true })
    .first();
  await expect(item).toBeVisible();
  const id = await item.evaluate(
    (element) => element.getAttribute('data-event') ?? element.getAttribute('data-event-id') ?? '',
  );
  const event = eventById(id);
  await item.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
  await expectDetailShows(page, event, site.eventPath(id), markdownText(event.summary));
  expect(watch.problems()).toEqual([]);
});

test('"Copy link" shows and copies the event page address', async ({ page, context, site }) => {
  const event = EVENTS[0];
  if (event === undefined) throw new Error('no event');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const watch = await watchConsole(page);
  await page.goto(site.url(`events/${event.id}/`));
  const button = page.getByRole('button', { name: 'Copy link' });
  await expect(button).toBeVisible();
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  await button.click();
  // This server serves the root build, so the address is the page's canonical one.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical ?? '').pathname).toBe(site.eventPath(event.id));
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  expect(watch.problems()).toEqual([]);
});

test('the quote numbers on a source page show', async ({ page, site }) => {
  const source = SOURCES.find((candidate) => candidate.citations.length > 0);
  if (source === undefined) throw new Error('no cited source');
  const watch = await watchConsole(page);
  await page.goto(site.url(`sources/${source.id}/`));
  const refs = page.locator('.quote-ref');
  expect(await refs.count()).toBeGreaterThan(0);
  const drawn = await refs.evaluateAll((links) =>
    links.map((link) => ({
      content: getComputedStyle(link, '::after').content,
      width: link.getBoundingClientRect().width,
    })),
  );
  for (const { content, width } of drawn) {
    expect(content, 'the number is drawn by ::after').toMatch(/^(?!none$|normal$|""$).+/);
    expect(width, 'the pill has a visible width').toBeGreaterThan(4);
  }
  expect(watch.problems()).toEqual([]);
});

test('the first paint needs no stylesheet request; inline styles apply by hash only', async ({
  page,
  site,
}) => {
  const response = await page.goto(site.url());
  // A reader with JavaScript off also gets no-script.css (from <noscript>).
  const html = ((await response?.text()) ?? '').replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  expect(html, 'no stylesheet link in the page').not.toMatch(/<link[^>]+rel="?stylesheet/);
  expect(html).toMatch(/<style[\s>]/);
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    const violated = new Promise<void>((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(event.effectiveDirective);
        resolve();
      });
    });
    const inline = [...document.querySelectorAll('style')];
    const applied = inline.every((style) => style.sheet !== null);
    const first = inline[0]?.textContent ?? '';
    const add = (text: string): HTMLStyleElement => {
      const style = document.createElement('style');
      style.textContent = text;
      document.head.append(style);
      return style;
    };
    // The very text of a page style has its hash in the policy: it applies.
    const copy = add(first);
    // One rule more, and the hash is another: it is blocked.
    const changed = add(`${first}\nbody { outline: 7px solid red; }`);
    await violated;
    return {
      count: inline.length,
      applied,
      copyApplied: copy.sheet !== null,
      changedApplied: changed.sheet !== null,
      outline: getComputedStyle(document.body).outlineWidth,
      violations,
    };
  });
  expect(result.count).toBeGreaterThan(0);
  expect(result.applied, "the page's own inline styles apply").toBe(true);
  expect(result.copyApplied, 'the same text, so the same hash, applies').toBe(true);
  expect(result.changedApplied, 'another text is blocked').toBe(false);
  expect(result.outline).not.toBe('7px');
  expect(result.violations).toEqual(['style-src-elem']);
});
