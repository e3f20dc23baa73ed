import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTimeVerbose } from './time-verbose.ts';

const REPORT = `\tCommand being timed: "node src/pipeline/cli.ts"
\tUser time (seconds): 18.22
\tSystem time (seconds): 3.20
\tPercent of CPU this job got: 58%
\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50
\tMaximum resident set size (kbytes): 1992704
\tExit status: 0
`;

test('reads wall time, CPU time, peak memory and exit status', () => {
  const cost = parseTimeVerbose(REPORT);
  assert.equal(cost.wallSeconds, 62.5);
  assert.ok(Math.abs(cost.cpuSeconds - 21.42) < 1e-9);
  assert.equal(cost.peakRssMb, 1946);
  assert.equal(cost.exitStatus, 0);
});

test('hours count in the wall time', () => {
  assert.equal(parseTimeVerbose(REPORT.replace('1:02.50', '1:00:01')).wallSeconds, 3601);
});

test('a report without the figures is an error', () => {
  assert.throws(() => parseTimeVerbose('Command exited with non-zero status 1\n'), /unexpected/);
});
