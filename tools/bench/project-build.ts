/**
 * A corpus built as a real project: a temporary folder with copies of the
 * repository's site (src/, public/, the config files), a node_modules made of
 * links to the repository's packages, and the generated seeds/. normalize
 * alone, then `npm run build` (normalize beside `astro build`), run there
 * under `/usr/bin/time -v`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  cp,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback, constants as zlib } from 'node:zlib';
import type { Corpus } from './corpus.ts';
import { parseTimeVerbose, type ProcessCost } from './time-verbose.ts';
import { samplePeak } from './tree-memory.ts';
import { scriptArgv } from '../npm-script.ts';

const gzipAsync = promisify(gzipCallback);

/** gzip as a static host would precompress: the highest level. */
export function gzip(data: Buffer | string): Promise<Buffer> {
  return gzipAsync(data, { level: zlib.Z_BEST_COMPRESSION });
}

/** What the site needs from the repository to build. */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Caches that must stay per project (Astro's content store lives in node_modules/.astro). */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);
const TIME = '/usr/bin/time';

/** `/usr/bin/time` is Debian's `time` package. */
export function ensureTime(): void {
  if (!existsSync(TIME)) {
    throw new Error(`${TIME} is missing: install it (apt-get install -y time) and run again`);
  }
}

/**
 * A node_modules of links to the repository's packages, so node and Vite
 * resolve as in the repository while Astro's caches stay in this project.
 */
export async function linkNodeModules(repoRoot: string, projectRoot: string): Promise<void> {
  const source = path.join(repoRoot, 'node_modules');
  const target = path.join(projectRoot, 'node_modules');
  await mkdir(target, { recursive: true });
  for (const name of await readdir(source)) {
    if (PRIVATE_CACHES.has(name)) continue;
    await symlink(path.join(source, name), path.join(target, name));
  }
}

/** Writes `files` (relative path → text) under `root`. */
export async function writeFiles(root: string, files: Corpus): Promise<void> {
  const folders = new Set([...files.keys()].map((name) => path.dirname(path.join(root, name))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all(
    [...files].map(([name, text]) => writeFile(path.join(root, name), text, 'utf8')),
  );
}

/** A fresh project folder holding the site's sources and `corpus` as its seeds. */
export async function createProject(
  repoRoot: string,
  projectRoot: string,
  corpus: Corpus,
): Promise<void> {
  await rm(projectRoot, { recursive: true, force: true });
  await mkdir(projectRoot, { recursive: true });
  for (const name of SITE_FILES) {
    const from = path.join(repoRoot, name);
    if (existsSync(from)) await cp(from, path.join(projectRoot, name), { recursive: true });
  }
  await linkNodeModules(repoRoot, projectRoot);
  await writeFiles(projectRoot, corpus);
}

/** The environment npm gives its scripts: the project's node_modules/.bin (Node 24) first. */
export function projectEnv(projectRoot: string, siteUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(projectRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    TIMELINE_ROOT: projectRoot,
    SITE_URL: siteUrl,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env.BASE_PATH;
  return env;
}

/**
 * Runs `command` under `/usr/bin/time -v`; its output is shown only when it
 * fails. The peak memory is the larger of time's (the largest single
 * process) and the sampled sum over the whole process tree.
 */
export async function timed(
  command: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ProcessCost> {
  const report = path.join(cwd, `.time-${String(process.pid)}.txt`);
  const output: Buffer[] = [];
  let treePeakMb = 0;
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(TIME, ['-v', '-o', report, ...command], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sampler = samplePeak(child.pid ?? 0);
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      treePeakMb = sampler.stop();
      resolve(status);
    });
  });
  const timedCost = parseTimeVerbose(await readFile(report, 'utf8'));
  const cost = { ...timedCost, peakRssMb: Math.max(timedCost.peakRssMb, treePeakMb) };
  await rm(report, { force: true });
  if (code !== 0 || cost.exitStatus !== 0) {
    process.stderr.write(Buffer.concat(output));
    throw new Error(`${command.join(' ')} failed in ${cwd} (exit ${String(code)})`);
  }
  return cost;
}

export interface BuildFigures {
  /** `npm run normalize` alone: `node src/bin/normalize.js`. */
  normalize: ProcessCost;
  /** `npm run build` (`node … src/bin/build.js`): normalize beside `astro build`. */
  build: ProcessCost;
}

/**
 * Moves what normalize and the build wrote (content/, dist/, Astro's and
 * Vite's caches) into `trash`, so the next build starts as in a fresh
 * project. Moved, not deleted: deleting 15,000 pages keeps the disk busy for
 * seconds after, and the next normalize, which creates as many files, took
 * 8 s instead of 5.5 s.
 */
export async function resetBuild(
  projectRoot: string,
  trash: string,
  written: readonly string[] = [
    'content',
    'dist',
    '.astro',
    ...[...PRIVATE_CACHES].map((cache) => path.join('node_modules', cache)),
  ],
): Promise<void> {
  await mkdir(trash, { recursive: true });
  for (const [index, name] of written.entries()) {
    const from = path.join(projectRoot, name);
    if (existsSync(from)) await rename(from, path.join(trash, String(index)));
  }
}

/**
 * Times normalize alone, then `npm run build` from the same fresh start: the
 * content/ normalize wrote is moved into `trash` first.
 */
export async function buildProject(
  projectRoot: string,
  siteUrl: string,
  trash: string,
): Promise<BuildFigures> {
  const env = projectEnv(projectRoot, siteUrl);
  // As `npm run normalize` and `npm run build` run them (package.json).
  const packageJson = await readFile(path.join(projectRoot, 'package.json'), 'utf8');
  const normalize = await timed(
    scriptArgv(packageJson, 'normalize', process.execPath),
    projectRoot,
    env,
  );
  await resetBuild(projectRoot, trash, ['content']);
  const build = await timed(scriptArgv(packageJson, 'build', process.execPath), projectRoot, env);
  return { normalize, build };
}

/** Every file under `dir`, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export interface DistFigures {
  /** Total bytes of dist/. */
  bytes: number;
  files: number;
  /** HTML pages (files ending in .html). */
  pages: number;
  /** `/` (dist/index.html): bytes, and bytes gzipped. */
  homeBytes: number;
  homeGzipBytes: number;
}

export async function distFigures(distDir: string): Promise<DistFigures> {
  const files = await listFiles(distDir);
  let bytes = 0;
  for (const file of files) bytes += (await stat(path.join(distDir, file))).size;
  const home = await readFile(path.join(distDir, 'index.html'));
  return {
    bytes,
    files: files.length,
    pages: files.filter((file) => file.endsWith('.html')).length,
    homeBytes: home.length,
    homeGzipBytes: (await gzip(home)).length,
  };
}

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|ics|csv|webmanifest)$/;

/**
 * Writes `<file>.gz` beside every text file, which sirv sends to browsers
 * that accept gzip, as a static host or CDN would compress them.
 */
export async function precompress(dir: string): Promise<void> {
  for (const file of await listFiles(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const full = path.join(dir, file);
    await writeFile(`${full}.gz`, await gzip(await readFile(full)));
  }
}
