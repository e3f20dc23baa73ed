/**
 * Page-load and zoom figures in Debian's Chromium (or CHROMIUM_PATH), driven
 * by Playwright, on a desktop and a phone profile.
 *
 * How each figure is taken (all times from navigation start, in ms):
 * - first event text / timeline drawn: Element Timing. An init script
 *   marks every element matching the page's selector, and every element in
 *   one, with `elementtiming` as it is added; the figure is the first
 *   marked text's render time (when the frame holding it was presented), so
 *   only text painted on screen counts. The probe adds no animation-frame
 *   callbacks: a requestAnimationFrame loop from navigation start made
 *   Chromium render in the middle of parsing, and gave pages long tasks
 *   before first paint that they did not have without it. Chromium times
 *   text by the block that holds it: the matched element, or one inside
 *   it, must be that block (an inline match inside other text is not seen).
 * - total blocking time and longest task: a PerformanceObserver for
 *   `longtask`, registered by the init script. TBT is the sum of
 *   (duration − 50 ms) over every long task from navigation start until the
 *   page is quiet: loaded, the timeline drawn, and no long task for 3 s
 *   (capped at 90 s). Unlike Lighthouse, it does not start at first paint.
 * - longest task before first paint: the longest of those long tasks that
 *   started before the browser's `first-paint` entry (0: none).
 * - pointer to timeline ready: after the quiet point, the pointer moves onto
 *   the timeline (a reader reaching for it: the site loads vis-timeline
 *   then); the figure is the time until vis-timeline has drawn items into a
 *   root that is shown, and its zoom button shows.
 * - zoom in / zoom out: then the page's own zoom button is
 *   clicked (from a script, so no input latency counts). A MutationObserver
 *   on the timeline notes every change; each change schedules two
 *   requestAnimationFrame callbacks, and the second one runs after the frame
 *   holding the change was painted. The figure is the time from the click to
 *   that second callback for the last change (once nothing has changed for
 *   500 ms). Pages run with prefers-reduced-motion, so the site's animated
 *   moves take one frame rather than 400 ms; the plain page moves without
 *   animation.
 * - JS heap: CDP Runtime.getHeapUsage (used) after a forced garbage
 *   collection, at the quiet point. DOM: elements in the document.
 * - JS and CSS bytes: every same-origin script and stylesheet response the
 *   page loaded by the end (what reaching for the timeline loaded included), gzipped at level 9
 *   (what the server sends). Transfer: every response's encoded body and
 *   headers.
 * Requests to any host but 127.0.0.1 fail (--host-resolver-rules) and are
 * counted as third-party requests. Chromium runs without the address bar's
 * WebUI popups (tools/chromium.ts): they loaded in a renderer of their own
 * beside every measured page, busy through its first second.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import {
  CHROME_UI_FEATURES_OFF,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  disableFeaturesFlag,
  playwrightChromiumArgs,
} from '../chromium.ts';
import { gzip } from './project-build.ts';

/** No third-party requests: every host name but the local server fails to resolve. */
const LOCAL_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1';

/** Flags for a Chromium the bench starts without Playwright (Lighthouse's). */
export const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  LOCAL_ONLY,
  disableFeaturesFlag([], CHROME_UI_FEATURES_OFF),
];

export function chromiumPath(): string {
  return CHROMIUM_PATH;
}

export interface Profile {
  name: 'desktop' | 'phone';
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  /** CDP Emulation.setCPUThrottlingRate; 1 is none. */
  cpuRate: number;
  /** CDP Network.emulateNetworkConditions, or none. */
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

export const DESKTOP: Profile = {
  name: 'desktop',
  viewport: { width: 1350, height: 940 },
  deviceScaleFactor: 1,
  isMobile: false,
  cpuRate: 1,
  network: null,
};

/** Lighthouse's mobile device (Moto G Power) and its slow-4G figures: 150 ms, 1.6 Mbit/s down, 750 kbit/s up. */
export const PHONE: Profile = {
  name: 'phone',
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  cpuRate: 4,
  network: {
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
};

/** A page to measure, and how to find its parts. */
export interface PageUnderTest {
  label: string;
  url: string;
  /** The first event's words, in a list or on the timeline. */
  textSelector: string;
  /** A drawn timeline item. */
  drawnSelector: string;
  /** Where the timeline lives, for zooming; null: no zoom measured. */
  zoomRoot: string | null;
}

/** The site's event words: on the timeline, or an event title in a list. */
export const SITE_TEXT =
  'timeline-view [data-event], timeline-view .vis-item-content, .event-title, main ol > li h3, main ol > li h2';
/** A drawn event, or a count band standing for a month's or year's events (wide windows). */
export const SITE_DRAWN =
  'timeline-view .vis-item, timeline-view [data-event], timeline-view [data-count]';

export interface LoadFigures {
  firstTextMs: number | null;
  drawnMs: number | null;
  tbtMs: number;
  longestTaskMs: number;
  /** The longest long task that started before first paint (0: none did). */
  longestBeforePaintMs: number;
  /** From the pointer reaching the timeline to vis-timeline drawn and zoomable. */
  takeoverMs: number | null;
  zoomInMs: number | null;
  zoomOutMs: number | null;
  heapMb: number;
  domElements: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  transferBytes: number;
  thirdPartyRequests: number;
}

interface Probe {
  firstText: number | null;
  drawn: number | null;
  firstPaint: number | null;
  longTasks: { start: number; duration: number }[];
}

/** Chromium's PerformanceElementTiming (not in TypeScript's DOM types). */
interface ElementTimingEntry extends PerformanceEntry {
  identifier: string;
  renderTime: number;
  loadTime: number;
}

/** Runs in the page before any of its scripts (serialised by Playwright: self-contained). */
function installProbe(selectors: { text: string; drawn: string }): void {
  const probe: Probe = { firstText: null, drawn: null, firstPaint: null, longTasks: [] };
  (window as unknown as { __benchProbe: Probe }).__benchProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-paint') probe.firstPaint = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  // Every element matching a selector, and every element inside one, gets an
  // `elementtiming` attribute as it is added (before it can be painted), so
  // Chromium reports when its text was first painted on screen. No
  // requestAnimationFrame loop: one from navigation start makes Chromium
  // render while the page is still parsing, in longer tasks than the page
  // would have on its own.
  const PREFIX = 'bench-probe-';
  const flags = (element: Element): string => {
    let found = '';
    if (element.closest(selectors.text) !== null) found += 't';
    if (element.closest(selectors.drawn) !== null) found += 'd';
    return found;
  };
  const mark = (element: Element): void => {
    const found = flags(element);
    if (found !== '' && !element.hasAttribute('elementtiming')) {
      element.setAttribute('elementtiming', PREFIX + found);
    }
  };
  const marker = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        mark(node);
        for (const inner of node.querySelectorAll('*')) mark(inner);
      }
    }
  });
  marker.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as ElementTimingEntry[]) {
      if (!entry.identifier.startsWith(PREFIX)) continue;
      const found = entry.identifier.slice(PREFIX.length);
      const time = entry.renderTime > 0 ? entry.renderTime : entry.startTime;
      if (probe.firstText === null && found.includes('t')) probe.firstText = time;
      if (probe.drawn === null && found.includes('d')) probe.drawn = time;
    }
    if (probe.firstText !== null && probe.drawn !== null) marker.disconnect();
  }).observe({ type: 'element', buffered: true });
}

/** Clicks the page's zoom button `how` and times it to the paint after the last change (see the file comment). */
function zoomInPage(options: { root: string; how: 'in' | 'out' }): Promise<number | null> {
  const root = document.querySelector(options.root);
  const pattern = new RegExp(`zoom ${options.how}`, 'i');
  const button =
    root?.querySelector<HTMLElement>(`[data-zoom="${options.how}"]`) ??
    [...document.querySelectorAll<HTMLElement>('button')].find((candidate) =>
      pattern.test(candidate.textContent),
    );
  if (root === null || button === undefined) return Promise.resolve(null);
  return new Promise((resolve) => {
    let batches = 0;
    let lastChange = 0;
    let painted: { batch: number; at: number } | null = null;
    const start = performance.now();
    const observer = new MutationObserver(() => {
      const batch = ++batches;
      lastChange = performance.now();
      requestAnimationFrame(() => {
        requestAnimationFrame(() => {
          if (batch === batches) painted = { batch, at: performance.now() };
        });
      });
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    button.click();
    const check = (): void => {
      const now = performance.now();
      if (batches > 0 && painted?.batch === batches && now - lastChange > 500) {
        observer.disconnect();
        resolve(painted.at - start);
      } else if (now - start > 30_000) {
        observer.disconnect();
        resolve(null);
      } else {
        setTimeout(check, 50);
      }
    };
    setTimeout(check, 50);
  });
}

/** The timeline has been taken over by vis-timeline, is shown, and its zoom button is shown. */
function zoomReady(root: string): boolean {
  const timeline = document.querySelector(root);
  if (timeline?.querySelector('.vis-timeline .vis-item') == null) return false;
  // vis-timeline draws into a hidden root until its first draw is complete.
  const drawn = timeline.querySelector('.vis-timeline');
  if (drawn?.checkVisibility({ visibilityProperty: true }) !== true) return false;
  const button =
    timeline.querySelector('[data-zoom="in"]') ??
    [...document.querySelectorAll('button')].find((candidate) =>
      /zoom in/i.test(candidate.textContent),
    );
  return button?.checkVisibility() ?? false;
}

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

const QUIET_MS = 3000;
/** A load is cut off here (page time): a timeline not drawn by then counts as not drawn. */
export const QUIET_CAP_MS = 120_000;

async function readProbe(page: Page): Promise<Probe & { now: number; loaded: boolean }> {
  return page.evaluate(() => ({
    ...(window as unknown as { __benchProbe: Probe }).__benchProbe,
    now: performance.now(),
    loaded: document.readyState === 'complete',
  }));
}

/** Waits until the page is loaded, drawn, and free of long tasks for QUIET_MS. */
async function waitForQuiet(page: Page): Promise<Probe> {
  for (;;) {
    const probe = await readProbe(page);
    const lastTaskEnd = Math.max(0, ...probe.longTasks.map((task) => task.start + task.duration));
    const quiet = probe.loaded && probe.now - lastTaskEnd >= QUIET_MS && probe.now >= QUIET_MS;
    if ((probe.drawn !== null && quiet) || probe.now >= QUIET_CAP_MS) return probe;
    await sleep(250);
  }
}

async function emulate(cdp: CDPSession, profile: Profile): Promise<void> {
  if (profile.cpuRate !== 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  }
  if (profile.network !== null) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
}

async function zoomFigures(
  page: Page,
  root: string,
): Promise<{ takeoverMs: number | null; zoomInMs: number | null; zoomOutMs: number | null }> {
  const none = { takeoverMs: null, zoomInMs: null, zoomOutMs: null };
  // A reader reaches for the timeline: the pointer goes to it (a timeline
  // that loads on first interaction starts now; one already loaded is ready).
  const reached = Date.now();
  await page
    .locator(root)
    .first()
    .hover({ timeout: 5000 })
    .catch(() => undefined);
  const ready = await page
    .waitForFunction(zoomReady, root, { timeout: 60_000, polling: 'raf' })
    .then(() => true)
    .catch(() => false);
  if (!ready) return none;
  const takeoverMs = Date.now() - reached;
  const zoomInMs = await page.evaluate(zoomInPage, { root, how: 'in' as const });
  const zoomOutMs = await page.evaluate(zoomInPage, { root, how: 'out' as const });
  return { takeoverMs, zoomInMs, zoomOutMs };
}

/** One cold load of `target` in a fresh context with `profile`. */
export async function measureLoad(
  browser: Browser,
  target: PageUnderTest,
  profile: Profile,
): Promise<LoadFigures> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.isMobile,
    hasTouch: profile.isMobile,
    reducedMotion: 'reduce',
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  try {
    await context.addInitScript(installProbe, {
      text: target.textSelector,
      drawn: target.drawnSelector,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await emulate(cdp, profile);
    const origin = new URL(target.url).origin;
    const responses: import('@playwright/test').Response[] = [];
    let thirdPartyRequests = 0;
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin) {
        thirdPartyRequests += 1;
      }
    });
    page.on('response', (response) => responses.push(response));
    // The load event may come late on a slow profile: waitForQuiet waits for it, up to the cap.
    await page.goto(target.url, { waitUntil: 'commit', timeout: 60_000 });
    const probe = await waitForQuiet(page);

    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);

    const zoom =
      target.zoomRoot === null
        ? { takeoverMs: null, zoomInMs: null, zoomOutMs: null }
        : await zoomFigures(page, target.zoomRoot);

    // Bytes of everything loaded by now: the page, and what reaching for
    // the timeline loaded.
    let jsGzipBytes = 0;
    let cssGzipBytes = 0;
    let transferBytes = 0;
    for (const response of responses) {
      const sizes = await response
        .request()
        .sizes()
        .catch(() => null);
      transferBytes += (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0);
      if (new URL(response.url()).origin !== origin) continue;
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') continue;
      const size = (await gzip(await response.body())).length;
      if (type === 'script') jsGzipBytes += size;
      else cssGzipBytes += size;
    }

    return {
      firstTextMs: probe.firstText,
      drawnMs: probe.drawn,
      tbtMs: probe.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      longestTaskMs: Math.max(0, ...probe.longTasks.map((task) => task.duration)),
      longestBeforePaintMs: Math.max(
        0,
        ...probe.longTasks
          .filter((task) => probe.firstPaint === null || task.start < probe.firstPaint)
          .map((task) => task.duration),
      ),
      ...zoom,
      heapMb: heap.usedSize / 2 ** 20,
      domElements,
      jsGzipBytes,
      cssGzipBytes,
      transferBytes,
      thirdPartyRequests,
    };
  } finally {
    await context.close();
  }
}

/** The bench's Chromium, through Playwright: its flags, Playwright's, and no Chrome UI renderers (tools/chromium.ts). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...(await playwrightChromiumArgs()), LOCAL_ONLY],
  });
}
