/**
 * `npm run normalize`: seeds/ → content/. With `--check`, writes nothing and
 * fails when content/ differs from what the seeds give (stale content).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from './normalize.ts';
import { formatProblem } from './problems.ts';
import { readContent, readSeeds, writeContent } from './seeds-io.ts';

const root =
  process.env.TIMELINE_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const checkOnly = process.argv.includes('--check');

const result = normalize(await readSeeds(root));
if (result.problems.length > 0) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(
    `normalize: ${String(result.problems.length)} problem(s); content/ left unchanged.`,
  );
  process.exit(1);
}

if (checkOnly) {
  const current = await readContent(root);
  const stale = [...new Set([...current.keys(), ...result.files.keys()])]
    .sort()
    .filter((name) => current.get(name) !== result.files.get(name));
  if (stale.length > 0) {
    console.error(
      `normalize --check: content/ is stale: ${stale.map((name) => `content/${name}`).join(', ')}`,
    );
    console.error('Run `npm run normalize` and commit content/.');
    process.exit(1);
  }
  console.log(`normalize --check: content/ is up to date (${String(result.eventCount)} events).`);
} else {
  await writeContent(root, result.files);
  console.log(
    `normalize: ${String(result.eventCount)} events from ${String(result.sourceCount)} articles written to content/.`,
  );
}
