/**
 * With JavaScript disabled, the home page is a complete list of every event in
 * date order, and every link on it works.
 */
import { EVENTS, SOURCES, dayNumber, sourceCountOf } from './helpers/content.ts';
import { LinkChecker } from './helpers/links.ts';
import { eventList, listItems, listOrder } from './helpers/timeline.ts';
import { fold, markdownText, sourceCount } from './helpers/text.ts';
import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('content holds events to test against', () => {
  expect(EVENTS.length, 'content/events/*.md').toBeGreaterThan(0);
  expect(SOURCES.length, 'content/sources/*.md').toBeGreaterThan(0);
});

test('the list holds every event once, in date order, with its date, title, summary and source count', async ({
  page,
  site,
}) => {
  const response = await page.goto(site.url());
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(eventList(page)).toBeVisible();

  const order = await listOrder(page);
  expect([...order].sort(), 'list item ids = content/events ids').toEqual(
    EVENTS.map((event) => event.id).sort(),
  );

  // Date order: by start day, never going back.
  const starts = await listItems(page).evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-start') ?? ''),
  );
  for (let index = 1; index < starts.length; index += 1) {
    expect(
      dayNumber(starts[index] ?? ''),
      `item ${String(index + 1)} (${order[index] ?? ''}) starts no earlier than the one before`,
    ).toBeGreaterThanOrEqual(dayNumber(starts[index - 1] ?? ''));
  }

  for (const event of EVENTS) {
    const item = page.locator(`li[id="${event.id}"]`);
    await expect(item).toHaveAttribute('data-start', event.start);
    await expect(item).toHaveAttribute('data-end', event.end);
    await expect(item).toHaveAttribute('data-precision', event.precision);
    await expect(item).toHaveAttribute('data-group', event.group);
    await expect(item.locator('time').first()).toHaveText(event.label);
    const link = item.getByRole('link', { name: event.title, exact: true });
    await expect(link).toHaveAttribute('href', site.eventPath(event.id));
    const text = fold((await item.textContent()) ?? '');
    expect(text, `${event.id}: summary`).toContain(fold(markdownText(event.summary)));
    expect(text, `${event.id}: source count`).toMatch(
      new RegExp(`(^|\\D)${sourceCount(sourceCountOf(event))}\\b`),
    );
  }
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
