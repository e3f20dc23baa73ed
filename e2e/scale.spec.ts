/**
 * A generated story of about 2,000 events (tools/bench/corpus.ts, the same
 * generator the benchmark uses), built and served once: the home page stays
 * small, the timeline loads years as it needs them, and every behaviour works
 * across the years it has not loaded yet.
 */
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { PeriodData, TimelineIndex } from '../src/shared/timeline-data.ts';
import { timelineSurface, urlEvent, waitForTimeline } from './helpers/timeline.ts';
import { EVENTS_PER_PAGE } from '../src/lib/period-pages.ts';
import { expect, test, type Site } from './fixtures.ts';

async function json<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

async function index(page: Page, site: Site): Promise<TimelineIndex> {
  return json<TimelineIndex>(page, site.url('data/index.json'));
}

async function period(page: Page, site: Site, id: string): Promise<PeriodData> {
  return json<PeriodData>(page, site.url(`data/years/${id}.json`));
}

/** The data files the page asked for. */
function yearsLoaded(page: Page): string[] {
  const loaded: string[] = [];
  page.on('request', (request) => {
    const match = /\/data\/years\/(\d{4})\.json$/.exec(request.url());
    if (match?.[1] !== undefined) loaded.push(match[1]);
  });
  return loaded;
}

async function expectShown(page: Page, id: string, title: string): Promise<void> {
  await expect.poll(() => urlEvent(page), { message: 'event in the URL' }).toBe(id);
  await expect(page.locator('timeline-view .detail-title')).toHaveText(title);
  await expect(page.locator(`timeline-view .vis-item [data-event="${id}"]`)).toBeVisible();
}

test('the home page is under 14 KB of gzipped HTML', async ({ page, site }) => {
  const html = await (await page.request.get(site.url())).body();
  const { periods } = await index(page, site);
  const total = periods.reduce(
    (sum, { counts }) => sum + Object.values(counts).reduce((a, b) => a + b, 0),
    0,
  );
  expect(total, 'a story of about 2,000 events').toBeGreaterThanOrEqual(1_900);
  expect(gzipSync(html).length).toBeLessThan(14 * 1024);
});

test('a deep link to an event in a year not loaded at the start selects and shows it', async ({
  page,
  site,
}) => {
  const { periods } = await index(page, site);
  const first = periods[0];
  expect(first).toBeDefined();
  const { items } = await period(page, site, first?.id ?? '');
  const target = items[Math.floor(items.length / 2)];
  if (target === undefined) throw new Error('an empty first year');
  const loaded = yearsLoaded(page);
  await page.goto(site.url(`?event=${target.id}`));
  await waitForTimeline(page);
  await expectShown(page, target.id, target.title);
  expect(loaded, 'only the years the view needs').toContain(first?.id);
  expect(new Set(loaded).size).toBeLessThan(periods.length);
});

test('arrow keys cross from one year into the next and back', async ({ page, site }) => {
  const { periods } = await index(page, site);
  const [a, b] = periods.slice(1, 3);
  if (a === undefined || b === undefined) throw new Error('needs three years');
  const last = (await period(page, site, a.id)).items.at(-1);
  const next = (await period(page, site, b.id)).items[0];
  if (last === undefined || next === undefined) throw new Error('empty years');
  await page.goto(site.url(`?event=${last.id}`));
  await waitForTimeline(page);
  await expectShown(page, last.id, last.title);
  await timelineSurface(page).focus();
  await page.keyboard.press('ArrowRight');
  await expectShown(page, next.id, next.title);
  await page.keyboard.press('ArrowLeft');
  await expectShown(page, last.id, last.title);
});

test('Home and End reach the first and last events, in years not loaded at the start', async ({
  page,
  site,
}) => {
  const { periods } = await index(page, site);
  const first = (await period(page, site, periods[0]?.id ?? '')).items[0];
  const last = (await period(page, site, periods.at(-1)?.id ?? '')).items.at(-1);
  if (first === undefined || last === undefined) throw new Error('empty years');
  await page.goto(site.url());
  await waitForTimeline(page);
  await timelineSurface(page).focus();
  await page.keyboard.press('End');
  await expectShown(page, last.id, last.title);
  await page.keyboard.press('Home');
  await expectShown(page, first.id, first.title);
});

test('a wide window draws counts; zooming in turns them into events', async ({ page, site }) => {
  await page.goto(site.url());
  await waitForTimeline(page);
  const timeline = page.locator('timeline-view .vis-timeline');
  await expect(timeline.locator('.vis-item [data-count]').first()).toBeVisible();
  await expect(timeline.locator('.vis-item [data-event]')).toHaveCount(0);
  const counted = await timeline
    .locator('.vis-item [data-count]')
    .evaluateAll((labels) => labels.map((label) => Number(label.firstChild?.textContent)));
  expect(counted.every((count) => count > 0)).toBe(true);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await expect(async () => {
    await zoomIn.click();
    await expect(timeline.locator('.vis-item [data-event]').first()).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(timeline.locator('.vis-item [data-count]')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page’s timeline draws the opening window’s counts', async ({ page, site }) => {
    await page.goto(site.url());
    const bands = page.locator('timeline-view .tl-static [data-count]');
    await expect(bands.first()).toBeVisible();
    const total = await bands.evaluateAll((labels) =>
      labels.reduce((sum, label) => sum + Number(label.textContent), 0),
    );
    expect(total, 'events counted in the window').toBeGreaterThan(60);
  });

  test('the period pages, each linking to the next, list every event exactly once', async ({
    page,
    site,
  }) => {
    const { periods } = await index(page, site);
    const listed: string[] = [];
    const visited: string[] = [];
    const months: string[] = [];
    let withSpans = 0;
    // From the first year's page, as a reader paging through with "next".
    let next: string | null = site.url(`years/${periods[0]?.id ?? ''}/`);
    while (next !== null) {
      await page.goto(next);
      visited.push(new URL(page.url()).pathname);
      const ids = await page
        .locator('.event-list > li')
        .evaluateAll((items) => items.map((item) => item.id));
      listed.push(...ids);
      if ((await page.locator('#spans-list').count()) > 0) withSpans += 1;
      months.push(
        ...(await page
          .getByRole('navigation', { name: /^The months of/ })
          .getByRole('link')
          .evaluateAll((links) =>
            links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
          )),
      );
      const link = page.locator('a[rel="next"]');
      next =
        (await link.count()) === 0
          ? null
          : await link.evaluate((a) => (a as HTMLAnchorElement).href);
    }
    // A year of up to EVENTS_PER_PAGE events is one page, in date order. A larger one
    // lists on its own page the events of no one month (known only to the
    // year, or running into a later one); then each month's page, those
    // within the month, then the spans that end in it.
    const expected: string[] = [];
    for (const { id } of periods) {
      const { items } = await period(page, site, id);
      if (items.length <= EVENTS_PER_PAGE) {
        expected.push(...items.map((item) => item.id));
        continue;
      }
      const monthly = items.filter(
        (item) =>
          item.end.startsWith(id) && !(item.start === `${id}-01-01` && item.end === `${id}-12-31`),
      );
      expected.push(...items.filter((item) => !monthly.includes(item)).map((item) => item.id));
      for (const month of [...new Set(monthly.map((item) => item.end.slice(0, 7)))].sort()) {
        const ending = monthly.filter((item) => item.end.slice(0, 7) === month);
        const within = ending.filter((item) => item.start.slice(0, 7) === month);
        const spans = ending.filter((item) => !within.includes(item));
        expected.push(...[...within, ...spans].map((item) => item.id));
      }
    }
    expect(new Set(listed).size, 'no event twice').toBe(listed.length);
    expect(listed).toEqual(expected);
    // The fixture has a year over the limit: it lists its months, each visited in turn.
    expect(months.length, 'month pages').toBeGreaterThan(0);
    expect(withSpans, 'month pages listing spans that begin in them').toBeGreaterThan(0);
    expect(visited.filter((path) => /\/years\/\d{4}\/\d{2}\/$/.test(path))).toEqual(months);
    for (const { id } of periods) expect(visited).toContain(site.path(`years/${id}/`));
    // The fixture's crowded month is listed in parts, each page within the limit.
    const parts = visited.filter((path) => /\/years\/\d{4}\/\d{2}\/\d+\/$/.test(path));
    expect(parts.length, 'second parts of crowded months').toBeGreaterThan(0);
    const second = parts[0] ?? '';
    const first = second.replace(/\d+\/$/, '');
    expect(visited[visited.indexOf(second) - 1], 'the part before it').toBe(first);
    for (const path of [first, second]) {
      await page.goto(new URL(path, site.url()).href);
      expect(await page.locator('.event-list > li').count()).toBeLessThanOrEqual(EVENTS_PER_PAGE);
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /^Events of \w+ \d{4}, part 2 of \d+$/,
    );
    await expect(page.locator('.page-head .meta')).toContainText(
      `This part lists events ${String(EVENTS_PER_PAGE + 1)} to`,
    );
    await expect(page.locator('a[rel="prev"]')).toHaveText(/^← \w+ \d{4}, part 1$/);
  });

  test('the about page links the sources by year; their pages list every source once', async ({
    page,
    site,
  }) => {
    const about = await page.request.get(site.url('about/'));
    expect(gzipSync(await about.body()).length, 'the about page stays small').toBeLessThan(
      14 * 1024,
    );
    const sitemap = await (await page.request.get(site.url('sitemap-0.xml'))).text();
    const sourcePaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((match) => new URL(match[1] ?? '').pathname)
      .filter((pathname) => pathname.startsWith(site.path('sources/')));
    expect(sourcePaths.length, 'more sources than one page lists').toBeGreaterThan(EVENTS_PER_PAGE);

    await page.goto(site.url('about/'));
    await expect(page.locator('.source-list')).toHaveCount(0);
    const years = page.getByRole('navigation', { name: 'The sources by year' }).getByRole('link');
    const yearPaths = await years.evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    const listed: { id: string; day: string }[] = [];
    const visited: string[] = [];
    let next: string | null = new URL(yearPaths[0] ?? '', site.origin).href;
    while (next !== null) {
      await page.goto(next);
      visited.push(new URL(page.url()).pathname);
      const entries = await page.locator('.source-list > li').evaluateAll((items) =>
        items.map((item) => ({
          id: (item as HTMLElement).dataset.source ?? '',
          day: item.querySelector('time')?.getAttribute('datetime') ?? '',
        })),
      );
      expect(entries.length).toBeLessThanOrEqual(EVENTS_PER_PAGE);
      listed.push(...entries);
      const link = page.locator('a[rel="next"]');
      next =
        (await link.count()) === 0
          ? null
          : await link.evaluate((a) => (a as HTMLAnchorElement).href);
    }
    const ids = listed.map((entry) => entry.id);
    expect(new Set(ids).size, 'no source twice').toBe(ids.length);
    expect(ids.map((id) => site.sourcePath(id)).sort()).toEqual([...sourcePaths].sort());
    const oldestFirst = [...listed].sort((a, b) =>
      a.day === b.day ? a.id.localeCompare(b.id) : a.day < b.day ? -1 : 1,
    );
    expect(listed, 'oldest first').toEqual(oldestFirst);
    // Every year linked from the about page is visited; a crowded one by its months.
    for (const path of yearPaths) expect(visited).toContain(path);
    const months = visited.filter((path) => /\/about\/sources\/\d{4}\/\d{2}\/$/.test(path));
    expect(months.length, 'a year listed by month').toBeGreaterThan(0);

    // An article of a crowded year links back to its month's page, not the year's.
    const month = months[0] ?? '';
    await page.goto(new URL(month, site.origin).href);
    await page.locator('.source-list > li a').first().click();
    await page.getByRole('link', { name: /^Sources of \w+ \d{4}$/ }).click();
    expect(new URL(page.url()).pathname).toBe(month);
  });
});

test('a crowded year’s page and a month’s page listing spans have no accessibility violation', async ({
  page,
  site,
}) => {
  const { periods } = await index(page, site);
  const total = (counts: Record<string, number>): number =>
    Object.values(counts).reduce((sum, count) => sum + count, 0);
  const crowded = periods.find((candidate) => total(candidate.counts) > EVENTS_PER_PAGE);
  expect(crowded, 'a year listed by month').toBeDefined();
  await page.goto(site.url(`years/${crowded?.id ?? ''}/`));
  const yearUrl = page.url();
  // The year's last month: spans that began earlier in the year end in it.
  const month = page
    .getByRole('navigation', { name: /^The months of/ })
    .getByRole('link')
    .last();
  const monthUrl = await month.evaluate((link) => (link as HTMLAnchorElement).href);
  await expect(page.locator('.page-head .meta')).toContainText(
    `events that began in ${crowded?.id ?? ''}, month by month.`,
  );
  await page.goto(monthUrl);
  await expect(page.getByRole('heading', { level: 2, name: /^Spans that end in/ })).toBeVisible();
  await expect(page.locator('.page-head .meta')).toContainText(
    /^\d+ events within or ending in \w+ \d{4}, those within it first, then the spans\./,
  );
  for (const url of [yearUrl, monthUrl]) {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const violations = results.violations.map(
        (violation) => `${violation.id}: ${violation.help}`,
      );
      expect.soft(violations, `${url} at ${String(width)} px`).toEqual([]);
    }
  }
});
