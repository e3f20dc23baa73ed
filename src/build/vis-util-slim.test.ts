/**
 * The vis-util names vis-timeline reads, from the installed files: every
 * helper its code calls is kept, the duplicate classes are not, and a use the
 * static read cannot follow stops the build instead of breaking the page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { exportedNames, usedVisUtilNames } from './vis-util-slim.ts';

const visTimeline = readFileSync(
  fileURLToPath(import.meta.resolve('vis-timeline/esnext/esm/vis-timeline-graph2d.js')),
  'utf8',
);
const visUtil = exportedNames(
  readFileSync(fileURLToPath(import.meta.resolve('vis-util/esnext/esm/vis-util.js')), 'utf8'),
);

test('vis-util exports are read from its export statement, renames included', () => {
  assert.deepEqual([...exportedNames('export { a, b$1 as b };\nexport {c}')], ['a', 'b', 'c']);
  assert.ok(visUtil.has('Configurator') && visUtil.has('deepExtend'));
});

test('the installed vis-timeline keeps its helpers and drops the duplicate classes', () => {
  const used = usedVisUtilNames(visTimeline, visUtil);
  for (const name of ['extend', 'deepExtend', 'addClassName', 'isNumber', 'getType', 'throttle']) {
    assert.ok(used.includes(name), `${name} is kept`);
  }
  for (const name of ['Activator', 'ColorPicker', 'Configurator', 'Popup', 'Validator', 'Hammer']) {
    assert.ok(!used.includes(name), `${name} is dropped`);
  }
  // Every member vis-timeline reads from its helper object, other than its
  // own additions, is a vis-util export that is kept.
  const own = new Set(['convert', 'xss', 'setupXSSProtection']);
  for (const [, name = ''] of visTimeline.matchAll(/availableUtils\s*\.\s*(\w+)/g)) {
    if (!own.has(name)) assert.ok(used.includes(name), `${name} is kept`);
  }
});

const sample = (body: string): string =>
  `import * as util from 'vis-util/esnext/esm/vis-util.js';\n` +
  `import { isString } from 'vis-util/esnext/esm/vis-util.js';\n` +
  `const helpers = {\n  ...util,\n  own,\n};\n${body}\n`;
const names = new Set(['extend', 'isString', 'Configurator']);

test('named imports and helper members are kept, in order', () => {
  assert.deepEqual(usedVisUtilNames(sample('helpers.extend(a, b); helpers\n  .own();'), names), [
    'extend',
    'isString',
  ]);
});

test('a use the static read cannot follow stops the build', () => {
  assert.throws(() => usedVisUtilNames(sample('configure(helpers);'), names), /helper object/);
  assert.throws(() => usedVisUtilNames(sample('helpers[key]();'), names), /helper object/);
  assert.throws(() => usedVisUtilNames(sample('const all = util;'), names), /namespace/);
  assert.throws(() => usedVisUtilNames('import { extend } from "x";', names), /no longer spreads/);
});
