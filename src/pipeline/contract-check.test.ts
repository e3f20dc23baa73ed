import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { contractViolations } from './contract-check.ts';
import { readContent } from './seeds-io.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const content = readContent(root);

test('a record the schemas refuse is named with its path', () => {
  const [eventName = '', eventText = ''] =
    [...content].find(([name]) => name.startsWith('events/')) ?? [];
  const [sourceName = '', sourceText = ''] =
    [...content].find(([name]) => name.startsWith('sources/')) ?? [];
  const broken = new Map([
    [eventName, eventText.replace(/^start: .*$/m, 'start: "2019-02-30"')],
    [sourceName, sourceText.replace(/^url: .*$/m, 'url: javascript:alert(1)')],
    ['aliases.json', '[{ "id": "<b>", "event": "x" }]'],
    ['lanes.json', '[]'],
  ]);
  const violations = contractViolations(broken);
  assert.deepEqual(
    violations.map((violation) => violation.split(':')[0]),
    [eventName, sourceName, 'aliases.json'],
  );
});
