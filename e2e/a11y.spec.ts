/**
 * Accessibility stays at zero violations: axe (WCAG 2.0, 2.1 and 2.2, A and
 * AA rules) on every page type, each in light and dark and at 375 and 1280
 * px. Where axe cannot judge text contrast (text over the timeline's hatched
 * bars, beside pseudo-element swatches, near overlapping items: its
 * "incomplete" colour-contrast results), the contrast is measured here
 * instead (helpers/contrast.ts), so no text goes unchecked.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { EVENTS, SOURCES, sourceCountOf } from './helpers/content.ts';
import { contrastProblems } from './helpers/contrast.ts';
import { waitForTimeline } from './helpers/timeline.ts';
import { expect, test } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [375, 1280] as const;

const event = EVENTS.find((candidate) => sourceCountOf(candidate) > 1) ?? EVENTS[0];
const source = SOURCES.find((candidate) => candidate.citations.length > 1) ?? SOURCES[0];
if (event === undefined || source === undefined) throw new Error('no event or source to audit');

const PAGE_TYPES: { name: string; path: string; timeline: boolean }[] = [
  { name: 'the timeline', path: '', timeline: true },
  { name: 'the timeline with a selection', path: `?event=${event.id}`, timeline: true },
  { name: 'an event page', path: `events/${event.id}/`, timeline: false },
  { name: 'a source page', path: `sources/${source.id}/`, timeline: false },
  { name: 'the about page', path: 'about/', timeline: false },
  { name: 'a year page', path: `years/${event.start.slice(0, 4)}/`, timeline: false },
  {
    name: 'a year’s sources page',
    path: `about/sources/${source.reference.slice(0, 4)}/`,
    timeline: false,
  },
  { name: 'the 404 page', path: '404.html', timeline: false },
];

/** Axe's violations, and the contrast problems of the text axe left undecided. */
/**
 * The timeline drawn and at rest: its data loaded, and the same items drawn
 * twice in a row, so the nodes axe names are still there when measured.
 */
async function waitForSettledTimeline(page: Page): Promise<void> {
  await waitForTimeline(page);
  await page.waitForLoadState('networkidle');
  let previous = '';
  await expect
    .poll(
      async () => {
        const drawn = await page
          .locator('timeline-view .vis-item [data-event]')
          .evaluateAll((items) =>
            items
              .map(
                (item) =>
                  `${item.getAttribute('data-event') ?? ''}@${String(Math.round(item.getBoundingClientRect().left))}`,
              )
              .join(' '),
          );
        const settled = drawn !== '' && drawn === previous;
        previous = drawn;
        return settled;
      },
      { intervals: [250], message: 'the timeline comes to rest' },
    )
    .toBe(true);
}

async function audit(page: Page): Promise<{ violations: string[]; contrast: string[] }> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const violations = results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'unknown'}): ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`,
    ),
  );
  const undecided = results.incomplete
    .filter((result) => result.id === 'color-contrast')
    .flatMap((result) => result.nodes.map((node) => String(node.target[0])));
  return { violations, contrast: await contrastProblems(page, undecided) };
}

for (const type of PAGE_TYPES) {
  test(`${type.name} has no accessibility violation, light and dark, narrow and wide`, async ({
    page,
    site,
  }) => {
    test.setTimeout(180_000);
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width, height: 800 });
        await page.goto(site.url(type.path));
        if (type.timeline) await waitForSettledTimeline(page);
        const { violations, contrast } = await audit(page);
        const at = `${type.name}, ${scheme}, ${String(width)} px`;
        expect.soft(violations, `axe violations on ${at}`).toEqual([]);
        expect.soft(contrast, `contrast axe left undecided, on ${at}`).toEqual([]);
      }
    }
  });
}
