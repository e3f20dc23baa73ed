/**
 * Lighthouse's mobile scores (the npm package's default configuration: a
 * Moto G Power screen, simulated slow 4G and 4× CPU) for a few pages, on
 * Debian's Chromium started with a remote-debugging port. The performance
 * score varies from run to run (its simulated blocking time scales the
 * tasks this machine happened to run: 0–107 ms for one page in 5 runs
 * here), so the bench keeps the median of several runs, as Lighthouse's
 * own docs/variability.md advises; the other categories do not vary, and
 * are scored on the first run only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { BENCH_CHROMIUM_ARGS, chromiumPath } from './browser-metrics.ts';
import { assertPortFree } from './static-server.ts';

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Cumulative layout shift. */
  cls: number | null;
  /** Lighthouse's own total blocking time (simulated), in ms. */
  tbtMs: number | null;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PERFORMANCE = ['performance'];

async function waitForDebugger(port: number, chrome: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (chrome.exitCode !== null) throw new Error('Chromium exited before Lighthouse could start');
    try {
      const response = await fetch(`http://127.0.0.1:${String(port)}/json/version`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Chromium did not open its debugging port ${String(port)}`);
}

const score = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : Math.round(value * 100);

/**
 * Scores `urls` in turn, `runs` rounds of them, in one headless Chromium on
 * `port`: every run's scores, by address.
 */
export async function lighthouseScores(
  urls: readonly string[],
  port: number,
  runs: number,
): Promise<Map<string, LighthouseScores[]>> {
  await assertPortFree(port);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'bench-lighthouse-'));
  const chrome = spawn(
    chromiumPath(),
    [
      ...BENCH_CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${String(port)}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const scored = new Map<string, LighthouseScores[]>(urls.map((url) => [url, []]));
  try {
    await waitForDebugger(port, chrome);
    for (let run = 0; run < runs; run += 1) {
      for (const url of urls) {
        // A page too heavy for Lighthouse (a protocol timeout) gets no scores, not a failed bench.
        const result = await lighthouse(url, {
          port,
          hostname: '127.0.0.1',
          output: 'json',
          logLevel: 'error',
          onlyCategories: run === 0 ? CATEGORIES : PERFORMANCE,
        }).catch((error: unknown) => {
          console.error(
            `lighthouse ${url}: ${error instanceof Error ? error.message : String(error)}`,
          );
          return undefined;
        });
        const categories = result?.lhr.categories;
        const audits = result?.lhr.audits;
        scored.get(url)?.push({
          performance: score(categories?.performance?.score),
          accessibility: score(categories?.accessibility?.score),
          bestPractices: score(categories?.['best-practices']?.score),
          seo: score(categories?.seo?.score),
          cls: audits?.['cumulative-layout-shift']?.numericValue ?? null,
          tbtMs: audits?.['total-blocking-time']?.numericValue ?? null,
        });
      }
    }
  } finally {
    chrome.kill('SIGTERM');
    await new Promise((resolve) => {
      if (chrome.exitCode !== null) resolve(undefined);
      else chrome.once('exit', resolve);
    });
    await rm(profile, { recursive: true, force: true });
  }
  return scored;
}
