/**
 * A generated story of about 2,000 events (tools/bench/corpus.ts, the same
 * generator the benchmark uses), built and served once: the home page stays
 * small, the timeline loads years as it needs them, and every behaviour works
 * across the years it has not loaded yet.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { PeriodData, TimelineIndex } from '../src/shared/timeline-data.ts';
import { timelineSurface, urlEvent, waitForTimeline } from './helpers/timeline.ts';
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

  test('the year pages list every event exactly once', async ({ page, site }) => {
    const { periods } = await index(page, site);
    const listed: string[] = [];
    for (const { id } of periods) {
      await page.goto(site.url(`years/${id}/`));
      listed.push(
        ...(await page
          .locator('.event-list > li')
          .evaluateAll((items) => items.map((item) => item.id))),
      );
    }
    const expected: string[] = [];
    for (const { id } of periods)
      expected.push(...(await period(page, site, id)).items.map((item) => item.id));
    expect(new Set(listed).size, 'no event twice').toBe(listed.length);
    expect(listed).toEqual(expected);
  });
});
