/**
 * Full-page screenshots of the home page, one event page and one source page,
 * saved in the test's output folder and attached to the report.
 */
import type { Page, TestInfo } from '@playwright/test';
import { EVENTS, SOURCES } from './helpers/content.ts';
import { waitForTimeline } from './helpers/timeline.ts';
import { expect, test } from './fixtures.ts';

async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('home page', async ({ page, site }, testInfo) => {
  await page.goto(site.url());
  await waitForTimeline(page);
  await expect(page.locator('timeline-view .vis-item').first()).toBeVisible();
  await saveScreenshot(page, testInfo, 'home.png');
});

test('an event page', async ({ page, site }, testInfo) => {
  // The event with the most sources shows the most of the page.
  const event = [...EVENTS].sort((a, b) => b.sources.length - a.sources.length)[0];
  expect(event, 'an event').toBeDefined();
  if (event === undefined) return;
  await page.goto(site.url(`events/${event.id}/`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
  await saveScreenshot(page, testInfo, `event-${event.id}.png`);
});

test('a source page', async ({ page, site }, testInfo) => {
  // The source cited most often has the most marked passages.
  const source = [...SOURCES].sort((a, b) => b.citations.length - a.citations.length)[0];
  expect(source, 'a source').toBeDefined();
  if (source === undefined) return;
  await page.goto(site.url(`sources/${source.id}/`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
  await expect(page.locator('mark').first()).toBeVisible();
  await saveScreenshot(page, testInfo, `source-${source.id}.png`);
});
