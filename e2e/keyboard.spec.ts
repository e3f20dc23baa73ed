/**
 * A keyboard-only walk: from the top of `/`, Tab to the timeline, arrow
 * through events, Enter into one, Tab to "Archived copy, at this passage",
 * Enter to the passage on the source page, and back with the browser's Back.
 * At every step the focused element shows a focus indicator (an outline or
 * a box-shadow) and is on screen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface Focused {
  /** `<tag class>` and its text, to name it in a failure. */
  name: string;
  visibleIndicator: boolean;
  inViewport: boolean;
  /** The element's href, for links. */
  href: string | null;
  text: string;
  isTimeline: boolean;
}

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    const inViewport =
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth;
    const text = element.textContent.replace(/\s+/g, ' ').trim();
    return {
      name: `<${element.localName} class="${element.className}"> "${text.slice(0, 50)}"`,
      visibleIndicator: outline || shadow,
      inViewport,
      href: element instanceof HTMLAnchorElement ? element.href : null,
      text,
      isTimeline:
        element.closest('timeline-view') !== null && element.getAttribute('tabindex') === '0',
    };
  });
}

/**
 * Asserts the focus is visible, and returns what has it. Polls: moving the
 * focus may scroll the page smoothly first.
 */
async function expectVisibleFocus(page: Page, step: string): Promise<Focused> {
  const seen: { current: Focused | null } = { current: null };
  await expect
    .poll(
      async () => {
        const current = await focused(page);
        seen.current = current;
        return current === null
          ? 'nothing has focus'
          : [
              current.visibleIndicator ? '' : `${current.name} shows no focus indicator`,
              current.inViewport ? '' : `${current.name} is off screen`,
            ]
              .filter(Boolean)
              .join('; ');
      },
      { message: step },
    )
    .toBe('');
  if (seen.current === null) throw new Error('no focus');
  return seen.current;
}

/** Tabs forward, checking each stop, until `done` says this is the one. */
async function tabUntil(
  page: Page,
  what: string,
  done: (stop: Focused) => boolean,
  limit = 60,
): Promise<Focused> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    const stop = await expectVisibleFocus(page, `Tab ${String(presses)} towards ${what}`);
    if (done(stop)) return stop;
  }
  throw new Error(`${what} not reached in ${String(limit)} Tab presses`);
}

function selectedEvent(page: Page): string | null {
  return new URL(page.url()).searchParams.get('event');
}

test('keyboard only: timeline, events, an event page, a source passage, and back', async ({
  page,
  site,
}) => {
  test.setTimeout(120_000);
  await page.goto(site.url());
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible({ timeout: 30_000 });

  // The first stop is the skip link, shown when focused.
  const first = await tabUntil(page, 'the first stop', () => true, 1);
  expect(first.text).toMatch(/skip/i);
  await tabUntil(page, 'the timeline', (stop) => stop.isTimeline);

  // Arrow keys move the selection; the timeline keeps the focus, visibly.
  await page.keyboard.press('Home');
  await expect.poll(() => selectedEvent(page), { message: 'Home selects an event' }).not.toBeNull();
  const visited = [selectedEvent(page)];
  for (let step = 1; step <= 3; step += 1) {
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => selectedEvent(page), { message: `→ ${String(step)} selects the next event` })
      .not.toBe(visited.at(-1));
    visited.push(selectedEvent(page));
    expect((await expectVisibleFocus(page, `→ ${String(step)}`)).isTimeline).toBe(true);
  }
  const id = visited.at(-1);
  if (id === null || id === undefined) throw new Error('no event selected');

  // Enter opens the selected event.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(site.url(`events/${id}/`));

  // Tab to the first "Archived copy" link and follow it to the passage.
  const archived = await tabUntil(page, 'an archived copy link', (stop) =>
    /archived copy/i.test(stop.text),
  );
  const target = new URL(archived.href ?? '');
  expect(target.hash, 'the link goes to the passage').toMatch(/^#.+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target.href);
  const passage = page.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`);
  await expect(passage, 'the passage is on screen').toBeInViewport();
  // Tab goes on from the passage, not from the top of the page.
  const next = await tabUntil(page, 'the stop after the passage', () => true, 1);
  expect(next.isTimeline).toBe(false);

  // Back: the event page, then the timeline with the event still selected.
  await page.goBack();
  await expect(page).toHaveURL(site.url(`events/${id}/`));
  await tabUntil(page, 'a stop on the event page', () => true, 1);
  await page.goBack();
  await expect.poll(() => selectedEvent(page)).toBe(id);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible({ timeout: 30_000 });
  await tabUntil(page, 'the timeline again', (stop) => stop.isTimeline);
});
