/**
 * The bench's page probe (tools/bench/browser-metrics.ts) in the Chromium the
 * bench uses: it times the site's build-time timeline, and text that a script
 * adds later, by when it is painted.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { DESKTOP, SITE_DRAWN, SITE_TEXT, measureLoad } from '../tools/bench/browser-metrics.ts';

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
