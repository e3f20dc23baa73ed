/**
 * The host-like set-ups the browser tests run against. Each is one Playwright
 * project and one static server (tools/serve-static.ts):
 *
 * - `root`: the real site built with the default base, served at `/`;
 * - `subpath`: built with a base and served under that sub-path of an
 *   otherwise empty web root, so a link that ignores the base lands outside
 *   the site and fails;
 * - `csp`: the `root` build served again, with the strict
 *   Content-Security-Policy of `public/_headers` on every answer;
 * - fixture projects (`hostile`, `lanes-story`): a real project made from a seeds folder
 *   under `e2e/fixtures/` (tools/fixture-project.ts), normalized, built and
 *   served like the real site.
 *
 * Each project runs only the specs its `testMatch` names, so a fixture's specs
 * never run against the real site and the real site's never against a fixture.
 *
 * Shared by `tools/serve-static.ts` (build + serve) and `playwright.config.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicies } from '../src/build/inline-style-csp.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Everything the tests build and serve lives here (gitignored). */
export const HOSTING_DIR = path.join(PROJECT_ROOT, '.hosting');

/**
 * The site's Content-Security-Policy: nothing but the site's own files, no
 * inline script, no plugins, no framing by others. The same policy is in
 * `public/_headers`; the build adds the hashes of its inline styles to
 * `style-src` in the `_headers` it writes (src/build/inline-style-csp.ts),
 * and that is what a server sends (see `builtPolicy`).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

/** A seeds folder built as a project of its own (see tools/fixture-project.ts). */
export interface Fixture {
  /** The fixture's seeds folder (holds events.yaml, lanes.yaml, articles/). */
  seeds: string;
  /** Write a generated story of this many events into `seeds` first (tools/bench/corpus.ts). */
  generate: number | null;
  /** Where the project is made: `.hosting/<name>/project`. */
  project: string;
}

export interface Hosting {
  /** Playwright project name; also the folder under `.hosting/`. */
  name: string;
  /** Astro `base` (env BASE_PATH at build time); always starts and ends with `/`. */
  base: string;
  /** Port the static server listens on (127.0.0.1). */
  port: number;
  /** Web root the static server serves. */
  webRoot: string;
  /** Where `astro build --outDir` writes: `webRoot` + `base`. */
  outDir: string;
  /** `http://127.0.0.1:<port>`: the site's origin (env SITE_URL at build time). */
  origin: string;
  /** `origin` + `base`: Playwright's baseURL. */
  baseURL: string;
  /** Headers the server adds to every answer. */
  headers: Readonly<Record<string, string>>;
  /** Serve this other hosting's build instead of building one (it must start first). */
  servesBuildOf: string | null;
  /** Build a fixture project instead of the real site. */
  fixture: Fixture | null;
  /** Which specs run in this hosting's Playwright project (paths under e2e/)… */
  testMatch: RegExp;
  /** …except these. */
  testIgnore: RegExp | null;
  /**
   * The browser's time zone. Readers are in every zone, and calendar dates are
   * easy to shift by a day with `new Date('YYYY-MM-DD')` or `toISOString()`:
   * `root` and `subpath` sit on either side of UTC, so either mistake fails one.
   */
  timezoneId: string;
}

/** A pattern for `e2e/<name>.spec.ts` for any of the names. */
function specs(...names: string[]): RegExp {
  return new RegExp(`(?:^|[\\\\/])(?:${names.join('|')})\\.spec\\.ts$`);
}

/** Every spec. */
const ALL_SPECS = /\.spec\.ts$/;

/** Specs written for one set-up only; the others ignore them. */
const OWN_SPECS = [
  'a11y',
  'crawl',
  'csp',
  'hostile',
  'keyboard',
  'lanes-story',
  'reproducible-build',
  'scale',
] as const;

/** Ignore every set-up-specific spec except the named ones. */
function ignoreOwnSpecsBut(...keep: (typeof OWN_SPECS)[number][]): RegExp {
  return specs(...OWN_SPECS.filter((name) => !keep.includes(name)));
}

interface HostingOptions {
  headers?: Record<string, string>;
  servesBuildOf?: Hosting;
  fixture?: string;
  /** A fixture generated afresh: a story of this many events. */
  generate?: number;
  testMatch: RegExp;
  testIgnore?: RegExp;
  timezoneId: string;
}

function hosting(name: string, base: string, port: number, options: HostingOptions): Hosting {
  // A fixture keeps its project beside the site it builds.
  const fixture = options.fixture !== undefined || options.generate !== undefined;
  const webRoot =
    options.servesBuildOf?.webRoot ?? path.join(HOSTING_DIR, name, ...(fixture ? ['site'] : []));
  const origin = `http://127.0.0.1:${String(port)}`;
  return {
    name,
    base,
    port,
    webRoot,
    outDir: path.join(webRoot, ...base.split('/').filter(Boolean)),
    origin,
    baseURL: `${origin}${base}`,
    headers: options.headers ?? {},
    servesBuildOf: options.servesBuildOf?.name ?? null,
    fixture:
      options.generate !== undefined
        ? {
            seeds: path.join(HOSTING_DIR, name, 'seeds'),
            generate: options.generate,
            project: path.join(HOSTING_DIR, name, 'project'),
          }
        : options.fixture === undefined
          ? null
          : {
              seeds: path.join(PROJECT_ROOT, options.fixture),
              generate: null,
              project: path.join(HOSTING_DIR, name, 'project'),
            },
    testMatch: options.testMatch,
    testIgnore: options.testIgnore ?? null,
    timezoneId: options.timezoneId,
  };
}

function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`${name}=${value} is not a TCP port`);
  }
  return port;
}

const rootPort = portFromEnv('E2E_ROOT_PORT', 4391);
const subpathPort = portFromEnv('E2E_SUBPATH_PORT', 4392);
/** The other set-ups take the ports after `root`'s unless told otherwise. */
const cspPort = portFromEnv('E2E_CSP_PORT', rootPort + 2);
const hostilePort = portFromEnv('E2E_HOSTILE_PORT', rootPort + 3);
const lanesStoryPort = portFromEnv('E2E_LANES_STORY_PORT', rootPort + 4);
const scalePort = portFromEnv('E2E_SCALE_PORT', rootPort + 5);

const root = hosting('root', '/', rootPort, {
  testMatch: ALL_SPECS,
  testIgnore: ignoreOwnSpecsBut('a11y', 'keyboard', 'reproducible-build'),
  timezoneId: 'America/Los_Angeles',
});

export const HOSTINGS: readonly Hosting[] = [
  root,
  hosting('subpath', '/sub/path/', subpathPort, {
    testMatch: ALL_SPECS,
    testIgnore: ignoreOwnSpecsBut('keyboard', 'crawl'),
    timezoneId: 'Asia/Tokyo',
  }),
  hosting('csp', '/', cspPort, {
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    servesBuildOf: root,
    testMatch: specs('csp'),
    timezoneId: 'Europe/London',
  }),
  hosting('hostile', '/', hostilePort, {
    fixture: 'e2e/fixtures/hostile/seeds',
    testMatch: specs('hostile'),
    timezoneId: 'Pacific/Auckland',
  }),
  // Another story with lanes of its own: no code change, its own seeds.
  hosting('lanes-story', '/', lanesStoryPort, {
    fixture: 'e2e/fixtures/lanes-story/seeds',
    testMatch: specs('lanes-story'),
    timezoneId: 'Europe/Berlin',
  }),
  // A generated story of 2,000 events: the site at size, years loaded as needed.
  hosting('scale', '/', scalePort, {
    generate: 2_000,
    testMatch: specs('scale'),
    timezoneId: 'America/New_York',
  }),
];

export function hostingNamed(name: string): Hosting {
  const found = HOSTINGS.find((candidate) => candidate.name === name);
  if (found === undefined) {
    throw new Error(
      `unknown hosting '${name}': expected one of ${HOSTINGS.map((h) => h.name).join(', ')}`,
    );
  }
  return found;
}

/**
 * The policy a build's `_headers` sends for every path: the one above with
 * the hashes of that build's inline styles.
 */
export function builtPolicy(hosting: Hosting): string {
  const file = path.join(hosting.outDir, '_headers');
  const [policy, ...others] = headerPolicies(readFileSync(file, 'utf8'));
  if (policy === undefined || others.length > 0) {
    throw new Error(`${file}: expected one Content-Security-Policy`);
  }
  return policy;
}
