/**
 * Debian's Chromium, as every browser run here launches it (tests, bench,
 * screenshots): `CHROMIUM_PATH` overrides the path, and the flags keep it
 * from reaching for the network or needing a sandbox or a GPU.
 */
import { chromium } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Chrome's own pages that headless Chromium still loads with every new
 * window, so with every Playwright context: the address bar's two popups,
 * each a WebUI renderer. On 2 cores they took most of one (50–80 %, `ps`)
 * through the first second of every page load measured here.
 */
export const CHROME_UI_FEATURES_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'] as const;

const DISABLE_FEATURES = '--disable-features=';

/**
 * One `--disable-features` flag with `features` added to the list already in
 * `args`. Chromium keeps only the last flag of a name, so a second flag
 * would drop the list before it (Playwright's own, for one).
 */
export function disableFeaturesFlag(args: readonly string[], features: readonly string[]): string {
  const last = args.findLast((arg) => arg.startsWith(DISABLE_FEATURES));
  const present = last === undefined ? [] : last.slice(DISABLE_FEATURES.length).split(',');
  const merged = [...new Set([...present, ...features].filter((feature) => feature !== ''))];
  return DISABLE_FEATURES + merged.join(',');
}

let playwrightArgs: Promise<string[]> | undefined;

/**
 * CHROMIUM_ARGS for `chromium.launch()`, with CHROME_UI_FEATURES_OFF added
 * to the features Playwright disables. Playwright does not export its list:
 * it is read from the command line of one launch of its browser server,
 * once per process.
 */
export function playwrightChromiumArgs(): Promise<string[]> {
  playwrightArgs ??= (async () => {
    const server = await chromium.launchServer({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    try {
      const spawned = server.process().spawnargs;
      return [...CHROMIUM_ARGS, disableFeaturesFlag(spawned, CHROME_UI_FEATURES_OFF)];
    } finally {
      await server.close();
    }
  })();
  return playwrightArgs;
}
