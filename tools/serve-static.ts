/**
 * Builds the site for one host-like set-up (tools/hosting.ts) and serves the
 * real build output with a plain static file server: `sirv` in a small
 * node:http server, with no single-page fallback (a path that is not a file
 * is a 404, as on a static host or CDN) and the set-up's headers on every
 * answer (the CSP as the build's `_headers` has it, with its style hashes).
 *
 *   node tools/serve-static.ts root [--normalize]
 *   node tools/serve-static.ts subpath | csp | hostile
 *
 * `root`: built with the default base into `.hosting/root/`, served at `/`.
 * `subpath`: built with `BASE_PATH=/sub/path/` into `.hosting/subpath/sub/path/`;
 * the server's web root is `.hosting/subpath/`, which holds nothing else.
 * `csp`: serves `root`'s build (it starts after `root`), with the strict CSP.
 * `hostile`: a fixture project (tools/fixture-project.ts) made from
 * `e2e/fixtures/hostile/seeds/` in `.hosting/hostile/project/`, normalized
 * and built into `.hosting/hostile/site/`.
 * Every build gets `SITE_URL=http://127.0.0.1:<port>` so canonical links and
 * the sitemap point at the server that serves them.
 *
 * `--normalize` runs `npm run normalize` first (once for the whole test run).
 * `E2E_SKIP_BUILD=1` serves what the last build left (for quick re-runs).
 *
 * Playwright starts this as a `webServer` and waits for its URL; it stops the
 * whole process group when the tests are done.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { builtPolicy, hostingNamed, PROJECT_ROOT, type Hosting } from './hosting.ts';
import { buildFixture } from './fixture-project.ts';
import { astroBuild, normalize } from './site-build.ts';

function log(message: string): void {
  process.stderr.write(`[serve-static] ${message}\n`);
}

async function build(hosting: Hosting, normalizeFirst: boolean): Promise<void> {
  await rm(hosting.webRoot, { recursive: true, force: true });
  await mkdir(hosting.outDir, { recursive: true });
  const target = { base: hosting.base, origin: hosting.origin };
  if (hosting.fixture !== null) {
    await buildFixture(hosting.fixture, hosting.outDir, target);
    return;
  }
  if (normalizeFirst) await normalize(PROJECT_ROOT);
  await astroBuild(PROJECT_ROOT, hosting.outDir, target);
}

function serve(hosting: Hosting): void {
  // The policy is the build's: it allows that build's inline styles by hash.
  const headers = Object.fromEntries(
    Object.entries(hosting.headers).map(([name, value]) =>
      name.toLowerCase() === 'content-security-policy'
        ? [name, builtPolicy(hosting)]
        : [name, value],
    ),
  );
  const setHeaders = (res: ServerResponse): void => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  };
  const files = sirv(hosting.webRoot, {
    dev: false,
    etag: false,
    dotfiles: false,
    setHeaders,
    onNoMatch: (_req, res) => {
      setHeaders(res);
      res.statusCode = 404;
      res.end('Not Found');
    },
  });
  const server = createServer((req, res) => {
    files(req, res);
  });
  server.listen(hosting.port, '127.0.0.1', () => {
    log(`serving ${path.relative(PROJECT_ROOT, hosting.webRoot)}/ at ${hosting.baseURL}`);
  });
  const stop = (): void => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const [name, ...flags] = process.argv.slice(2);
if (name === undefined) {
  log('usage: node tools/serve-static.ts <root|subpath|csp|hostile> [--normalize]');
  process.exit(2);
}
const hosting = hostingNamed(name);

try {
  if (process.env.E2E_SKIP_BUILD === '1' || hosting.servesBuildOf !== null) {
    if (!existsSync(path.join(hosting.outDir, 'index.html'))) {
      throw new Error(`${path.relative(PROJECT_ROOT, hosting.outDir)}/index.html does not exist`);
    }
    log(
      `${hosting.name}: serving the existing build in ${path.relative(PROJECT_ROOT, hosting.outDir)}`,
    );
  } else {
    await build(hosting, flags.includes('--normalize'));
  }
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
serve(hosting);
