/** The benchmark's results: medians, ratios, and the one table it prints. Pure. */
import type { LoadFigures } from './browser-metrics.ts';
import type { LighthouseScores } from './lighthouse-scores.ts';
import type { BuildFigures, DistFigures } from './project-build.ts';
import type { ProcessCost } from './time-verbose.ts';

/** Page-load figures of the pages measured in one profile: median and every run. */
export type ProfileFigures = Partial<
  Record<'site' | 'vis' | 'tljs', { median: LoadFigures; runs: LoadFigures[] }>
>;

export interface CorpusResult {
  events: number;
  articles: number;
  /** The per-field median of `buildRuns`. */
  build: BuildFigures;
  /** Every build, each from a fresh start (no content/, dist/ or Astro cache). */
  buildRuns: BuildFigures[];
  dist: DistFigures;
  desktop: ProfileFigures;
  phone: ProfileFigures;
  /** Lighthouse mobile scores per page name (`/`, an event page, a period page): the per-field median of `runs`. */
  lighthouse: Record<string, LighthouseScores & { url: string; runs: LighthouseScores[] }>;
  notes: string[];
}

export interface BenchResults {
  date: string;
  commit: string;
  machine: { cores: number; memoryBytes: number; cpu: string; node: string; chromium: string };
  runs: number;
  durationSeconds: number;
  corpora: CorpusResult[];
}

/** The median of the numbers; null when there are none. */
export function median(values: readonly (number | null)[]): number | null {
  const numbers = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const middle = Math.floor(numbers.length / 2);
  const upper = numbers[middle] ?? 0;
  return numbers.length % 2 === 1 ? upper : ((numbers[middle - 1] ?? 0) + upper) / 2;
}

/** The per-field median of several builds' figures. */
export function medianBuild(runs: readonly BuildFigures[]): BuildFigures {
  const cost = (pick: (figures: BuildFigures) => ProcessCost): ProcessCost => ({
    wallSeconds: median(runs.map((run) => pick(run).wallSeconds)) ?? 0,
    cpuSeconds: median(runs.map((run) => pick(run).cpuSeconds)) ?? 0,
    peakRssMb: median(runs.map((run) => pick(run).peakRssMb)) ?? 0,
    exitStatus: Math.max(0, ...runs.map((run) => pick(run).exitStatus)),
  });
  return {
    normalize: cost((run) => run.normalize),
    build: cost((run) => run.build),
  };
}

/** The median of one field over several runs. */
const medianOf =
  <Run>(runs: readonly Run[]) =>
  (pick: (run: Run) => number | null): number | null =>
    median(runs.map(pick));

/**
 * The per-field median of several Lighthouse runs of one page. A score no
 * run has stays null; one only some runs have (the categories other than
 * performance, scored on the first run alone) is the median of those.
 */
export function medianScores(runs: readonly LighthouseScores[]): LighthouseScores {
  const of = medianOf(runs);
  return {
    performance: of((s) => s.performance),
    accessibility: of((s) => s.accessibility),
    bestPractices: of((s) => s.bestPractices),
    seo: of((s) => s.seo),
    cls: of((s) => s.cls),
    tbtMs: of((s) => s.tbtMs),
  };
}

/** The per-field median of several runs' figures. */
export function medianFigures(runs: readonly LoadFigures[]): LoadFigures {
  const of = medianOf(runs);
  const number = (pick: (figures: LoadFigures) => number): number => of(pick) ?? 0;
  return {
    firstTextMs: of((f) => f.firstTextMs),
    drawnMs: of((f) => f.drawnMs),
    tbtMs: number((f) => f.tbtMs),
    longestTaskMs: number((f) => f.longestTaskMs),
    longestBeforePaintMs: number((f) => f.longestBeforePaintMs),
    takeoverMs: of((f) => f.takeoverMs),
    zoomInMs: of((f) => f.zoomInMs),
    zoomOutMs: of((f) => f.zoomOutMs),
    heapMb: number((f) => f.heapMb),
    domElements: number((f) => f.domElements),
    jsGzipBytes: number((f) => f.jsGzipBytes),
    cssGzipBytes: number((f) => f.cssGzipBytes),
    transferBytes: number((f) => f.transferBytes),
    thirdPartyRequests: number((f) => f.thirdPartyRequests),
  };
}

/** `value / reference`, or null when either is missing or the reference is 0. */
export function ratio(value: number | null, reference: number | null): number | null {
  if (value === null || reference === null || reference === 0) return null;
  return value / reference;
}

const grouped = (value: number, digits = 0): string =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatRatio(value: number | null): string {
  return value === null ? '–' : `${value.toFixed(value < 10 ? 2 : 1)}×`;
}

const ms = (value: number | null): string => (value === null ? '–' : `${grouped(value)} ms`);
const kb = (bytes: number): string => `${grouped(bytes / 1024, bytes < 10_240 ? 1 : 0)} KB`;
const seconds = (value: number): string => `${grouped(value, value < 10 ? 1 : 0)} s`;

/** "site (plain page, ratio)" for one figure. */
function versus(
  site: number | null,
  reference: number | null,
  format: (value: number | null) => string,
  referenceName = 'plain',
): string {
  if (reference === null && site === null) return '–';
  return `${format(site)} (${referenceName} ${format(reference)}, ${formatRatio(ratio(site, reference))})`;
}

type Row = [string, ...string[]];

function profileRows(results: readonly CorpusResult[], name: 'desktop' | 'phone'): Row[] {
  const cell = (
    result: CorpusResult,
    pick: (figures: LoadFigures) => number | null,
    format: (value: number | null) => string = ms,
  ): string => {
    const site = result[name].site?.median;
    const vis = result[name].vis?.median;
    if (site === undefined) return '–';
    return vis === undefined ? format(pick(site)) : versus(pick(site), pick(vis), format);
  };
  const rows: Row[] = [
    [`${name}: first event text`, ...results.map((r) => cell(r, (f) => f.firstTextMs))],
    [
      `${name}: timeline item drawn`,
      ...results.map((r) =>
        cell(
          r,
          (f) => f.drawnMs,
          (v) => (v === null ? 'not drawn' : ms(v)),
        ),
      ),
    ],
    [`${name}: total blocking time`, ...results.map((r) => cell(r, (f) => f.tbtMs))],
    [`${name}: longest task`, ...results.map((r) => cell(r, (f) => f.longestTaskMs))],
    [
      `${name}: longest task before first paint`,
      ...results.map((r) => cell(r, (f) => f.longestBeforePaintMs)),
    ],
    [`${name}: pointer to timeline ready`, ...results.map((r) => cell(r, (f) => f.takeoverMs))],
    [`${name}: zoom in`, ...results.map((r) => cell(r, (f) => f.zoomInMs))],
    [`${name}: zoom out`, ...results.map((r) => cell(r, (f) => f.zoomOutMs))],
    [
      `${name}: JS heap`,
      ...results.map((r) =>
        cell(
          r,
          (f) => f.heapMb,
          (v) => (v === null ? '–' : `${grouped(v, 1)} MB`),
        ),
      ),
    ],
    [
      `${name}: DOM elements`,
      ...results.map((r) =>
        cell(
          r,
          (f) => f.domElements,
          (v) => (v === null ? '–' : grouped(v)),
        ),
      ),
    ],
  ];
  return rows;
}

function timelineJsRows(results: readonly CorpusResult[]): Row[] {
  const cell = (
    result: CorpusResult,
    pick: (figures: LoadFigures) => number | null,
    format: (value: number | null) => string = ms,
  ): string => {
    const site = result.phone.site?.median;
    const tljs = result.phone.tljs?.median;
    if (site === undefined || tljs === undefined) return '–';
    return versus(pick(site), pick(tljs), format, 'TimelineJS3');
  };
  if (!results.some((result) => result.phone.tljs !== undefined)) return [];
  const bytes = (value: number | null): string => (value === null ? '–' : kb(value));
  return [
    [
      'phone vs TimelineJS3: first event text',
      ...results.map((r) => cell(r, (f) => f.firstTextMs)),
    ],
    ['phone vs TimelineJS3: total blocking time', ...results.map((r) => cell(r, (f) => f.tbtMs))],
    ['phone vs TimelineJS3: timeline drawn', ...results.map((r) => cell(r, (f) => f.drawnMs))],
    [
      'phone vs TimelineJS3: bytes transferred',
      ...results.map((r) => cell(r, (f) => f.transferBytes, bytes)),
    ],
  ];
}

function lighthouseRows(results: readonly CorpusResult[]): Row[] {
  const names = [...new Set(results.flatMap((result) => Object.keys(result.lighthouse)))];
  return names.map((name) => [
    `Lighthouse mobile, ${name}: perf / a11y / best pr. / SEO, CLS`,
    ...results.map((result) => {
      const scores = result.lighthouse[name];
      if (scores === undefined) return '–';
      const show = (value: number | null): string => (value === null ? '?' : String(value));
      return `${[scores.performance, scores.accessibility, scores.bestPractices, scores.seo].map(show).join(' / ')}, CLS ${scores.cls === null ? '?' : scores.cls.toFixed(3)}`;
    }),
  ]);
}

/** The whole benchmark as one markdown table: one column per corpus size. */
export function resultsTable(results: readonly CorpusResult[]): string {
  const build = (pick: (result: CorpusResult) => BuildFigures[keyof BuildFigures]): string[] =>
    results.map((result) => {
      const cost = pick(result);
      return `${seconds(cost.wallSeconds)} (CPU ${seconds(cost.cpuSeconds)}), ${grouped(cost.peakRssMb)} MB`;
    });
  const rows: Row[] = [
    [
      'sources (articles) / events',
      ...results.map((r) => `${grouped(r.articles)} / ${grouped(r.events)}`),
    ],
    ['normalize alone: wall (CPU), peak memory', ...build((r) => r.build.normalize)],
    ['`npm run build`: wall (CPU), peak memory', ...build((r) => r.build.build)],
    [
      '`dist/`: size, pages',
      ...results.map(
        (r) => `${grouped(r.dist.bytes / 2 ** 20, 1)} MB, ${grouped(r.dist.pages)} pages`,
      ),
    ],
    [
      '`/` HTML: gzip (raw)',
      ...results.map((r) => `${kb(r.dist.homeGzipBytes)} (${kb(r.dist.homeBytes)})`),
    ],
    [
      '`/` loads JS + CSS, gzip',
      ...results.map((r) => {
        const site = r.desktop.site?.median;
        return site === undefined ? '–' : `${kb(site.jsGzipBytes)} + ${kb(site.cssGzipBytes)}`;
      }),
    ],
    ...profileRows(results, 'desktop'),
    ...profileRows(results, 'phone'),
    ...timelineJsRows(results),
    ...lighthouseRows(results),
  ];
  const header: Row = ['', ...results.map((r) => `${grouped(r.events)} events`)];
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
