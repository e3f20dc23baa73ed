/**
 * The two host-like set-ups the browser tests run against: the site built with
 * the default base and served at `/`, and built with a base and served under
 * that sub-path of an otherwise empty web root, so a link that ignores the base
 * lands outside the site and fails.
 *
 * Shared by `tools/serve-static.ts` (build + serve) and `playwright.config.ts`
 * (one project per set-up).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Everything the tests build and serve lives here (gitignored). */
export const HOSTING_DIR = path.join(PROJECT_ROOT, '.hosting');

export interface Hosting {
  /** Playwright project name. */
  name: 'root' | 'subpath';
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
}

function hosting(name: Hosting['name'], base: string, port: number): Hosting {
  const webRoot = path.join(HOSTING_DIR, name);
  const origin = `http://127.0.0.1:${String(port)}`;
  return {
    name,
    base,
    port,
    webRoot,
    outDir: path.join(webRoot, ...base.split('/').filter(Boolean)),
    origin,
    baseURL: `${origin}${base}`,
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

export const HOSTINGS: readonly Hosting[] = [
  hosting('root', '/', portFromEnv('E2E_ROOT_PORT', 4391)),
  hosting('subpath', '/sub/path/', portFromEnv('E2E_SUBPATH_PORT', 4392)),
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
