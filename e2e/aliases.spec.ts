/**
 * Old ids keep working: `/events/<alias>/` is a page that sends the reader to
 * the event (meta refresh, so it works without JavaScript) and names the
 * event's address as canonical.
 */
import { ALIASES, EVENTS } from './helpers/content.ts';
import { expect, test } from './fixtures.ts';

/** The attributes of every `<tag …>` in `html` (enough for head elements). */
function tagsNamed(html: string, tag: string): Record<string, string>[] {
  const decode = (value: string): string =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map((match) => {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? '').matchAll(
      /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    )) {
      const name = (attribute[1] ?? '').toLowerCase();
      attributes[name] = decode(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    return attributes;
  });
}

test('aliases do not reuse event ids', () => {
  const ids = new Set(EVENTS.map((event) => event.id));
  for (const { alias, event } of ALIASES) {
    expect(ids.has(alias), `alias ${alias} of ${event.id} is also an event id`).toBe(false);
  }
  expect(new Set(ALIASES.map(({ alias }) => alias)).size).toBe(ALIASES.length);
});

test('every event page exists under its id', async ({ site, request }) => {
  // Holds with or without aliases: the ids themselves are the stable URLs.
  expect(EVENTS.length).toBeGreaterThan(0);
  for (const event of EVENTS) {
    const response = await request.get(site.url(`events/${event.id}/`), { maxRedirects: 0 });
    expect(response.status(), event.id).toBe(200);
  }
  if (ALIASES.length === 0) {
    test.info().annotations.push({ type: 'note', description: 'content/ defines no aliases yet' });
  }
});

for (const { alias, event } of ALIASES) {
  test.describe(`alias ${alias} → ${event.id}`, () => {
    test('the alias page refreshes to the event and names it canonical', async ({
      site,
      request,
    }) => {
      const response = await request.get(site.url(`events/${alias}/`), { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      const html = await response.text();
      const target = site.url(`events/${event.id}/`);

      const refresh = tagsNamed(html, 'meta').find(
        (meta) => meta['http-equiv']?.toLowerCase() === 'refresh',
      );
      expect(refresh, '<meta http-equiv="refresh">').toBeDefined();
      const refreshUrl = /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]+)/i.exec(
        refresh?.content ?? '',
      )?.[1];
      expect(refreshUrl, 'meta refresh names a URL').toBeDefined();
      expect(new URL(refreshUrl ?? '', site.url(`events/${alias}/`)).href).toBe(target);

      const canonical = tagsNamed(html, 'link').find((link) =>
        (link.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'),
      );
      expect(canonical?.href, '<link rel="canonical">').toBeDefined();
      expect(new URL(canonical?.href ?? '', site.url(`events/${alias}/`)).href).toBe(target);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('a visit lands on the event page', async ({ page, site }) => {
        await page.goto(site.url(`events/${alias}/`));
        await expect(page).toHaveURL(site.url(`events/${event.id}/`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
      });
    });

    test('with JavaScript, a visit lands on the event page', async ({ page, site }) => {
      await page.goto(site.url(`events/${alias}/`));
      await expect(page).toHaveURL(site.url(`events/${event.id}/`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
    });
  });
}
