/**
 * The hostile corpus renders inert (project `hostile`: a fixture project
 * built from e2e/fixtures/hostile/seeds/, served without a CSP so that only
 * the markup itself is on trial). Its titles, quotes, publishers, authors,
 * notes, citations and summaries hold <script>, event-handler attributes,
 * `javascript:` links, `{{ }}`, `${}`, `</script>`, right-to-left text and a
 * 2,000-character title; each payload tries to set `window.__pwned` or open
 * a dialog.
 *
 * On every page, and on the timeline with every item selected in turn: no
 * dialog opens, no payload runs, no element has an on* attribute, no script
 * but the site's own files, no frame, object or image from content, and no
 * link or source points to `javascript:` or `data:`. The payloads show as
 * text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import YAML from 'yaml';
import { hostingNamed } from '../tools/hosting.ts';
import { expect, test } from './fixtures.ts';

const SEEDS = hostingNamed('hostile').fixture?.seeds ?? '';

interface LedgerEntry {
  id: string;
  title: string;
  aliases?: string[];
}

const LEDGER = YAML.parse(readFileSync(path.join(SEEDS, 'events.yaml'), 'utf8')) as LedgerEntry[];
const SOURCE_IDS = readdirSync(path.join(SEEDS, 'articles'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length));

/** What the page did that it must not have: dialogs and payloads that ran. */
async function trapPayloads(page: Page): Promise<string[]> {
  const ran: string[] = [];
  page.on('dialog', (dialog) => {
    ran.push(`a ${dialog.type()} dialog opened on ${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.exposeFunction('__payloadRan', (what: string) => {
    ran.push(`a payload ran on ${page.url()}: ${what}`);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __payloadRan: (what: string) => void }).__payloadRan;
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => {
        report(`window.__pwned = ${String(value)}`);
      },
    });
  });
  return ran;
}

/** Everything on the page that content could have turned into live markup. */
async function liveMarkup(page: Page, origin: string): Promise<string[]> {
  return page.evaluate((siteOrigin) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      const name = element.localName;
      for (const attribute of element.attributes) {
        if (attribute.name.toLowerCase().startsWith('on')) {
          found.push(`<${name} ${attribute.name}="${attribute.value}">`);
        }
      }
      for (const attribute of [
        'href',
        'src',
        'action',
        'formaction',
        'srcdoc',
        'data',
        'xlink:href',
      ]) {
        const value = element.getAttribute(attribute);
        if (value === null) continue;
        if (attribute === 'srcdoc' || /^\s*(?:javascript|data|vbscript):/i.test(value)) {
          found.push(`<${name} ${attribute}="${value}">`);
        }
      }
    }
    for (const script of document.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      if (src === null || new URL(src, document.baseURI).origin !== siteOrigin) {
        found.push(`<script${src === null ? '' : ` src="${src}"`}>${script.text.slice(0, 80)}`);
      }
    }
    // The site itself has none of these: any is content's. Its own inline
    // <style>s sit in the head: the timeline's geometry, class rules with
    // numbers only, and its stylesheets, plain <style> with no url() or
    // @import (content never reaches the head).
    for (const element of document.querySelectorAll('iframe, frame, object, embed, img, style')) {
      const inHead = element.parentElement === document.head;
      const inert = !/url\(|@import|expression/i.test(element.textContent);
      const geometry =
        element.id === 'timeline-geometry' && /^[\w\s.{}:;()<,%@-]*$/.test(element.textContent);
      const stylesheet = element.localName === 'style' && element.attributes.length === 0;
      if (!(inHead && inert && (geometry || stylesheet))) {
        found.push(`<${element.localName}> ${element.outerHTML.slice(0, 80)}`);
      }
    }
    return found;
  }, origin);
}

async function visit(page: Page, url: string, origin: string, ran: string[]): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  expect(await liveMarkup(page, origin), `live markup on ${url}`).toEqual([]);
  expect(ran).toEqual([]);
}

test('the corpus is hostile: payloads in titles, summaries and sources', () => {
  expect(LEDGER.length).toBeGreaterThan(10);
  expect(LEDGER.some((entry) => entry.title.length >= 2000)).toBe(true);
  expect(
    LEDGER.filter((entry) => /<script|onerror=|\{\{|\$\{/.test(entry.title)).length,
  ).toBeGreaterThan(3);
});

test('event pages render every payload as text', async ({ page, site }) => {
  test.setTimeout(180_000);
  const ran = await trapPayloads(page);
  for (const entry of LEDGER) {
    await visit(page, site.url(`events/${entry.id}/`), site.origin, ran);
    // The title is shown as the ledger has it, markup and all (2,000 characters too).
    const heading = (await page.locator('h1').first().textContent()) ?? '';
    expect(heading.replace(/\s+/g, ' ').trim(), entry.id).toBe(
      entry.title.replace(/\s+/g, ' ').trim(),
    );
  }
});

test('source pages, about, 404 and alias pages stay inert', async ({ page, site }) => {
  test.setTimeout(120_000);
  const ran = await trapPayloads(page);
  const pages = [...SOURCE_IDS.map((id) => `sources/${id}/`), 'about/', '404.html'];
  for (const relative of pages) await visit(page, site.url(relative), site.origin, ran);
  // An old id's page sends the reader on to the event: check where it lands.
  for (const entry of LEDGER) {
    for (const alias of entry.aliases ?? []) {
      await page.goto(site.url(`events/${alias}/`));
      await page.waitForURL(site.url(`events/${entry.id}/`));
      await page.waitForLoadState();
      expect(await liveMarkup(page, site.origin), `live markup after ${alias}`).toEqual([]);
    }
  }
  expect(ran).toEqual([]);
  // The quoted payload paragraph is shown as text on the source page.
  await page.goto(site.url(`sources/${SOURCE_IDS[0] ?? ''}/`));
  await expect(page.locator('main')).toContainText('<script>window.__pwned=1');
});

test('the timeline with every item selected in turn stays inert', async ({ page, site }) => {
  test.setTimeout(180_000);
  const ran = await trapPayloads(page);
  await visit(page, site.url(), site.origin, ran);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible({ timeout: 30_000 });
  const surface = page.locator('timeline-view [tabindex="0"]');
  await surface.focus();
  await page.keyboard.press('Home');
  const seen = new Set<string>();
  for (let step = 0; step < LEDGER.length; step += 1) {
    if (step > 0) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('event'), {
        message: `step ${String(step)}`,
      })
      .not.toBe([...seen].at(-1) ?? null);
    const id = new URL(page.url()).searchParams.get('event') ?? '';
    seen.add(id);
    expect(await liveMarkup(page, site.origin), `live markup with ${id} selected`).toEqual([]);
  }
  expect([...seen].sort()).toEqual(LEDGER.map((entry) => entry.id).sort());
  // A deep link selects on load, and the panel shows the title as text.
  const last = LEDGER[LEDGER.length - 1];
  if (last === undefined) throw new Error('empty ledger');
  await visit(page, site.url(`?event=${last.id}`), site.origin, ran);
  await expect(page.locator('timeline-view')).toContainText(last.title.slice(0, 60));
  expect(await liveMarkup(page, site.origin)).toEqual([]);
  expect(ran).toEqual([]);
});
