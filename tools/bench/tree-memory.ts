/**
 * The resident memory of a process and all its descendants, summed, read
 * from Linux's /proc. `/usr/bin/time -v` gives the peak of the largest single
 * process only: `npm run build` runs normalize in a process of its own beside
 * Astro, so the bench samples the whole tree as well and reports the larger.
 */
import { readFileSync } from 'node:fs';

/** A process's children, from every thread's list (Linux ≥ 3.5). */
function childrenOf(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${String(pid)}/task/${String(pid)}/children`, 'utf8');
    return tasks
      .split(' ')
      .filter((word) => word !== '')
      .map(Number);
  } catch {
    return [];
  }
}

/** Pure: the `VmRSS` of a /proc/<pid>/status text, in KiB (0 when absent). */
export function residentKib(status: string): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match === null ? 0 : Number(match[1]);
}

/** The summed resident memory of `pid` and its descendants, in MiB (0 once gone). */
export function treeRssMb(pid: number): number {
  let kib = 0;
  const pending = [pid];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    try {
      kib += residentKib(readFileSync(`/proc/${String(next)}/status`, 'utf8'));
    } catch {
      continue;
    }
    pending.push(...childrenOf(next));
  }
  return kib / 1024;
}

/** Samples `pid`'s tree every `intervalMs` until `stop()`, which gives the peak in MiB. */
export function samplePeak(pid: number, intervalMs = 50): { stop: () => number } {
  let peak = 0;
  const sample = (): void => {
    peak = Math.max(peak, treeRssMb(pid));
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
