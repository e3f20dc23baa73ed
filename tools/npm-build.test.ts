/**
 * `npm run build` (src/bin/build.js, as package.json runs it) on a copy of
 * the real project: normalize runs beside Astro's start, and the pages are
 * built from what it wrote. With a broken ledger the build stops with
 * normalize's problems and exit status, and content/ and dist/ of the last
 * good build stay byte for byte as they were.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { makeFixtureProject } from './fixture-project.ts';
import { snapshot } from '../src/pipeline/folder-snapshot.ts';
import { PROJECT_ROOT } from './hosting.ts';
import { scriptArgv } from './npm-script.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function npmRunBuild(project: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.TIMELINE_ROOT;
  delete env.BASE_PATH;
  return new Promise((resolve) => {
    const [node = '', ...args] = scriptArgv(
      readFileSync(path.join(project, 'package.json'), 'utf8'),
      'build',
      process.execPath,
    );
    execFile(
      node,
      args,
      { cwd: project, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ status: error === null ? 0 : (error.code as number | null), stdout, stderr });
      },
    );
  });
}

let work = '';
let project = '';

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'npm-build-'));
  project = path.join(work, 'project');
  await makeFixtureProject({ seeds: path.join(PROJECT_ROOT, 'seeds'), generate: null, project });
});

after(() => {
  rmSync(work, { recursive: true, force: true });
});

test('builds the pages from the content normalize writes meanwhile', async () => {
  const run = await npmRunBuild(project);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^normalize: \d+ events from 5 articles written to content\/\.$/m);
  assert.match(run.stdout, /^astro build: \d+ pages written to dist\/ in [\d.]+ s\.$/m);
  assert.doesNotMatch(`${run.stdout}${run.stderr}`, /\[WARN\]/, 'no warnings');

  const events = readdirSync(path.join(project, 'content', 'events'));
  assert.ok(events.length >= 40, 'normalize wrote the events');
  const pages = readdirSync(path.join(project, 'dist', 'events'));
  for (const file of events) {
    assert.ok(pages.includes(file.replace(/\.md$/, '')), `a page for ${file}`);
  }
  // The sitemap leaves out the alias pages, read from the aliases.json written meanwhile.
  const aliases = JSON.parse(
    readFileSync(path.join(project, 'content', 'aliases.json'), 'utf8'),
  ) as { id: string; event: string }[];
  assert.ok(aliases.length > 0, 'the real ledger has an alias');
  const sitemap = readFileSync(path.join(project, 'dist', 'sitemap-0.xml'), 'utf8');
  for (const alias of aliases) {
    assert.ok(pages.includes(alias.id), `the alias page ${alias.id} is built`);
    assert.doesNotMatch(
      sitemap,
      new RegExp(`/events/${alias.id}/<`),
      `${alias.id} not in the sitemap`,
    );
    assert.match(sitemap, new RegExp(`/events/${alias.event}/<`), `${alias.event} in the sitemap`);
  }
});

test('a broken ledger stops the build with its problems; content/ and dist/ stay as they were', async () => {
  const content = snapshot(path.join(project, 'content'));
  const dist = snapshot(path.join(project, 'dist'));
  assert.ok(dist.size > 0, 'the first test built the site');
  const ledger = path.join(project, 'seeds', 'events.yaml');
  const text = readFileSync(ledger, 'utf8');
  const broken = text.replace(/quote: "/, 'quote: "Not in the article: ');
  assert.notEqual(broken, text);
  writeFileSync(ledger, broken);

  const run = await npmRunBuild(project);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^seeds\/events\.yaml:\d+: .*the quote is not in seeds\/articles\//m);
  assert.match(run.stderr, /content\/ left unchanged/);
  assert.doesNotMatch(run.stdout, /astro build:/);
  assert.deepEqual(snapshot(path.join(project, 'content')), content);
  assert.deepEqual(snapshot(path.join(project, 'dist')), dist);
});
