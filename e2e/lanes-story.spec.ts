/**
 * Another story, with lanes of its own (e2e/fixtures/lanes-story/seeds/): the
 * same code builds it, and the legend and the timeline draw its lanes, in the
 * order lanes.yaml gives, with the palette's colours where it names none.
 */
import { waitForTimeline } from './helpers/timeline.ts';
import { expect, test } from './fixtures.ts';

const LANES = [
  { id: 'council', label: 'Town council', colour: '#0072b2' },
  // No colour in lanes.yaml: the next unused Okabe–Ito colours.
  { id: 'harbour-trust', label: 'Harbour trust', colour: '#d55e00' },
  { id: 'divers', label: 'Divers', colour: '#009e73' },
];

test.use({ colorScheme: 'light' });

test('the legend and the timeline draw the story’s own lanes, in order, in their colours', async ({
  page,
  site,
}) => {
  await page.goto(site.url());
  const legend = page.locator('timeline-view .legend-list > li');
  await expect(legend).toHaveText(LANES.map((lane) => lane.label));
  for (const lane of LANES) {
    const swatch = await page
      .locator(`.legend-list [data-lane="${lane.id}"]`)
      .evaluate((item) => getComputedStyle(item).getPropertyValue('--lane').trim());
    expect(swatch.toLowerCase(), `${lane.id}: --lane`).toBe(lane.colour);
  }

  await waitForTimeline(page);
  // One drawn lane per lane, top to bottom, labelled.
  await expect(page.locator('timeline-view .vis-labelset .vis-label')).toHaveText(
    LANES.map((lane) => lane.label),
  );
  // Each event in its lane, drawn in the lane's colour.
  const drawn = await page
    .locator('timeline-view .vis-item:has([data-event])')
    .evaluateAll((items) =>
      items.map((item) => ({
        id: item.querySelector('[data-event]')?.getAttribute('data-event') ?? '',
        lane: [...item.classList].find((name) => name.startsWith('lane-'))?.slice(5) ?? '',
        colour: getComputedStyle(item).getPropertyValue('--lane').trim().toLowerCase(),
      })),
    );
  expect(drawn.map(({ id, lane }) => [id, lane]).sort()).toEqual([
    ['council-votes-to-close-pier', 'council'],
    ['divers-survey-wreck', 'divers'],
    ['trust-files-appeal', 'harbour-trust'],
  ]);
  for (const item of drawn) {
    const lane = LANES.find((candidate) => candidate.id === item.lane);
    expect(item.colour, `${item.id} in its lane's colour`).toBe(lane?.colour);
  }
});

test('the story’s own events, years and lanes on its pages', async ({ page, site }) => {
  await page.goto(site.url('years/2021/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events of 2021');
  await expect(page.locator('.event-list > li')).toHaveCount(3);
  await page.goto(site.url('events/trust-files-appeal/'));
  await expect(page.locator('.kicker .lane-tag')).toHaveText('Harbour trust');
});
