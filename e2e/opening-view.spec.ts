/**
 * The timeline before any script: the opening window's events are drawn at
 * build time, in their lanes, and vis-timeline takes over without moving
 * them (or anything else on the page).
 */
import type { Page } from '@playwright/test';
import { EVENTS } from './helpers/content.ts';
import { DEFAULT_WINDOW, spanDays, urlWindow, waitForTimeline } from './helpers/timeline.ts';
import { expect, test } from './fixtures.ts';

/** Events whose days overlap the opening window: what the timeline must show first. */
const OPENING = EVENTS.filter(
  (event) => event.start <= DEFAULT_WINDOW.to && event.end >= DEFAULT_WINDOW.from,
)
  .map((event) => event.id)
  .sort();

/** Where each drawn event label is, relative to the timeline's frame (only those in view). */
async function drawnBoxes(page: Page): Promise<Record<string, [number, number, number]>> {
  return page.evaluate(() => {
    const frame = document.querySelector('timeline-view .timeline-frame');
    if (frame === null) return {};
    const outer = frame.getBoundingClientRect();
    const boxes: Record<string, [number, number, number]> = {};
    for (const label of frame.querySelectorAll<HTMLElement>('[data-event]')) {
      const box = label.getBoundingClientRect();
      const id = label.dataset.event ?? '';
      if (!label.checkVisibility({ visibilityProperty: true }) || box.width === 0) continue;
      // In view: inside the area that clips the items (either view's).
      const area = label.closest('.tl-lane-items, .vis-panel.vis-center')?.getBoundingClientRect();
      if (area === undefined || box.right <= area.left || box.left >= area.right) continue;
      boxes[id] = [box.left - outer.left, box.top - outer.top, box.width];
    }
    return boxes;
  });
}

test('content has events in the opening window', () => {
  expect(OPENING.length).toBeGreaterThan(0);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline shows the opening window’s events, each in its lane, each a link', async ({
    page,
    site,
  }) => {
    await page.goto(site.url());
    const boxes = await drawnBoxes(page);
    expect(Object.keys(boxes).sort()).toEqual(OPENING);
    for (const id of OPENING) {
      const label = page.locator(`.tl-static [data-event="${id}"]`);
      await expect(label).toHaveAttribute('href', site.eventPath(id));
      const event = EVENTS.find((candidate) => candidate.id === id);
      const lane = page.locator(`.tl-static .tl-lane:has([data-event="${id}"]) .lane-tag`);
      await expect(lane, `${id}'s lane`).toHaveClass(new RegExp(`lane-${event?.group ?? ''}\\b`));
    }
  });
});

for (const width of [1280, 375]) {
  test(`at ${String(width)} px, vis-timeline takes over with every item where it was`, async ({
    browser,
    site,
  }) => {
    const viewport = { width, height: 900 };
    const off = await browser.newPage({ viewport, javaScriptEnabled: false });
    const on = await browser.newPage({ viewport });
    try {
      await off.goto(site.url());
      const before = await drawnBoxes(off);
      await on.goto(site.url());
      await waitForTimeline(on);
      await expect(on.locator('timeline-view .vis-item [data-event]').first()).toBeVisible();
      const after = await drawnBoxes(on);
      expect(Object.keys(after).sort(), 'the same events in view').toEqual(
        Object.keys(before).sort(),
      );
      const moved = Object.entries(before).filter(([id, [x, y, w]]) => {
        const [x2 = 0, y2 = 0, w2 = 0] = after[id] ?? [];
        return Math.abs(x - x2) > 1.5 || Math.abs(y - y2) > 1.5 || Math.abs(w - w2) > 1.5;
      });
      expect(
        moved.map(([id, box]) => `${id}: ${box.join(',')} → ${(after[id] ?? []).join(',')}`),
        'items that moved (x, y, width in px)',
      ).toEqual([]);
    } finally {
      await off.close();
      await on.close();
    }
  });
}

test('resized to a phone’s width, the timeline is laid out as the phone’s build-time view', async ({
  browser,
  site,
}) => {
  const off = await browser.newPage({
    viewport: { width: 375, height: 900 },
    javaScriptEnabled: false,
  });
  const on = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await off.goto(site.url());
    const phone = await drawnBoxes(off);
    await on.goto(site.url());
    await waitForTimeline(on);
    await on.setViewportSize({ width: 375, height: 900 });
    await expect
      .poll(
        async () => {
          const now = await drawnBoxes(on);
          return Object.entries(phone)
            .filter(([id, [x, y]]) => {
              const [x2 = -99, y2 = -99] = now[id] ?? [];
              return Math.abs(x - x2) > 1.5 || Math.abs(y - y2) > 1.5;
            })
            .map(([id]) => id);
        },
        { message: 'items not where the phone’s build-time view has them' },
      )
      .toEqual([]);
  } finally {
    await off.close();
    await on.close();
  }
});

test('nothing on the page shifts from first paint to the takeover', async ({ page, site }) => {
  await page.addInitScript(() => {
    const record = { shift: 0, listTop: -1 };
    (window as unknown as { __shift: typeof record }).__shift = record;
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) {
        record.shift += (entry as unknown as { value: number }).value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const list = document.getElementById('event-list')?.getBoundingClientRect();
      record.listTop = list === undefined ? -1 : list.top + window.scrollY;
    });
  });
  await page.goto(site.url());
  await waitForTimeline(page);
  await expect(page.locator('timeline-view .vis-item [data-event]').first()).toBeVisible();
  const record = await page.evaluate(
    () => (window as unknown as { __shift: { shift: number; listTop: number } }).__shift,
  );
  const listTop = await page.evaluate(() => {
    const list = document.getElementById('event-list')?.getBoundingClientRect();
    return list === undefined ? -2 : list.top + window.scrollY;
  });
  expect(record.listTop, 'the list where it was at first').toBe(listTop);
  expect(record.shift, 'cumulative layout shift').toBe(0);
});

test('the timeline shows events in every frame of the takeover', async ({ page, site }) => {
  await page.addInitScript(() => {
    // Each animation frame: whether the page was upgraded and whether any
    // event of the timeline (either view's) could be seen.
    const frames: { upgraded: boolean; shown: boolean }[] = [];
    (window as unknown as { __frames: typeof frames }).__frames = frames;
    const check = (): void => {
      const view = document.querySelector('timeline-view');
      if (view !== null) {
        const shown = [...view.querySelectorAll('.timeline-frame [data-event]')].some((label) =>
          label.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
        );
        frames.push({ upgraded: view.hasAttribute('data-upgraded'), shown });
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(site.url());
  await waitForTimeline(page);
  // A second on, in case the view is hidden again after it first shows.
  await page.waitForTimeout(1000);
  const frames = await page.evaluate(
    () => (window as unknown as { __frames: { upgraded: boolean; shown: boolean }[] }).__frames,
  );
  expect(frames.filter((frame) => frame.upgraded).length).toBeGreaterThan(10);
  // From the first frame that shows the page's events (a frame may come
  // before the page is parsed and styled) to the end.
  const first = frames.findIndex((frame) => frame.shown);
  expect(first, 'a frame shows events before the takeover').toBeGreaterThanOrEqual(0);
  expect(frames[first]?.upgraded, 'the first frame that shows events').toBe(false);
  const blank = frames
    .slice(first)
    .flatMap((frame, index) =>
      frame.shown ? [] : [`frame ${String(index)} (${frame.upgraded ? 'after' : 'before'})`],
    );
  expect(blank, 'frames with no event shown').toEqual([]);
});

test('vis-timeline waits until the reader reaches for the timeline', async ({ page, site }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(site.url());
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('/data/'))).toEqual([]);
  await expect(page.locator('timeline-view')).not.toHaveAttribute('data-upgraded');
  await page.locator('timeline-view .timeline-frame').hover();
  await expect(page.locator('timeline-view')).toHaveAttribute('data-upgraded', '', {
    timeout: 30_000,
  });
  expect(requested).toContain(site.path('data/index.json'));
});

test('“Zoom in” pressed before vis-timeline has loaded zooms once it has', async ({
  page,
  site,
}) => {
  await page.goto(site.url());
  // A click with no pointer or focus before it: only the button starts the timeline.
  await page.getByRole('button', { name: 'Zoom in' }).evaluate((button) => {
    (button as HTMLButtonElement).click();
  });
  await expect.poll(() => urlWindow(page), { timeout: 30_000 }).not.toBeNull();
  const zoomed = urlWindow(page) ?? DEFAULT_WINDOW;
  // Half the opening window (whole days), about its middle.
  expect(Math.abs(spanDays(zoomed) - spanDays(DEFAULT_WINDOW) / 2)).toBeLessThanOrEqual(2);
  expect(zoomed.from > DEFAULT_WINDOW.from && zoomed.to < DEFAULT_WINDOW.to).toBe(true);
});
