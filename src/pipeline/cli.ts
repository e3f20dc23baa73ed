/**
 * `npm run normalize`: seeds/ → content/. With `--check`, writes nothing and
 * fails when content/ differs from what the seeds give (stale content).
 * Started by src/bin/normalize.js, which enables Node's compile cache first.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNormalize } from './run.ts';

const root =
  process.env.TIMELINE_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const result = await runNormalize(root, process.argv.slice(2));
if (result.stdout !== '') console.log(result.stdout);
if (result.stderr !== '') console.error(result.stderr);
process.exitCode = result.status;
