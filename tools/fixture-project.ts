/**
 * A fixture project: the site's code with another seeds folder, so a test can
 * build and serve a site made from hostile, tiny or broken data without
 * touching seeds/ or content/ (like Starlight's __e2e__ fixtures).
 *
 * `makeFixtureProject` lays out `.hosting/<name>/project` as a real project:
 * copies of src/, public/, astro.config.mjs, tsconfig.json and package.json,
 * the fixture's seeds/, and a node_modules/ of links to the real packages
 * (its own folder, so Astro's cache in node_modules/.astro is the fixture's
 * and never the real site's). `buildFixture` then normalizes it (its seeds/ →
 * its content/) and builds it with `astro build`, as the real site is built.
 *
 *   node tools/fixture-project.ts <seeds folder> <project folder>   (make + normalize only)
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT, type Fixture } from './hosting.ts';
import { astroBuild, normalize, type BuildTarget } from './site-build.ts';
import { generateCorpus } from './bench/corpus.ts';

/** What a fixture project copies from the real one: the code, not the data. */
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'] as const;

/** Caches inside node_modules that must stay per project. */
const NOT_LINKED = new Set(['.astro', '.vite', '.cache']);

/** Makes `fixture.project` afresh from the real project's code and the fixture's seeds. */
export async function makeFixtureProject(fixture: Fixture): Promise<void> {
  if (fixture.generate !== null) {
    // Keys are project paths (`seeds/…`): written beside, into `fixture.seeds`.
    await rm(fixture.seeds, { recursive: true, force: true });
    for (const [name, text] of generateCorpus(fixture.generate.events, 1, fixture.generate.burst)) {
      const file = path.join(path.dirname(fixture.seeds), name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text, 'utf8');
    }
  }
  if (!existsSync(path.join(fixture.seeds, 'events.yaml'))) {
    throw new Error(`${fixture.seeds} is not a seeds folder: it has no events.yaml`);
  }
  await rm(fixture.project, { recursive: true, force: true });
  await mkdir(fixture.project, { recursive: true });
  for (const name of COPIED) {
    await cp(path.join(PROJECT_ROOT, name), path.join(fixture.project, name), {
      recursive: true,
      // Tests beside the code are not part of a site build.
      filter: (source) => !source.endsWith('.test.ts'),
    });
  }
  await cp(fixture.seeds, path.join(fixture.project, 'seeds'), { recursive: true });
  const modules = path.join(fixture.project, 'node_modules');
  await mkdir(modules);
  const realModules = path.join(PROJECT_ROOT, 'node_modules');
  for (const name of await readdir(realModules)) {
    if (NOT_LINKED.has(name)) continue;
    await symlink(path.join(realModules, name), path.join(modules, name));
  }
}

/** Makes the project, normalizes its seeds and builds it into `outDir`. */
export async function buildFixture(
  fixture: Fixture,
  outDir: string,
  target: BuildTarget,
): Promise<void> {
  await makeFixtureProject(fixture);
  await normalize(fixture.project);
  await mkdir(outDir, { recursive: true });
  await astroBuild(fixture.project, outDir, target);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [seeds, project] = process.argv.slice(2);
  if (seeds === undefined || project === undefined) {
    process.stderr.write('usage: node tools/fixture-project.ts <seeds folder> <project folder>\n');
    process.exit(2);
  }
  const fixture = { seeds: path.resolve(seeds), generate: null, project: path.resolve(project) };
  await makeFixtureProject(fixture);
  await normalize(fixture.project);
}
