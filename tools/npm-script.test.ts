import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { scriptArgv } from './npm-script.ts';
import { PROJECT_ROOT } from './hosting.ts';

const pkg = (scripts: Record<string, string>): string => JSON.stringify({ scripts });

test('a node script becomes node, its flags, its file and its arguments', () => {
  const cases: [script: string, argv: string[]][] = [
    ['node src/bin/build.js', ['/n', 'src/bin/build.js']],
    [
      'node --max-semi-space-size=32 src/bin/build.js',
      ['/n', '--max-semi-space-size=32', 'src/bin/build.js'],
    ],
    ['  node  a.js   --check ', ['/n', 'a.js', '--check']],
  ];
  for (const [script, argv] of cases) {
    assert.deepEqual(scriptArgv(pkg({ build: script }), 'build', '/n'), argv, script);
  }
});

test('anything else is refused, naming the script', () => {
  const cases: [scripts: Record<string, string>, message: RegExp][] = [
    [{}, /no "build" script/],
    [{ build: 'astro build' }, /"build" script is "astro build"/],
    [{ build: 'node' }, /only "node \[flags\] <file>/],
    [{ build: 'node a.js && node b.js' }, /without shell syntax/],
    [{ build: 'node "my file.js"' }, /without shell syntax/],
  ];
  for (const [scripts, message] of cases) {
    assert.throws(() => scriptArgv(pkg(scripts), 'build', '/n'), message);
  }
});

test("the repository's build and normalize scripts can be run so", () => {
  const text = readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8');
  assert.equal(scriptArgv(text, 'build', 'node').at(-1), 'src/bin/build.js');
  assert.equal(scriptArgv(text, 'normalize', 'node').at(-1), 'src/bin/normalize.js');
});
