/**
 * An event page (JavaScript off: it is a static page) shows its title, date,
 * how the date was worked out, summary, every source with its quote and links
 * to the archived copy at the quote and to the original, tags, previous/next
 * and "Show on timeline"; and every link on it resolves. With JavaScript on,
 * "Copy link" copies the page's address.
 *
 * In a browser for a few telling events (the most quoted one, one with an
 * editorial date); built-pages.spec.ts checks every event's page from its HTML.
 */
import type { Locator, Page } from '@playwright/test';
import { format, parseISO } from 'date-fns';
import { EVENTS, type TimelineEvent } from './helpers/content.ts';
import { pageLinkProblems } from './helpers/links.ts';
import { fold, markdownText } from './helpers/text.ts';
import { expect, test, type Site } from './fixtures.ts';

/** The ids of the home page's list, in its (date) order, read from the static HTML. */
async function siteOrder(page: Page, site: Site): Promise<string[]> {
  const response = await page.request.get(site.url());
  const html = await response.text();
  const ids: string[] = [];
  for (const match of html.matchAll(/<li\b[^>]*>/g)) {
    const tag = match[0];
    if (!/\sdata-start=/.test(tag)) continue;
    const id = /\sid="([^"]+)"/.exec(tag)?.[1];
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/** The `<section>` whose heading has this name. */
function sectionHeaded(page: Page, name: string): Locator {
  return page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name, exact: true }) })
    .last();
}

async function foldedText(locator: Locator): Promise<string> {
  return fold((await locator.textContent()) ?? '');
}

/** A calendar date as a reader might see it: 2019-02-26, 26 February 2019, 26 Feb 2019, February 26, 2019. */
function dateForms(day: string): string[] {
  const date = parseISO(day);
  return [day, ...['d MMMM yyyy', 'd MMM yyyy', 'MMMM d, yyyy'].map((form) => format(date, form))];
}

/** The most quoted event, and the first with an editorial date (if another). */
const SAMPLE: TimelineEvent[] = [
  ...new Set(
    [
      [...EVENTS].sort((a, b) => b.evidence.length - a.evidence.length)[0],
      EVENTS.find((event) => event.editorial !== null),
    ].filter((event) => event !== undefined),
  ),
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const event of SAMPLE) {
    test(`event page ${event.id}`, async ({ page, site, request }) => {
      const response = await page.goto(site.url(`events/${event.id}/`));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
      const main = page.getByRole('main');
      const mainText = await foldedText(main);
      expect(mainText, 'date label').toContain(fold(event.label));
      expect(mainText, 'summary').toContain(fold(markdownText(event.summary)));

      // How the date was worked out: one row per step (phrase, article date, interval).
      const derivation = sectionHeaded(page, 'How the date was worked out');
      await expect(derivation).toBeVisible();
      const rows = derivation.locator('table tbody tr');
      await expect(rows).toHaveCount(event.evidence.length);
      for (const [index, evidence] of event.evidence.entries()) {
        const rowText = await foldedText(rows.nth(index));
        const where = `derivation row ${String(index + 1)}`;
        for (const { phrase } of evidence.reading) {
          expect(rowText, `${where}: phrase`).toContain(fold(phrase));
        }
        expect(rowText, `${where}: interval`).toContain(fold(evidence.gives.label));
        expect(
          dateForms(evidence.reference).some((form) => rowText.includes(form)),
          `${where}: article date ${evidence.reference} in "${rowText}"`,
        ).toBe(true);
        await expect(rows.nth(index).getByRole('link').first()).toHaveAttribute(
          'href',
          `${site.sourcePath(evidence.source.id)}#${evidence.anchor}`,
        );
      }
      const derivationText = await foldedText(derivation);
      expect(derivationText).toMatch(/Together:/);
      expect(derivationText.slice(derivationText.indexOf('Together:')), '"Together: …"').toContain(
        fold(event.implied.label),
      );
      if (event.editorial !== null) {
        const { citation, note } = event.editorial;
        expect(derivationText, 'editorial citation').toContain(fold(citation.publisher));
        await expect(derivation.locator(`a[href="${citation.url}"]`).first()).toBeVisible();
        if (note !== null) expect(derivationText, 'editorial note').toContain(fold(note));
      }

      // Sources: each quote in a blockquote, the archived copy at the quote, the original.
      const sources = sectionHeaded(page, 'Sources');
      await expect(sources).toBeVisible();
      const quotes = await sources
        .locator('blockquote')
        .evaluateAll((blocks) => blocks.map((block) => block.textContent));
      expect(quotes).toHaveLength(event.evidence.length);
      for (const [index, { source, quote, anchor }] of event.evidence.entries()) {
        const n = String(index + 1);
        expect(
          quotes.some((shown) => fold(shown).includes(fold(quote))),
          `quote ${n} "${quote}" is in a blockquote`,
        ).toBe(true);
        await expect(
          sources.locator(`a[href="${site.sourcePath(source.id)}#${anchor}"]`),
          `link to the archived copy at quote ${n}`,
        ).not.toHaveCount(0);
        if (source.url !== null) {
          await expect(
            sources.locator(`a[href="${source.url}"]`),
            `link to the original of quote ${n}`,
          ).not.toHaveCount(0);
        }
      }

      for (const tag of event.tags) expect(mainText, `tag ${tag}`).toContain(tag);

      // Previous / next follow the home page's date order.
      const order = await siteOrder(page, site);
      const position = order.indexOf(event.id);
      expect(position, 'listed on the home page').toBeGreaterThanOrEqual(0);
      const neighbours: [string, string | undefined][] = [
        ['prev', order[position - 1]],
        ['next', order[position + 1]],
      ];
      for (const [rel, neighbour] of neighbours) {
        const link = page.locator(`a[rel~="${rel}"]`);
        if (neighbour === undefined) await expect(link, `no rel=${rel}`).toHaveCount(0);
        else await expect(link).toHaveAttribute('href', site.eventPath(neighbour));
      }

      const showOnTimeline = page.getByRole('link', { name: 'Show on timeline' });
      await expect(showOnTimeline).toHaveAttribute('href', `${site.base}?event=${event.id}`);
      await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();

      expect(
        await pageLinkProblems(page, request, site, `events/${event.id}/`),
        'links on the page',
      ).toEqual([]);
    });
  }
});

test('"Copy link" copies the event page address', async ({ page, context, site }) => {
  const [event] = EVENTS;
  expect(event, 'an event to test').toBeDefined();
  if (event === undefined) return;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await page.goto(site.url(`events/${event.id}/`));
  const button = page.getByRole('button', { name: 'Copy link' });
  await expect(button).toBeVisible();
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  await button.click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(site.url(`events/${event.id}/`));
});
