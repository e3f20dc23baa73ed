/**
 * A source page (JavaScript off) shows the archived article with each cited
 * passage marked: `<mark id="quote-<event>-<n>">` (or, where passages
 * overlap, a `<span id>` anchor inside one mark), linked to its event, and
 * lists the events the article supports.
 *
 * In a browser for the most quoted source; built-pages.spec.ts checks every
 * source page from its HTML.
 */
import { SOURCES } from './helpers/content.ts';
import { pageLinkProblems } from './helpers/links.ts';
import { fold } from './helpers/text.ts';
import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

const SAMPLE = [...SOURCES].sort((a, b) => b.citations.length - a.citations.length).slice(0, 1);

for (const source of SAMPLE) {
  test(`source page ${source.id}`, async ({ page, site, request }) => {
    const response = await page.goto(site.url(`sources/${source.id}/`));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
    const main = page.getByRole('main');
    const mainText = fold((await main.textContent()) ?? '');
    expect(mainText, 'publisher').toContain(fold(source.publisher));

    // The article body: every paragraph of the archived text is on the page.
    for (const paragraph of source.body
      .split(/\n\s*\n/)
      .map(fold)
      .filter(Boolean)) {
      expect(mainText, 'article paragraph').toContain(paragraph);
    }

    const quoteAt = (offset: readonly [number, number]): string => source.body.slice(...offset);
    for (const citation of source.citations) {
      const anchor = page.locator(`[id="${citation.anchor}"]`);
      await expect(anchor, `#${citation.anchor}`).toHaveCount(1);
      const found = await anchor.evaluate((element, eventPath) => {
        const mark = element.closest('mark');
        const isLink = (node: Element | null | undefined): boolean =>
          node instanceof HTMLAnchorElement && new URL(node.href).pathname === eventPath;
        const linked =
          mark !== null &&
          (isLink(mark.closest('a')) ||
            [...mark.querySelectorAll('a')].some(isLink) ||
            isLink(mark.nextElementSibling) ||
            [...(mark.nextElementSibling?.querySelectorAll('a') ?? [])].some(isLink));
        return {
          tag: element.localName,
          inMark: mark !== null,
          markText: mark?.textContent ?? '',
          linked,
        };
      }, site.eventPath(citation.event));
      expect(['mark', 'span'], `#${citation.anchor} is a mark or a span anchor`).toContain(
        found.tag,
      );
      expect(found.inMark, `#${citation.anchor} is (inside) a <mark>`).toBe(true);
      expect(fold(found.markText), `#${citation.anchor} marks the quote`).toContain(
        fold(quoteAt(citation.offset).split(/\n\s*\n/)[0] ?? ''),
      );
      expect(found.linked, `#${citation.anchor} links to its event`).toBe(true);
    }

    // Events it supports.
    for (const citation of source.citations) {
      await expect(
        main.getByRole('link', { name: citation.title, exact: true }).first(),
        `lists ${citation.event}`,
      ).toHaveAttribute('href', site.eventPath(citation.event));
    }

    expect(
      await pageLinkProblems(page, request, site, `sources/${source.id}/`),
      'links on the page',
    ).toEqual([]);
  });
}

test('the about page lists every source oldest first, and so do the pages by year', async ({
  page,
  site,
}) => {
  const sorted = [...SOURCES].sort((a, b) =>
    a.reference === b.reference ? a.id.localeCompare(b.id) : a.reference < b.reference ? -1 : 1,
  );
  const oldestFirst = sorted.map((source) => source.id);
  const listedIds = (): Promise<string[]> =>
    page
      .locator('.source-list > li')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.source ?? ''));

  await page.goto(site.url('about/'));
  const list = page.getByRole('list', { name: 'The sources, oldest first' });
  await expect(list.getByRole('listitem')).toHaveCount(SOURCES.length);
  expect(await listedIds()).toEqual(oldestFirst);
  for (const source of SOURCES) {
    await expect(list.getByRole('link', { name: source.title, exact: true })).toHaveAttribute(
      'href',
      site.sourcePath(source.id),
    );
  }

  const years = page.getByRole('navigation', { name: 'The sources, year by year' });
  const yearPaths = await years
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
  const expectedYears = [...new Set(sorted.map((source) => source.reference.slice(0, 4)))];
  expect(yearPaths).toEqual(expectedYears.map((year) => site.path(`about/sources/${year}/`)));

  // From the first year's page, as a reader paging through with "next".
  const listed: string[] = [];
  let next: string | null =
    yearPaths[0] === undefined ? null : new URL(yearPaths[0], site.origin).href;
  while (next !== null) {
    await page.goto(next);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Sources of \d{4}$/);
    listed.push(...(await listedIds()));
    const link = page.locator('a[rel="next"]');
    next =
      (await link.count()) === 0 ? null : await link.evaluate((a) => (a as HTMLAnchorElement).href);
  }
  expect(listed).toEqual(oldestFirst);

  // Each article's page links back to the page that lists it.
  for (const source of SOURCES) {
    await page.goto(site.url(`sources/${source.id}/`));
    const year = source.reference.slice(0, 4);
    await expect(page.getByRole('link', { name: `Sources of ${year}` })).toHaveAttribute(
      'href',
      site.path(`about/sources/${year}/`),
    );
  }
});
