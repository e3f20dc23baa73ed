/** Reading what `/usr/bin/time -v` reports about a finished process. */

export interface ProcessCost {
  /** Wall-clock time, in seconds. */
  wallSeconds: number;
  /** User plus system CPU time, in seconds: less sensitive than wall time to other load. */
  cpuSeconds: number;
  /** Peak resident memory of the largest process in the tree, in MB (2^20 bytes). */
  peakRssMb: number;
  /** The command's exit status. */
  exitStatus: number;
}

/** Seconds from `h:mm:ss` or `m:ss.ss`. */
function clockSeconds(text: string): number {
  return text
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

/** Parses the report `/usr/bin/time -v -o <file>` writes; throws when a figure is missing. */
export function parseTimeVerbose(report: string): ProcessCost {
  const wall = /Elapsed \(wall clock\) time \([^)]*\): ([\d:.]+)/.exec(report)?.[1];
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  const status = /Exit status: (\d+)/.exec(report)?.[1];
  if (
    wall === undefined ||
    rss === undefined ||
    status === undefined ||
    user === undefined ||
    system === undefined
  ) {
    throw new Error(`unexpected /usr/bin/time -v output:\n${report}`);
  }
  return {
    wallSeconds: clockSeconds(wall),
    cpuSeconds: Number(user) + Number(system),
    peakRssMb: Number(rss) / 1024,
    exitStatus: Number(status),
  };
}
