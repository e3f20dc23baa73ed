import { defineConfig } from '@playwright/test';
import path from 'node:path';
import { CHROMIUM_PATH, playwrightChromiumArgs } from './tools/chromium.ts';
import { HOSTINGS, PROJECT_ROOT } from './tools/hosting.ts';

/**
 * Browser tests against the real build, served by a plain static server:
 * project `root` (base `/`) and project `subpath` (base `/sub/path/`, served
 * from an otherwise empty web root) run every spec but those written for one
 * set-up; `csp` serves the root build with the strict Content-Security-Policy
 * (e2e/csp.spec.ts); `hostile` builds and serves a fixture project made from
 * e2e/fixtures/hostile/seeds/ (e2e/hostile.spec.ts). tools/hosting.ts says
 * which spec runs where.
 *
 * The web servers start one after the other, in this order: the first runs
 * `npm run normalize` once, then each builds its own configuration with
 * `astro build --outDir .hosting/…` and serves it (tools/serve-static.ts).
 *
 * Browsers: Debian's Chromium (`/usr/bin/chromium`, see
 * tools/ensure-chromium.sh) or `CHROMIUM_PATH`; never a downloaded one.
 *
 * For quick local re-runs: `E2E_SKIP_BUILD=1` serves the last build as it is;
 * `E2E_REUSE_SERVER=1` uses servers already listening on the ports
 * (`E2E_ROOT_PORT`, default 4391; `E2E_SUBPATH_PORT`, default 4392;
 * `E2E_CSP_PORT`, `E2E_HOSTILE_PORT`, `E2E_LANES_STORY_PORT` and `E2E_SCALE_PORT`, default the root port + 2 to + 5).
 */

/** Node 24 from the `node` devDependency: the system `node` may be too old. */
const NODE = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'node');

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: process.env.CI !== undefined,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Without the address bar's WebUI popups, which load beside every new context (tools/chromium.ts).
      args: await playwrightChromiumArgs(),
    },
  },
  projects: HOSTINGS.map((hosting) => ({
    name: hosting.name,
    testMatch: hosting.testMatch,
    ...(hosting.testIgnore === null ? {} : { testIgnore: hosting.testIgnore }),
    use: { baseURL: hosting.baseURL, timezoneId: hosting.timezoneId },
  })),
  webServer: HOSTINGS.map((hosting, index) => ({
    command: `"${NODE}" tools/serve-static.ts ${hosting.name}${index === 0 ? ' --normalize' : ''}`,
    cwd: PROJECT_ROOT,
    url: hosting.baseURL,
    timeout: 300_000,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  })),
});
