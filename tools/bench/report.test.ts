import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatRatio, median, medianBuild, medianScores, ratio } from './report.ts';

test('median of odd and even counts, ignoring missing runs', () => {
  assert.equal(median([300, 100, 200]), 200);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([null, 5, null]), 5);
  assert.equal(median([null]), null);
});

test('build figures: each field is its own median over the builds', () => {
  const cost = (wallSeconds: number, cpuSeconds: number, peakRssMb: number) => ({
    wallSeconds,
    cpuSeconds,
    peakRssMb,
    exitStatus: 0,
  });
  const run = (normalize: number, build: number, peak: number) => ({
    normalize: cost(normalize, normalize + 1, 500),
    build: cost(build, build + 6, peak),
  });
  const figures = medianBuild([run(5, 30, 990), run(6, 27, 930), run(4, 26, 950)]);
  assert.deepEqual(figures.normalize, cost(5, 6, 500));
  assert.deepEqual(figures.build, cost(27, 33, 950));
});

test('Lighthouse scores: each a median over the runs that have it', () => {
  const first = {
    performance: 99,
    accessibility: 100,
    bestPractices: 96,
    seo: 100,
    cls: 0,
    tbtMs: 107,
  };
  const performanceOnly = (performance: number, tbtMs: number) => ({
    performance,
    accessibility: null,
    bestPractices: null,
    seo: null,
    cls: 0.01,
    tbtMs,
  });
  assert.deepEqual(medianScores([first, performanceOnly(100, 4), performanceOnly(100, 47)]), {
    performance: 100,
    accessibility: 100,
    bestPractices: 96,
    seo: 100,
    cls: 0.01,
    tbtMs: 47,
  });
  const failed = { ...performanceOnly(0, 0), performance: null, cls: null, tbtMs: null };
  assert.deepEqual(medianScores([failed]), failed);
});

test('a ratio needs both figures and a non-zero reference', () => {
  assert.equal(ratio(50, 200), 0.25);
  assert.equal(ratio(null, 200), null);
  assert.equal(ratio(50, 0), null);
  assert.equal(formatRatio(0.25), '0.25×');
  assert.equal(formatRatio(12.34), '12.3×');
  assert.equal(formatRatio(null), '–');
});
