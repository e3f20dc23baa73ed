/**
 * The interactive timeline on the home page (JavaScript on): every event is
 * drawn and listed, zooming changes the window, `?event=` selects and shows an
 * event, the keyboard drives it with a live region announcing the selection,
 * and back/forward restore the view.
 */
import type { Page } from '@playwright/test';
import { DATE_ORDER, EVENTS, HOME_LIST, dayNumber, eventById } from './helpers/content.ts';
import { markdownText } from './helpers/text.ts';
import {
  DEFAULT_WINDOW,
  axisFingerprint,
  currentListItem,
  detailLink,
  expectDetailShows,
  itemVisibility,
  listOrder,
  liveRegion,
  renderedItemIds,
  spanDays,
  timelineSurface,
  urlEvent,
  urlWindow,
  waitForTimeline,
  type UrlWindow,
} from './helpers/timeline.ts';
import { expect, test, type Site } from './fixtures.ts';

const ALL_IDS = EVENTS.map((event) => event.id).sort();

/** '' when two axis fingerprints agree (same labels, positions within 2 px), else how they differ. */
function axisDifference(a: readonly string[], b: readonly string[]): string {
  const parse = (entry: string): [string, number] => {
    const at = entry.lastIndexOf('@');
    return [entry.slice(0, at), Number(entry.slice(at + 1))];
  };
  if (a.length === 0) return 'no axis labels drawn';
  if (a.length !== b.length) return `${a.join(' ')}  ≠  ${b.join(' ')}`;
  for (let index = 0; index < a.length; index += 1) {
    const [textA, leftA] = parse(a[index] ?? '');
    const [textB, leftB] = parse(b[index] ?? '');
    if (textA !== textB || Math.abs(leftA - leftB) > 2) return `${a.join(' ')}  ≠  ${b.join(' ')}`;
  }
  return '';
}

/**
 * Asserts that `page` shows the same window as a fresh load of `url` does: the
 * view a copied link gives the next reader. Without `url`, the page's own
 * current URL (re-read while waiting): the URL is the state.
 */
async function expectSameViewAsFreshLoad(
  page: Page,
  url?: string,
): Promise<{ url: string; view: string[] }> {
  const fresh = await page.context().newPage();
  let loaded = '';
  try {
    await expect
      .poll(
        async () => {
          const target = url ?? page.url();
          if (target !== loaded) {
            await fresh.goto(target);
            await waitForTimeline(fresh);
            loaded = target;
          }
          return axisDifference(await axisFingerprint(page), await axisFingerprint(fresh));
        },
        { message: `the view matches a fresh load of ${url ?? 'its URL'}` },
      )
      .toBe('');
    return { url: loaded, view: await axisFingerprint(fresh) };
  } finally {
    await fresh.close();
  }
}

async function expectSelected(page: Page, site: Site, id: string | null): Promise<void> {
  await expect.poll(() => urlEvent(page), { message: 'event in the URL' }).toBe(id);
  if (id === null) {
    await expect(currentListItem(page)).toHaveCount(0);
    await expect(timelineSurface(page)).toBeAttached();
    return;
  }
  const event = eventById(id);
  // The list on the page shows the opening window's events: the selected one
  // is highlighted there when it is listed, and nothing else is.
  if (HOME_LIST.includes(id)) await expect(currentListItem(page)).toHaveAttribute('id', id);
  else await expect(currentListItem(page)).toHaveCount(0);
  await expectDetailShows(page, event, site.eventPath(id), markdownText(event.summary));
}

/** Waits until the event's item is drawn inside the visible part of the timeline. */
async function expectInView(
  page: Page,
  id: string,
  options: { soft?: boolean } = {},
): Promise<void> {
  await expect
    .configure({ soft: options.soft ?? false })
    .poll(() => itemVisibility(page, id), { message: `${id} is drawn in the visible window` })
    .toEqual({ rendered: true, insideHorizontally: true, insideVertically: true });
}

async function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => window.history.length);
}

async function windowAfter(page: Page, previous: UrlWindow | null): Promise<UrlWindow> {
  await expect
    .poll(() => urlWindow(page), { message: 'the URL names a new window' })
    .not.toEqual(previous);
  const window = urlWindow(page);
  if (window === null) throw new Error('the URL names no window');
  return window;
}

test('every event appears on the timeline; the list holds the opening window’s', async ({
  page,
  site,
}) => {
  await page.goto(site.url());
  await waitForTimeline(page);
  expect(await listOrder(page), 'the list').toEqual(HOME_LIST);

  await page.getByRole('button', { name: 'Show all' }).click();
  await expect
    .poll(async () => [...new Set(await renderedItemIds(page))].sort(), {
      message: 'after "Show all", vis-timeline draws every event',
    })
    .toEqual(ALL_IDS);
  for (const id of ALL_IDS) {
    const seen = await itemVisibility(page, id);
    expect(seen.rendered && seen.insideHorizontally, `${id} is drawn inside the timeline`).toBe(
      true,
    );
  }
  // "Show all" is a window that covers every event.
  const window = await windowAfter(page, null);
  const firstDay = Math.min(...EVENTS.map((event) => dayNumber(event.start)));
  const lastDay = Math.max(...EVENTS.map((event) => dayNumber(event.end)));
  expect(dayNumber(window.from)).toBeLessThanOrEqual(firstDay);
  expect(dayNumber(window.to)).toBeGreaterThanOrEqual(lastDay);
});

test('opens on the default window; zoom in and out change it', async ({ page, site }) => {
  await page.goto(site.url());
  await waitForTimeline(page);
  expect(urlWindow(page), 'a plain visit keeps a clean URL').toBeNull();
  const { view: defaultView } = await expectSameViewAsFreshLoad(
    page,
    site.url(`?from=${DEFAULT_WINDOW.from}&to=${DEFAULT_WINDOW.to}`),
  );
  const entries = await historyLength(page);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomedIn = await windowAfter(page, null);
  expect(spanDays(zoomedIn)).toBeLessThan(spanDays(DEFAULT_WINDOW));
  // Zooming keeps the middle of the window in view.
  expect(zoomedIn.from >= DEFAULT_WINDOW.from && zoomedIn.to <= DEFAULT_WINDOW.to).toBe(true);
  const { view: zoomedInView } = await expectSameViewAsFreshLoad(page);
  expect(axisDifference(zoomedInView, defaultView), 'the drawing changed').not.toBe('');

  await page.getByRole('button', { name: 'Zoom out' }).click();
  const zoomedOut = await windowAfter(page, zoomedIn);
  expect(spanDays(zoomedOut)).toBeGreaterThan(spanDays(zoomedIn));
  await page.getByRole('button', { name: 'Zoom out' }).click();
  const zoomedOutAgain = await windowAfter(page, zoomedOut);
  expect(spanDays(zoomedOutAgain)).toBeGreaterThan(spanDays(zoomedOut));
  expect(spanDays(zoomedOutAgain)).toBeGreaterThan(spanDays(DEFAULT_WINDOW));
  const { view: zoomedOutView } = await expectSameViewAsFreshLoad(page);
  expect(axisDifference(zoomedOutView, zoomedInView), 'the drawing changed').not.toBe('');

  expect(await historyLength(page), 'zooming replaces the history entry').toBe(entries);
});

test('a zoom is drawn once: the timeline stays still after it', async ({ page, site }) => {
  await page.goto(site.url());
  await waitForTimeline(page);
  let previous: UrlWindow | null = null;
  for (const how of ['Zoom in', 'Zoom out', 'Zoom out']) {
    await page.getByRole('button', { name: how }).click();
    previous = await windowAfter(page, previous);
    // The zoom's drawing is done two frames after the URL names the window;
    // vis-timeline's own resize poll used to redraw everything again up to a
    // second later, whenever the rows had changed the timeline's height.
    const lateChanges = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const root = document.querySelector('timeline-view .vis-timeline');
          if (root === null) {
            resolve(['no .vis-timeline']);
            return;
          }
          const changes: string[] = [];
          const observer = new MutationObserver((records) => {
            for (const record of records) {
              const target = record.target instanceof Element ? record.target : null;
              changes.push(`${target?.className ?? '#text'} ${record.type}`);
            }
          });
          requestAnimationFrame(() => {
            requestAnimationFrame(() => {
              observer.observe(root, {
                subtree: true,
                childList: true,
                attributes: true,
                characterData: true,
              });
              setTimeout(() => {
                observer.disconnect();
                resolve(changes);
              }, 1_500);
            });
          });
        }),
    );
    expect(lateChanges, `changes to the timeline after “${how}” was drawn`).toEqual([]);
  }
});

/**
 * Events a deep link can go wrong for: the first and last by date, and the
 * first of each precision and each lane (a fixed few, however many events
 * there are; the scale fixture covers events outside the opening period).
 */
const DEEP_LINK_SAMPLE: readonly string[] = [
  ...new Set([
    DATE_ORDER[0],
    DATE_ORDER.at(-1),
    ...Map.groupBy(EVENTS, (event) => event.precision)
      .values()
      .map((group) => group[0]?.id),
    ...Map.groupBy(EVENTS, (event) => event.group)
      .values()
      .map((group) => group[0]?.id),
  ]),
].filter((id) => id !== undefined);

test('?event=<id> selects the event and shows it on the timeline', async ({ page, site }) => {
  test.setTimeout(30_000 + DEEP_LINK_SAMPLE.length * 10_000);
  expect(DEEP_LINK_SAMPLE.length, 'the first and last events, at least').toBeGreaterThanOrEqual(2);
  for (const event of DEEP_LINK_SAMPLE.map(eventById)) {
    await page.goto(site.url(`?event=${event.id}`));
    await waitForTimeline(page);
    await expectSelected(page, site, event.id);
    await expectInView(page, event.id);
  }
});

test('unknown ids and values in the URL are ignored', async ({ page, site }) => {
  await page.goto(site.url('?event=no-such-event&from=not-a-date&to=2019-13-45&group=nope'));
  await waitForTimeline(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(currentListItem(page)).toHaveCount(0);
  expect(await listOrder(page)).toEqual(HOME_LIST);
  await expectSameViewAsFreshLoad(page, site.url());
});

test('keyboard: one tab stop; arrows, Home/End, Escape, +/-, Shift+arrows and Enter; the live region announces', async ({
  page,
  site,
}) => {
  expect(EVENTS.length, 'keyboard navigation needs two events').toBeGreaterThanOrEqual(2);
  await page.goto(site.url());
  await waitForTimeline(page);
  const order = DATE_ORDER;
  const surface = timelineSurface(page);
  await expect(surface).toHaveCount(1);
  await expect(surface).toHaveAttribute('aria-label', /\S/);
  await expect(liveRegion(page)).toHaveAttribute('role', 'status');

  // Tab reaches the timeline, and the next Tab leaves it: one tab stop.
  const focusState = (): Promise<'surface' | 'inside' | 'outside'> =>
    page.evaluate(() => {
      const target = document.querySelector('timeline-view [tabindex="0"]');
      const active = document.activeElement;
      if (target === null || active === null) return 'outside';
      if (active === target) return 'surface';
      return target.contains(active) ? 'inside' : 'outside';
    });
  let presses = 0;
  while ((await focusState()) !== 'surface') {
    await page.keyboard.press('Tab');
    presses += 1;
    expect(await focusState(), 'Tab never stops inside the drawing').not.toBe('inside');
    expect(presses, 'Tab reaches the timeline').toBeLessThan(100);
  }
  await page.keyboard.press('Tab');
  expect(await focusState(), 'the next Tab leaves the timeline').toBe('outside');
  await page.keyboard.press('Shift+Tab');
  expect(await focusState(), 'Shift+Tab comes back').toBe('surface');

  const expectAnnounced = async (id: string): Promise<void> => {
    const event = eventById(id);
    await expect(liveRegion(page)).toHaveText(`${event.label}: ${event.title}`);
    await expectSelected(page, site, id);
    // Soft, so one event left out of view still lets the other keys be checked.
    await expectInView(page, id, { soft: true });
  };
  const first = order[0] ?? '';
  const second = order[1] ?? '';
  const last = order[order.length - 1] ?? '';
  const beforeLast = order[order.length - 2] ?? '';

  await page.keyboard.press('Home');
  await expectAnnounced(first);
  await page.keyboard.press('ArrowRight');
  await expectAnnounced(second);
  await page.keyboard.press('ArrowLeft');
  await expectAnnounced(first);
  await page.keyboard.press('End');
  await expectAnnounced(last);
  await page.keyboard.press('ArrowLeft');
  await expectAnnounced(beforeLast);
  await page.keyboard.press('Escape');
  await expectSelected(page, site, null);
  await expect(detailLink(page, site.eventPath(beforeLast))).toHaveCount(0);

  // +/- zoom, Shift+arrows pan; all of it stays one history entry.
  const entries = await historyLength(page);
  const start = urlWindow(page);
  await page.keyboard.press('+');
  const zoomedIn = await windowAfter(page, start);
  expect(spanDays(zoomedIn)).toBeLessThan(spanDays(start ?? DEFAULT_WINDOW));
  await page.keyboard.press('-');
  const zoomedOut = await windowAfter(page, zoomedIn);
  expect(spanDays(zoomedOut)).toBeGreaterThan(spanDays(zoomedIn));
  await page.keyboard.press('Shift+ArrowRight');
  const right = await windowAfter(page, zoomedOut);
  expect(dayNumber(right.from)).toBeGreaterThan(dayNumber(zoomedOut.from));
  expect(dayNumber(right.to)).toBeGreaterThan(dayNumber(zoomedOut.to));
  expect(Math.abs(spanDays(right) - spanDays(zoomedOut))).toBeLessThanOrEqual(2);
  await page.keyboard.press('Shift+ArrowLeft');
  const left = await windowAfter(page, right);
  expect(dayNumber(left.from)).toBeLessThan(dayNumber(right.from));
  expect(dayNumber(left.to)).toBeLessThan(dayNumber(right.to));
  expect(await historyLength(page)).toBe(entries);
  await expect(surface).toBeFocused();

  // Enter opens the selected event's page.
  await page.keyboard.press('Home');
  await expectAnnounced(first);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(site.url(`events/${first}/`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(eventById(first).title);
});

test('back and forward restore the selection and the window', async ({ page, site }) => {
  expect(EVENTS.length, 'needs two events').toBeGreaterThanOrEqual(2);
  await page.goto(site.url());
  await waitForTimeline(page);
  const [first = '', second = ''] = DATE_ORDER;
  // Entry 0: a settled view (after a zoom, the URL names the window).
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await windowAfter(page, null);
  const start = await expectSameViewAsFreshLoad(page);

  // Entry 1: the first event. Entry 2: the second, then zoomed in (same entry).
  await timelineSurface(page).focus();
  await page.keyboard.press('Home');
  await expectSelected(page, site, first);
  await expectInView(page, first);
  const one = await expectSameViewAsFreshLoad(page);
  await page.keyboard.press('ArrowRight');
  await expectSelected(page, site, second);
  await expectInView(page, second);
  const beforeZoom = await expectSameViewAsFreshLoad(page);
  // Read before the click: the zoom may reach the URL before the click resolves.
  const windowBeforeZoom = urlWindow(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await windowAfter(page, windowBeforeZoom);
  const two = await expectSameViewAsFreshLoad(page);
  expect(axisDifference(two.view, beforeZoom.view), 'zoom changed the view').not.toBe('');
  expect(axisDifference(two.view, one.view), 'entries 1 and 2 show different windows').not.toBe('');
  expect(axisDifference(one.view, start.view), 'entries 0 and 1 show different windows').not.toBe(
    '',
  );

  await page.goBack();
  await expectSelected(page, site, first);
  await expect(page).toHaveURL(one.url);
  await expectSameViewAsFreshLoad(page, one.url);

  await page.goBack();
  await expectSelected(page, site, null);
  await expect(page).toHaveURL(start.url);
  await expectSameViewAsFreshLoad(page, start.url);

  await page.goForward();
  await expectSelected(page, site, first);
  await expect(page).toHaveURL(one.url);
  await expectSameViewAsFreshLoad(page, one.url);

  await page.goForward();
  await expectSelected(page, site, second);
  await expect(page).toHaveURL(two.url);
  await expectSameViewAsFreshLoad(page, two.url);
});

test('quick key presses end with the selected event in view and in the URL', async ({
  page,
  site,
}) => {
  expect(EVENTS.length, 'needs three events').toBeGreaterThanOrEqual(3);
  await page.goto(site.url());
  await waitForTimeline(page);
  const order = DATE_ORDER;
  const third = order[2] ?? '';
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await windowAfter(page, null);
  await timelineSurface(page).focus();
  // As fast as a reader tapping or holding an arrow key.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSelected(page, site, third);
  await expectInView(page, third);
  // The URL's window is the one on screen.
  await expectSameViewAsFreshLoad(page);
});
