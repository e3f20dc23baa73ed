/**
 * The bench's page probe (tools/bench/browser-metrics.ts) in the Chromium the
 * bench uses: it times the site's build-time timeline, and text that a script
 * adds later, by when it is painted. And that Chromium, as the bench and
 * these tests launch it, loads no WebUI of its own beside the pages.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Browser } from '@playwright/test';
import {
  DESKTOP,
  SITE_DRAWN,
  SITE_TEXT,
  launchBrowser,
  measureLoad,
} from '../tools/bench/browser-metrics.ts';

/** A page whose only event title a script adds 600 ms after it has loaded. */
const LATE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Late</title></head>
<body><h1>Waiting</h1><main><ol id="list"></ol></main><script>
addEventListener('load', () => setTimeout(() => {
  const item = document.createElement('li');
  const title = document.createElement('h3');
  title.textContent = 'An event added late';
  item.append(title);
  document.getElementById('list').append(item);
}, 600));
</script></body></html>`;

function serveLatePage(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(LATE_PAGE);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

test('the probe times the build-time timeline on / when it is painted', async ({
  browser,
  baseURL,
}) => {
  const figures = await measureLoad(
    browser,
    {
      label: 'site',
      url: new URL('/', baseURL).href,
      textSelector: SITE_TEXT,
      drawnSelector: SITE_DRAWN,
      zoomRoot: null,
    },
    DESKTOP,
  );
  expect(figures.drawnMs).not.toBeNull();
  expect(figures.firstTextMs).not.toBeNull();
  expect(figures.drawnMs).toBeGreaterThan(0);
});

test('the probe times text a script adds later, not the page before it', async ({ browser }) => {
  const server = await serveLatePage();
  try {
    const { port } = server.address() as AddressInfo;
    const figures = await measureLoad(
      browser,
      {
        label: 'late',
        url: `http://127.0.0.1:${String(port)}/`,
        textSelector: 'main ol > li h3',
        drawnSelector: 'main ol > li',
        zoomRoot: null,
      },
      DESKTOP,
    );
    expect(figures.firstTextMs).toBeGreaterThanOrEqual(600);
    expect(figures.drawnMs).toBeGreaterThanOrEqual(600);
    expect(figures.firstTextMs).toBeLessThan(10_000);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** The browser's targets that are Chrome's own pages (chrome://…), 2 s after a context opened a page. */
async function chromePagesBesideAPage(browser: Browser): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    // The address bar's popups load within about a second of a new window.
    await page.waitForTimeout(2_000);
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
    await cdp.detach();
    return targetInfos.map((target) => target.url).filter((url) => url.startsWith('chrome://'));
  } finally {
    await context.close();
  }
}

test('Chromium as the bench and these tests launch it loads no Chrome WebUI beside a page', async ({
  browser,
}) => {
  expect(await chromePagesBesideAPage(browser)).toEqual([]);
  const benchBrowser = await launchBrowser();
  try {
    expect(await chromePagesBesideAPage(benchBrowser)).toEqual([]);
  } finally {
    await benchBrowser.close();
  }
});
