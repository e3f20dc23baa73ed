/**
 * What `npm run normalize` does, as a function: the project root and the
 * arguments in; the exit status and what to print out. cli.ts is the thin
 * process around it; tests call it in-process.
 */
import { normalize } from './normalize.ts';
import { formatProblem } from './problems.ts';
import { ContentWriter, readContent, readSeeds } from './seeds-io.ts';

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Normalizes `root` (or, with `--check`, only compares); `content/` changes only on success. */
export async function runNormalize(root: string, args: readonly string[] = []): Promise<RunResult> {
  const checkOnly = args.includes('--check');
  const seeds = readSeeds(root);
  // Written as rendered, on another thread; swapped in only on success.
  const writer = checkOnly ? null : new ContentWriter(root);
  let result;
  try {
    result = normalize(seeds, writer?.add);
  } catch (error) {
    await writer?.discard();
    throw error;
  }
  if (result.problems.length > 0) {
    await writer?.discard();
    return {
      status: 1,
      stdout: '',
      stderr: [
        ...result.problems.map(formatProblem),
        `normalize: ${String(result.problems.length)} problem(s); content/ left unchanged.`,
      ].join('\n'),
    };
  }
  if (checkOnly) {
    const current = readContent(root);
    const stale = [...new Set([...current.keys(), ...result.files.keys()])]
      .sort()
      .filter((name) => current.get(name) !== result.files.get(name));
    if (stale.length > 0) {
      return {
        status: 1,
        stdout: '',
        stderr: [
          `normalize --check: content/ is stale: ${stale.map((name) => `content/${name}`).join(', ')}`,
          'Run `npm run normalize` and commit content/.',
        ].join('\n'),
      };
    }
    return {
      status: 0,
      stdout: `normalize --check: content/ is up to date (${String(result.eventCount)} events).`,
      stderr: '',
    };
  }
  await writer?.commit();
  return {
    status: 0,
    stdout: `normalize: ${String(result.eventCount)} events from ${String(result.sourceCount)} articles written to content/.`,
    stderr: '',
  };
}
