/**
 * Locators and readings for the home page: the `<timeline-view>` island, its
 * live region and detail panel, and the list of every event.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { dayNumber, type TimelineEvent } from './content.ts';
import { fold } from './text.ts';

/** The window the timeline shows when the URL names none (the contract's default). */
export { DEFAULT_WINDOW } from '../../src/shared/site.ts';

function timelineView(page: Page): Locator {
  return page.locator('timeline-view');
}

/** The timeline's single tab stop: `tabindex="0"` inside `<timeline-view>`. */
export function timelineSurface(page: Page): Locator {
  return page.locator('timeline-view [tabindex="0"]');
}

export function liveRegion(page: Page): Locator {
  return page.locator('#timeline-status');
}

/** The home page's `<ol>` of the opening window's events, or a year page's list. */
export function eventList(page: Page): Locator {
  const name = /^events of (the opening window|\d{4}),? in date order$/i;
  return page
    .getByRole('list', { name })
    .or(page.getByRole('heading', { name }).locator('xpath=following::ol[1]'));
}

export function listItems(page: Page): Locator {
  return eventList(page).locator(':scope > li');
}

/** The ids of the list items, in document order. */
export async function listOrder(page: Page): Promise<string[]> {
  return listItems(page).evaluateAll((items) => items.map((item) => item.id));
}

/** The ids of every event vis-timeline has drawn right now. */
export async function renderedItemIds(page: Page): Promise<string[]> {
  return page
    .locator('timeline-view .vis-item')
    .evaluateAll((items) =>
      items
        .map(
          (item) =>
            item.getAttribute('data-event') ??
            item.querySelector('[data-event]')?.getAttribute('data-event') ??
            '',
        )
        .filter((id) => id !== ''),
    );
}

/** Waits until the island has upgraded and vis-timeline has drawn its axis and items. */
export async function waitForTimeline(page: Page): Promise<void> {
  // vis-timeline loads when a reader reaches for the timeline (or at once for
  // a URL that names a view): point at it, as a reader would.
  await page.locator('timeline-view .timeline-frame').hover();
  await expect(page.locator('timeline-view')).toHaveAttribute('data-upgraded', '', {
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible({ timeout: 30_000 });
  await expect(
    page.locator('timeline-view .vis-time-axis .vis-text:not(.vis-measure)').first(),
  ).toBeVisible({ timeout: 30_000 });
}

/**
 * The detail panel: the part of `<timeline-view>` that holds a link to the
 * selected event's page and is neither the list of all events nor a drawn item.
 */
export function detailLink(page: Page, eventPath: string): Locator {
  return timelineView(page)
    .locator(`a[href="${eventPath}"]`)
    .filter({ visible: true })
    .and(page.locator('a:not(ol a):not(.vis-item a)'));
}

/** Asserts the detail panel shows the event: a link to its page, its date label, title and summary. */
export async function expectDetailShows(
  page: Page,
  event: TimelineEvent,
  eventPath: string,
  summaryText: string,
): Promise<void> {
  const link = detailLink(page, eventPath);
  await expect(link).toHaveCount(1);
  // The panel: the largest ancestor of the link below <timeline-view> that holds
  // neither the list of all events nor the timeline drawing.
  const panelText = await link.evaluate((anchor) => {
    let panel: Element = anchor;
    for (
      let node = anchor.parentElement;
      node !== null && node.localName !== 'timeline-view';
      node = node.parentElement
    ) {
      if (node.querySelector('ol, .vis-timeline') !== null) break;
      panel = node;
    }
    return panel.textContent;
  });
  const folded = fold(panelText);
  expect(folded, 'detail panel: title').toContain(fold(event.title));
  expect(folded, 'detail panel: date label').toContain(fold(event.label));
  expect(folded, 'detail panel: summary').toContain(fold(summaryText).slice(0, 80));
}

/** The list item marked as the current selection, if any. */
export function currentListItem(page: Page): Locator {
  return eventList(page).locator(':scope > li[aria-current="true"]');
}

export interface UrlWindow {
  from: string;
  to: string;
}

/** `from`/`to` from the page URL, or null while the URL names no window. */
export function urlWindow(page: Page): UrlWindow | null {
  const params = new URL(page.url()).searchParams;
  const from = params.get('from');
  const to = params.get('to');
  return from === null || to === null ? null : { from, to };
}

export function urlEvent(page: Page): string | null {
  return new URL(page.url()).searchParams.get('event');
}

/** Days a window spans (inclusive). */
export function spanDays(window: UrlWindow): number {
  return dayNumber(window.to) - dayNumber(window.from) + 1;
}

/**
 * What the timeline draws, independent of the URL: the text and horizontal
 * position of every time-axis label. Two views show the same window exactly
 * when these agree.
 */
export async function axisFingerprint(page: Page): Promise<string[]> {
  return page
    .locator('timeline-view .vis-time-axis.vis-foreground .vis-text:not(.vis-measure)')
    .evaluateAll((labels) => {
      const panel = labels[0]?.closest('.vis-timeline')?.getBoundingClientRect();
      return labels
        .filter((label) => {
          const box = label.getBoundingClientRect();
          return box.width > 0 && getComputedStyle(label).visibility !== 'hidden';
        })
        .map((label) => {
          const left = Math.round(label.getBoundingClientRect().left - (panel?.left ?? 0));
          return { text: label.textContent.trim(), left };
        })
        .sort((x, y) => x.left - y.left || x.text.localeCompare(y.text))
        .map(({ text, left }) => `${text}@${String(left)}`);
    });
}

/** Box of an element's drawn timeline item against the visible centre panel. */
export async function itemVisibility(
  page: Page,
  id: string,
): Promise<{ rendered: boolean; insideHorizontally: boolean; insideVertically: boolean }> {
  return page.evaluate((eventId) => {
    const marked = document.querySelector(
      `timeline-view .vis-item[data-event="${eventId}"], timeline-view .vis-item [data-event="${eventId}"]`,
    );
    const item = marked?.closest('.vis-item');
    const panel = item?.closest('.vis-timeline')?.querySelector('.vis-panel.vis-center');
    if (item === null || item === undefined || panel === null || panel === undefined) {
      return { rendered: false, insideHorizontally: false, insideVertically: false };
    }
    const box = item.getBoundingClientRect();
    const view = panel.getBoundingClientRect();
    return {
      rendered: box.width > 0 && box.height > 0,
      insideHorizontally: box.right > view.left && box.left < view.right,
      insideVertically: box.bottom > view.top && box.top < view.bottom,
    };
  }, id);
}
