/**
 * Running normalize and `astro build` for the test set-ups, as a reader of
 * the README would: Node 24 from node_modules/.bin first on PATH, the base and
 * the public address in BASE_PATH and SITE_URL. Output is shown only when a
 * step fails.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './hosting.ts';

const BIN = path.join(PROJECT_ROOT, 'node_modules', '.bin');

/** Node 24 from the `node` devDependency: the system `node` may be too old. */
export const NODE = path.join(BIN, 'node');

export function log(message: string): void {
  process.stderr.write(`[site-build] ${message}\n`);
}

/**
 * Runs a command in `cwd`; its output is shown only when it fails. With
 * `refuse`, output that matches it fails the run too.
 */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string = PROJECT_ROOT,
  refuse?: RegExp,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const text = Buffer.concat(output);
      const refused = refuse?.exec(text.toString('utf8'));
      if (code === 0 && (refused === undefined || refused === null)) {
        resolve();
        return;
      }
      process.stderr.write(text);
      const why =
        code === 0 ? `it printed "${refused?.[0] ?? ''}"` : (signal ?? `exit code ${String(code)}`);
      reject(new Error(`${[command, ...args].join(' ')} (in ${cwd}) failed (${why})`));
    });
  });
}

/** What one build is given: the Astro `base` and the origin it will be served from. */
export interface BuildTarget {
  base: string;
  origin: string;
}

/** The environment for npm and astro: Node 24 first on PATH, BASE_PATH and SITE_URL set. */
export function buildEnv({ base, origin }: BuildTarget): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`,
    SITE_URL: origin,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (base === '/') delete env.BASE_PATH;
  else env.BASE_PATH = base;
  return env;
}

/** `node src/pipeline/cli.ts` for the project at `root` (its seeds/ → its content/). */
export async function normalize(root: string): Promise<void> {
  log(`normalize ${path.relative(PROJECT_ROOT, root) || '.'}`);
  await run(NODE, [path.join(PROJECT_ROOT, 'src', 'pipeline', 'cli.ts')], {
    ...process.env,
    TIMELINE_ROOT: root,
  });
}

/** `astro build --outDir <outDir>` in the project at `cwd`. */
export async function astroBuild(cwd: string, outDir: string, target: BuildTarget): Promise<void> {
  const started = Date.now();
  log(
    `astro build --outDir ${path.relative(PROJECT_ROOT, outDir)} in ${path.relative(PROJECT_ROOT, cwd) || '.'} (BASE_PATH=${target.base}, SITE_URL=${target.origin})`,
  );
  // Every fixture builds without a warning: a warning at every build is one nobody reads.
  await run(
    path.join(BIN, 'astro'),
    ['build', '--outDir', outDir],
    buildEnv(target),
    cwd,
    /^.*\[WARN\].*$/m,
  );
  log(`built in ${String(Math.round((Date.now() - started) / 1000))} s`);
}
