/**
 * A 375 px wide phone: no page scrolls sideways, and the timeline still works.
 */
import type { Page } from '@playwright/test';
import { EVENTS, HOME_LIST, SOURCES, eventById } from './helpers/content.ts';
import { markdownText } from './helpers/text.ts';
import {
  currentListItem,
  eventList,
  expectDetailShows,
  itemVisibility,
  waitForTimeline,
} from './helpers/timeline.ts';
import { expect, test } from './fixtures.ts';

const WIDTH = 375;
// A phone: the page's <meta name="viewport"> decides the layout width.
test.use({ viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true });

/** Asserts the page is no wider than the viewport and cannot be scrolled sideways. */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const layout = await page.evaluate(() => {
    window.scrollTo(200, window.scrollY);
    const scrolledX = window.scrollX;
    window.scrollTo(0, window.scrollY);
    return {
      viewport: document.documentElement.clientWidth,
      document: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      scrolledX,
    };
  });
  expect(layout.viewport).toBe(WIDTH);
  expect(layout.document, 'document width').toBeLessThanOrEqual(layout.viewport);
  expect(layout.body, 'body width').toBeLessThanOrEqual(layout.viewport);
  expect(layout.scrolledX, 'sideways scrolling').toBe(0);
}

test('home page with the timeline', async ({ page, site }) => {
  await page.goto(site.url());
  await waitForTimeline(page);
  await expectNoHorizontalScroll(page);
  for (const name of ['Zoom in', 'Zoom out', 'Show all']) {
    const box = await page.getByRole('button', { name }).boundingBox();
    expect(box, `${name} is laid out`).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0), `${name} fits the screen`).toBeLessThanOrEqual(WIDTH);
  }
  const timelineBox = await page.locator('timeline-view .vis-timeline').boundingBox();
  expect((timelineBox?.x ?? 0) + (timelineBox?.width ?? Infinity)).toBeLessThanOrEqual(WIDTH);
  await expect(eventList(page)).toBeVisible();
});

test('home page with an event selected', async ({ page, site }) => {
  const event = eventById(HOME_LIST.at(-1) ?? '');
  await page.goto(site.url(`?event=${event.id}`));
  await waitForTimeline(page);
  await expect(currentListItem(page)).toHaveAttribute('id', event.id);
  await expectDetailShows(page, event, site.eventPath(event.id), markdownText(event.summary));
  await expect
    .poll(() => itemVisibility(page, event.id))
    .toEqual({ rendered: true, insideHorizontally: true, insideVertically: true });
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.has('from')).toBe(true);
  await expectNoHorizontalScroll(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('home page', async ({ page, site }) => {
    await page.goto(site.url());
    await expect(eventList(page)).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});

test('event pages with the longest title and the most quotes, and a year page', async ({
  page,
  site,
}) => {
  const longest = [...EVENTS].sort((a, b) => b.title.length - a.title.length)[0];
  const mostQuoted = [...EVENTS].sort((a, b) => b.evidence.length - a.evidence.length)[0];
  for (const event of new Set([longest, mostQuoted].filter((found) => found !== undefined))) {
    await page.goto(site.url(`events/${event.id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
    await expectNoHorizontalScroll(page);
  }
  await page.goto(site.url(`years/${mostQuoted?.start.slice(0, 4) ?? ''}/`));
  await expect(eventList(page)).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('every source page and the about page', async ({ page, site }) => {
  for (const source of SOURCES) {
    await page.goto(site.url(`sources/${source.id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
    await expectNoHorizontalScroll(page);
  }
  await page.goto(site.url('about/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expectNoHorizontalScroll(page);
});
