/**
 * Builds the site for one host-like set-up and serves the real build output
 * with sirv-cli, a plain static file server (no single-page fallback: a path
 * that is not a file is a 404, as on a static host or CDN).
 *
 *   node tools/serve-static.ts root [--normalize]
 *   node tools/serve-static.ts subpath
 *
 * `root`: built with the default base into `.hosting/root/`, served at `/`.
 * `subpath`: built with `BASE_PATH=/sub/path/` into `.hosting/subpath/sub/path/`;
 * the server's web root is `.hosting/subpath/`, which holds nothing else.
 * Both builds get `SITE_URL=http://127.0.0.1:<port>` so canonical links and the
 * sitemap point at the server that serves them.
 *
 * `--normalize` runs `npm run normalize` first (once for the whole test run).
 * `E2E_SKIP_BUILD=1` serves what the last build left (for quick re-runs).
 *
 * Playwright starts this as a `webServer` and waits for its URL; it stops the
 * whole process group when the tests are done.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { hostingNamed, PROJECT_ROOT, type Hosting } from './hosting.ts';

const BIN = path.join(PROJECT_ROOT, 'node_modules', '.bin');
const SIRV = path.join(PROJECT_ROOT, 'node_modules', 'sirv-cli', 'bin.js');

function log(message: string): void {
  process.stderr.write(`[serve-static] ${message}\n`);
}

/** Runs a command; its output is shown only when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) {
        resolve();
        return;
      }
      process.stderr.write(Buffer.concat(output));
      reject(
        new Error(
          `${[command, ...args].join(' ')} failed (${signal ?? `exit code ${String(code)}`})`,
        ),
      );
    });
  });
}

/** The environment for npm and astro: Node 24 from node_modules/.bin first on PATH. */
function buildEnv(hosting: Hosting): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`,
    SITE_URL: hosting.origin,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (hosting.base === '/') delete env.BASE_PATH;
  else env.BASE_PATH = hosting.base;
  return env;
}

async function build(hosting: Hosting, normalizeFirst: boolean): Promise<void> {
  const env = buildEnv(hosting);
  if (normalizeFirst) {
    log('npm run normalize');
    await run('npm', ['run', 'normalize'], env);
  }
  await rm(hosting.webRoot, { recursive: true, force: true });
  await mkdir(hosting.outDir, { recursive: true });
  const started = Date.now();
  log(
    `astro build --outDir ${path.relative(PROJECT_ROOT, hosting.outDir)} (BASE_PATH=${env.BASE_PATH ?? '(default)'}, SITE_URL=${hosting.origin})`,
  );
  await run(path.join(BIN, 'astro'), ['build', '--outDir', hosting.outDir], env);
  log(`built ${hosting.name} in ${String(Math.round((Date.now() - started) / 1000))} s`);
}

function serve(hosting: Hosting): void {
  log(`serving ${path.relative(PROJECT_ROOT, hosting.webRoot)}/ at ${hosting.baseURL}`);
  const server = spawn(
    process.execPath,
    [
      SIRV,
      hosting.webRoot,
      '--host',
      '127.0.0.1',
      '--port',
      String(hosting.port),
      '--no-logs',
      '--no-clear',
    ],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  const stop = (signal: NodeJS.Signals): void => {
    server.kill(signal);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code, signal) => {
    log(`sirv for ${hosting.name} stopped (${signal ?? `exit code ${String(code)}`})`);
    process.exit(code ?? 1);
  });
}

const [name, ...flags] = process.argv.slice(2);
if (name === undefined) {
  log('usage: node tools/serve-static.ts <root|subpath> [--normalize]');
  process.exit(2);
}
const hosting = hostingNamed(name);

try {
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync(path.join(hosting.outDir, 'index.html'))) {
      throw new Error(
        `E2E_SKIP_BUILD=1, but ${path.relative(PROJECT_ROOT, hosting.outDir)}/index.html does not exist`,
      );
    }
    log(`E2E_SKIP_BUILD=1: serving the existing build of ${hosting.name}`);
  } else {
    await build(hosting, flags.includes('--normalize'));
  }
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
serve(hosting);
