/**
 * With JavaScript disabled, the home page is a complete list of every event in
 * date order, and every link on it works.
 */
import {
  DATE_ORDER,
  EVENTS,
  HOME_LIST,
  SOURCES,
  eventById,
  sourceCountOf,
} from './helpers/content.ts';
import { LinkChecker } from './helpers/links.ts';
import { eventList, listItems, listOrder } from './helpers/timeline.ts';
import { fold, markdownText, sourceCount } from './helpers/text.ts';
import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('content holds events to test against', () => {
  expect(EVENTS.length, 'content/events/*.md').toBeGreaterThan(0);
  expect(SOURCES.length, 'content/sources/*.md').toBeGreaterThan(0);
});

test('the home page lists the opening window’s events, with date, title, summary and source count', async ({
  page,
  site,
}) => {
  const response = await page.goto(site.url());
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(eventList(page)).toBeVisible();
  expect(await listOrder(page), 'the opening window’s events, in date order').toEqual(HOME_LIST);
  const shown = await listItems(page).evaluateAll((items) =>
    items.map((item) => ({
      id: item.id,
      start: item.getAttribute('data-start'),
      end: item.getAttribute('data-end'),
      precision: item.getAttribute('data-precision'),
      group: item.getAttribute('data-group'),
      date: item.querySelector('.event-date')?.textContent.trim(),
      href: item.querySelector('h3 a')?.getAttribute('href'),
      title: item.querySelector('h3 a')?.textContent.trim(),
      text: item.textContent,
    })),
  );
  for (const item of shown) {
    const event = eventById(item.id);
    expect(item, item.id).toMatchObject({
      start: event.start,
      end: event.end,
      precision: event.precision,
      group: event.group,
      date: event.label,
      href: site.eventPath(event.id),
      title: event.title,
    });
    const text = fold(item.text);
    expect(text, `${event.id}: summary`).toContain(fold(markdownText(event.summary)));
    expect(text, `${event.id}: source count`).toMatch(
      new RegExp(`(^|\\D)${sourceCount(sourceCountOf(event))}\\b`),
    );
  }
});

test('the year pages, linked from the home page, list every event exactly once, in date order', async ({
  page,
  site,
}) => {
  await page.goto(site.url());
  const years = await page
    .getByRole('navigation', { name: 'Every event, year by year' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(years.length).toBeGreaterThan(0);
  const listed: string[] = [];
  for (const [index, href] of years.entries()) {
    await page.goto(new URL(href, site.url()).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Events of \d{4}$/);
    const ids = await listOrder(page);
    const year = /\/years\/(\d{4})\//.exec(href)?.[1] ?? '';
    await expect(page.locator('.page-head .meta')).toContainText(
      `${String(ids.length)} event${ids.length === 1 ? '' : 's'} that began in ${year}, in date order.`,
    );
    for (const id of ids) {
      expect(eventById(id).start.slice(0, 4), `${id} is on the page of the year it began`).toBe(
        /\/years\/(\d{4})\//.exec(href)?.[1],
      );
    }
    listed.push(...ids);
    // Each page links to the years before and after it.
    const prev = years[index - 1];
    const next = years[index + 1];
    if (prev === undefined) await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    else await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', prev);
    if (next === undefined) await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    else await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', next);
  }
  expect(listed, 'every event once, in date order').toEqual(DATE_ORDER);
});

test('the timeline controls stay hidden without JavaScript', async ({ page, site }) => {
  await page.goto(site.url());
  await expect(eventList(page)).toBeVisible();
  for (const name of ['Zoom in', 'Zoom out', 'Show all']) {
    await expect(page.getByRole('button', { name })).toBeHidden();
  }
});

test('every link on the home page works without JavaScript', async ({ page, site, request }) => {
  await page.goto(site.url());
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  // At least one link per event (its page).
  expect(hrefs.length).toBeGreaterThanOrEqual(EVENTS.length);
  const checker = new LinkChecker(request, site);
  const problems: string[] = [];
  for (const href of new Set(hrefs)) problems.push(...(await checker.problems(href, 'home page')));
  expect(problems).toEqual([]);
});
