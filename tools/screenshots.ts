/**
 * Full-page screenshots of the home page, the most quoted event's page and
 * the most quoted source's page, for a person to look at (not a test):
 *
 *   npm run preview &   # or any server of a build
 *   node tools/screenshots.ts http://localhost:4321/ [out-dir]
 *
 * Light and dark, at 375 and 1280 px wide, in Debian's Chromium (or CHROMIUM_PATH).
 * Parts of a page that skip their rendering until scrolled near
 * (`content-visibility: auto`: the home page's list from its 11th entry) are
 * rendered for the shot: Chromium leaves them blank in a full-page capture.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { EVENTS, SOURCES } from '../e2e/helpers/content.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const [base = 'http://localhost:4321/', out = 'screenshots'] = process.argv.slice(2);
const event = [...EVENTS].sort((a, b) => b.evidence.length - a.evidence.length)[0];
const source = [...SOURCES].sort((a, b) => b.citations.length - a.citations.length)[0];
const pages: [string, string][] = [
  ['home', ''],
  ['event', event === undefined ? '' : `events/${event.id}/`],
  ['source', source === undefined ? '' : `sources/${source.id}/`],
];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      // bypassCSP: the style below goes in even where the host sends the site's CSP.
      const page = await browser.newPage({
        viewport: { width, height: 900 },
        colorScheme,
        bypassCSP: true,
      });
      for (const [name, relative] of pages) {
        await page.goto(new URL(relative, base).href, { waitUntil: 'networkidle' });
        await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
        const file = path.join(out, `${name}-${colorScheme}-${String(width)}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
