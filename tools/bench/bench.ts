/**
 * `npm run bench`: the site at 40, 1,000 and 10,000 synthetic events (issue 9).
 *
 * For each size: generates a corpus in the real seed formats, builds it as a
 * real project (normalize alone, then `npm run build`, under /usr/bin/time -v;
 * --runs times, each from a fresh start, the median of each figure kept),
 * serves dist/ with sirv, and measures it in Chromium on a desktop and a
 * phone profile against a plain vis-timeline page with every item (and, at
 * 40 events on the phone, TimelineJS3), the median of --runs loads each;
 * then Lighthouse's mobile scores (each the median of --runs runs). Prints one table and writes
 * bench/results/latest.json.
 *
 *   npm run bench                 40, 1,000 and 10,000 events
 *   npm run bench -- --quick      40 and 1,000 only
 *   npm run bench -- --sizes=40,10000 --runs=1 --no-lighthouse --keep
 *
 * On the phone profile at more than 1,000 events, the plain vis-timeline
 * page is loaded once, not --runs times: at 4× CPU one load of it takes
 * minutes, and the targets at that size are for the desktop. The site is
 * loaded --runs times there too.
 *
 * Ports 4521 (the site), 4522 (the comparison pages) and 4523 (Lighthouse's
 * Chromium) must be free; BENCH_PORT moves all three (default 4521).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  DESKTOP,
  launchBrowser,
  measureLoad,
  PHONE,
  QUIET_CAP_MS,
  type LoadFigures,
  SITE_DRAWN,
  SITE_TEXT,
  type PageUnderTest,
  type Profile,
} from './browser-metrics.ts';
import { buildPlainVis, readContentEvents, writeComparisonPages } from './comparison-pages.ts';
import { generateCorpus } from './corpus.ts';
import { lighthouseScores } from './lighthouse-scores.ts';
import {
  buildProject,
  createProject,
  distFigures,
  ensureTime,
  precompress,
  resetBuild,
  type BuildFigures,
} from './project-build.ts';
import {
  medianBuild,
  medianFigures,
  medianScores,
  resultsTable,
  type BenchResults,
  type CorpusResult,
  type ProfileFigures,
} from './report.ts';
import { startServer, type StaticServer } from './static-server.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS_FILE = path.join(REPO_ROOT, 'bench', 'results', 'latest.json');

interface Options {
  sizes: number[];
  runs: number;
  lighthouse: boolean;
  keep: boolean;
  port: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes =
    value('sizes')?.split(',').map(Number) ??
    (argv.includes('--quick') ? [40, 1000] : [40, 1000, 10_000]);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error('--sizes takes whole numbers, e.g. --sizes=40,1000');
  }
  return {
    sizes,
    runs: Number(value('runs') ?? 3),
    lighthouse: !argv.includes('--no-lighthouse'),
    keep: argv.includes('--keep'),
    port: Number(process.env.BENCH_PORT ?? 4521),
  };
}

const started = Date.now();
function log(message: string): void {
  const elapsed = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${elapsed} s] ${message}\n`);
}

function gitCommit(): string {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json');
    return `${git('rev-parse', 'HEAD')}${dirty === '' ? '' : ' (with uncommitted changes)'}`;
  } catch {
    return 'unknown';
  }
}

/** The site's opening window, as `<timeline-view>` says it; else the design's default. */
async function openingWindow(distDir: string): Promise<{ from: string; to: string }> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const from = /<timeline-view[^>]*\sdata-from="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
  const to = /<timeline-view[^>]*\sdata-to="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
  return { from: from ?? '2018-10-01', to: to ?? '2019-07-31' };
}

/** `/<folder>/<first entry>/` when dist/<folder>/ holds pages. */
/** The page in the middle of `folder`'s pages (one level down), by name. */
async function middlePage(distDir: string, folder: string): Promise<string | null> {
  const dir = path.join(distDir, folder);
  if (!existsSync(dir)) return null;
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
  const middle = entries[Math.floor(entries.length / 2)];
  return middle === undefined ? null : `/${folder}/${middle}/`;
}

/** The heaviest page under `folder` (any depth): the period page a phone finds slowest. */
async function largestPage(distDir: string, folder: string): Promise<string | null> {
  const dir = path.join(distDir, folder);
  if (!existsSync(dir)) return null;
  let largest: { page: string; bytes: number } | null = null;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    const { size } = await stat(file);
    if (largest === null || size > largest.bytes) {
      const page = `/${path.relative(distDir, entry.parentPath).split(path.sep).join('/')}/`;
      largest = { page, bytes: size };
    }
  }
  return largest?.page ?? null;
}

async function measureCorpus(
  size: number,
  options: Options,
  workRoot: string,
  plainVisDist: string,
): Promise<CorpusResult> {
  const notes: string[] = [];
  const project = path.join(workRoot, `site-${String(size)}`);
  const compareRoot = path.join(workRoot, `compare-${String(size)}`);
  const siteOrigin = `http://127.0.0.1:${String(options.port)}`;

  const corpus = generateCorpus(size);
  const articles = [...corpus.keys()].filter((name) => name.startsWith('seeds/articles/')).length;
  await createProject(REPO_ROOT, project, corpus);
  // Build times vary from run to run here as much as page loads do: the
  // median of --runs builds, each from a fresh start.
  const buildRuns: BuildFigures[] = [];
  for (let run = 0; run < options.runs; run++) {
    log(
      `${String(size)} events, ${String(articles)} articles: normalize, then npm run build, run ${String(run + 1)}`,
    );
    const trash = path.join(workRoot, 'trash', `site-${String(size)}-${String(run)}`);
    if (run > 0) await resetBuild(project, trash);
    const figures = await buildProject(project, siteOrigin, path.join(trash, 'normalized'));
    buildRuns.push(figures);
    log(
      `built: normalize ${figures.normalize.wallSeconds.toFixed(1)} s, npm run build ${figures.build.wallSeconds.toFixed(1)} s, peak ${figures.build.peakRssMb.toFixed(0)} MB`,
    );
  }
  const build = medianBuild(buildRuns);
  const distDir = path.join(project, 'dist');
  const dist = await distFigures(distDir);
  await precompress(distDir);

  const withTimelineJs = size <= 40;
  await writeComparisonPages({
    plainVisDist,
    webRoot: compareRoot,
    events: await readContentEvents(project),
    window: await openingWindow(distDir),
    withTimelineJs,
  });
  await precompress(compareRoot);

  const site = await startServer(distDir, options.port);
  const compare = await startServer(compareRoot, options.port + 1).catch(async (error: unknown) => {
    await site.stop();
    throw error;
  });
  try {
    return await measureServed(size, options, { site, compare, distDir, withTimelineJs }, notes, {
      articles,
      build,
      buildRuns,
      dist,
    });
  } finally {
    await site.stop();
    await compare.stop();
    if (!options.keep) {
      await rm(project, { recursive: true, force: true });
      await rm(compareRoot, { recursive: true, force: true });
    }
  }
}

/** The browser and Lighthouse figures of one corpus, served by `servers`. */
async function measureServed(
  size: number,
  options: Options,
  served: { site: StaticServer; compare: StaticServer; distDir: string; withTimelineJs: boolean },
  notes: string[],
  built: Pick<CorpusResult, 'articles' | 'build' | 'buildRuns' | 'dist'>,
): Promise<CorpusResult> {
  const { site, compare, distDir, withTimelineJs } = served;
  const targets: Record<'site' | 'vis' | 'tljs', PageUnderTest> = {
    site: {
      label: 'site',
      url: `${site.origin}/`,
      textSelector: SITE_TEXT,
      drawnSelector: SITE_DRAWN,
      zoomRoot: 'timeline-view',
    },
    vis: {
      label: 'plain vis-timeline',
      url: `${compare.origin}/vis/`,
      textSelector: '.vis-item .vis-item-content',
      drawnSelector: '.vis-item',
      zoomRoot: '#timeline',
    },
    tljs: {
      label: 'TimelineJS3',
      url: `${compare.origin}/tljs/`,
      textSelector: '.tl-slide .tl-headline',
      drawnSelector: '.tl-timemarker',
      zoomRoot: null,
    },
  };
  const plan: [Profile, ('site' | 'vis' | 'tljs')[]][] = [
    [DESKTOP, ['site', 'vis']],
    [PHONE, withTimelineJs ? ['site', 'vis', 'tljs'] : ['site', 'vis']],
  ];

  const runs = new Map<string, LoadFigures[]>();
  const browser = await launchBrowser();
  try {
    // Runs interleave the pages, so a slower moment of a shared machine hits each alike.
    for (let run = 0; run < options.runs; run++) {
      for (const [profile, names] of plan) {
        for (const name of names) {
          if (profile === PHONE && size > 1000 && run > 0 && name !== 'site') continue;
          const figures = await measureLoad(browser, targets[name], profile);
          const key = `${profile.name}/${name}`;
          runs.set(key, [...(runs.get(key) ?? []), figures]);
          log(
            `${String(size)} ${key} run ${String(run + 1)}: text ${String(figures.firstTextMs?.toFixed(0))} ms, drawn ${String(figures.drawnMs?.toFixed(0))} ms, TBT ${figures.tbtMs.toFixed(0)} ms, zoom ${String(figures.zoomInMs?.toFixed(0))}/${String(figures.zoomOutMs?.toFixed(0))} ms`,
          );
          if (figures.drawnMs === null) {
            notes.push(`${key}: timeline not drawn within ${String(QUIET_CAP_MS / 1000)} s`);
          }
          if (figures.thirdPartyRequests > 0) {
            notes.push(
              `${key}: ${String(figures.thirdPartyRequests)} third-party request(s), blocked`,
            );
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  const profileFigures = (profile: Profile): ProfileFigures => {
    const figures: ProfileFigures = {};
    for (const name of ['site', 'vis', 'tljs'] as const) {
      const measured = runs.get(`${profile.name}/${name}`);
      if (measured !== undefined)
        figures[name] = { median: medianFigures(measured), runs: measured };
    }
    return figures;
  };

  const lighthouse: CorpusResult['lighthouse'] = {};
  if (options.lighthouse) {
    const pages: [string, string | null][] = [
      ['/', '/'],
      ['an event page', await middlePage(distDir, 'events')],
      ['a period page', await largestPage(distDir, 'years')],
    ];
    for (const [name, page] of pages) {
      if (page === null)
        notes.push(`Lighthouse: the site has no ${name} yet (no dist/years/); skipped`);
    }
    const present = pages.filter((entry): entry is [string, string] => entry[1] !== null);
    log(`${String(size)}: Lighthouse on ${present.map(([, page]) => page).join(', ')}`);
    const scores = await lighthouseScores(
      present.map(([, page]) => `${site.origin}${page}`),
      options.port + 2,
      options.runs,
    );
    for (const [name, page] of present) {
      const url = `${site.origin}${page}`;
      const runs = scores.get(url) ?? [];
      if (runs.length === 0) continue;
      const score = medianScores(runs);
      lighthouse[name] = { url: page, ...score, runs };
      if (Object.values(score).includes(null)) {
        notes.push(
          `Lighthouse on ${page}: some scores missing ("?"): an audit failed or timed out`,
        );
      }
    }
  }
  for (const note of notes) log(`note: ${note}`);
  return {
    events: size,
    ...built,
    desktop: profileFigures(DESKTOP),
    phone: profileFigures(PHONE),
    lighthouse,
    notes: [...new Set(notes)],
  };
}

/** Writes bench/results/latest.json with what has been measured so far. */
async function writeResults(): Promise<BenchResults> {
  const results: BenchResults = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cores: os.cpus().length,
      memoryBytes: os.totalmem(),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      chromium,
    },
    runs: options.runs,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    corpora,
  };
  await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
  // Formatted as `npm run check` wants every file in the repository.
  const prettierOptions = (await resolveConfig(RESULTS_FILE)) ?? {};
  await writeFile(
    RESULTS_FILE,
    await format(JSON.stringify(results), { ...prettierOptions, filepath: RESULTS_FILE }),
  );
  return results;
}

const options = parseOptions(process.argv.slice(2));
ensureTime();
const workRoot = await mkdtemp(path.join(os.tmpdir(), 'timeline-bench-'));
log(`working in ${workRoot}; sizes ${options.sizes.join(', ')}; ${String(options.runs)} runs`);
const corpora: CorpusResult[] = [];
let chromium = 'unknown';
try {
  log('building the plain vis-timeline page');
  const plainVisDist = await buildPlainVis(REPO_ROOT, workRoot);
  const browser = await launchBrowser();
  chromium = browser.version();
  await browser.close();
  for (const size of options.sizes) {
    corpora.push(await measureCorpus(size, options, workRoot, plainVisDist));
    await writeResults(); // a later failure keeps what was measured
  }
} finally {
  if (!options.keep) await rm(workRoot, { recursive: true, force: true });
}

const results = await writeResults();
console.log(resultsTable(corpora));
for (const corpus of corpora) {
  for (const note of corpus.notes) console.log(`- ${String(corpus.events)} events: ${note}`);
}
console.log(
  `\n${String(results.machine.cores)} cores, ${(results.machine.memoryBytes / 2 ** 30).toFixed(0)} GB; ` +
    `medians of ${String(options.runs)} runs; the bench took ${String(results.durationSeconds)} s. ` +
    `Written to ${path.relative(process.cwd(), RESULTS_FILE)}.`,
);
