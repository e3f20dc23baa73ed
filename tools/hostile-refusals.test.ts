/**
 * normalize refuses every hostile input of e2e/fixtures/hostile/refused/:
 * raw HTML in summaries, `javascript:`/`data:` addresses in every address
 * field and summary link, markup in ids, tags and aliases. Each case runs the
 * real CLI on a copy of the valid project with one field changed, and
 * must exit non-zero with a `file:line:` message naming the file it changed,
 * leaving the `content/` of the previous (valid) run byte for byte as it was.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { snapshot } from '../src/pipeline/folder-snapshot.ts';
import { PROJECT_ROOT } from './hosting.ts';
import { REFUSED_CASES } from '../e2e/fixtures/hostile/refused/cases.ts';

const BASE = path.join(PROJECT_ROOT, 'e2e', 'fixtures', 'hostile', 'refused', 'seeds');
const CLI = path.join(PROJECT_ROOT, 'src', 'pipeline', 'cli.ts');

function runNormalize(root: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI],
      { env: { ...process.env, TIMELINE_ROOT: root }, encoding: 'utf8' },
      (error, _stdout, stderr) => {
        resolve({ status: error === null ? 0 : (error.code as number | null), stderr });
      },
    );
  });
}

let work = '';
let validProject = '';

before(() => {
  work = mkdtempSync(path.join(tmpdir(), 'hostile-refusals-'));
  validProject = path.join(work, 'valid');
  cpSync(BASE, path.join(validProject, 'seeds'), { recursive: true });
});

after(() => {
  rmSync(work, { recursive: true, force: true });
});

test('the base project the cases start from is valid', async () => {
  const result = await runNormalize(validProject);
  assert.equal(result.status, 0, result.stderr);
  assert.ok(snapshot(path.join(validProject, 'content')).size > 0);
});

// Each case is its own process; two at a time keep both cores busy.
describe('normalize refuses', { concurrency: 2 }, () => {
  for (const [index, hostile] of REFUSED_CASES.entries()) {
    test(hostile.name, async () => {
      const root = path.join(work, `case-${String(index)}`);
      cpSync(validProject, root, { recursive: true });
      const file = path.join(root, 'seeds', hostile.file);
      const text = readFileSync(file, 'utf8');
      assert.ok(text.includes(hostile.from), `${hostile.file} holds '${hostile.from}'`);
      writeFileSync(file, text.replace(hostile.from, hostile.to));
      const before = snapshot(path.join(root, 'content'));

      const result = await runNormalize(root);

      assert.notEqual(result.status, 0, `normalize accepted ${hostile.name}`);
      const located = new RegExp(`^seeds/${hostile.file.replace(/[.]/g, '\\.')}:\\d+: .+`, 'm');
      assert.match(result.stderr, located, 'a message located in the changed file');
      assert.doesNotMatch(result.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
      assert.deepEqual(snapshot(path.join(root, 'content')), before, 'content/ left as it was');
    });
  }
});
