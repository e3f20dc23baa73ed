import assert from 'node:assert/strict';
import test from 'node:test';
import { once, quickYamlValue } from './yaml-quick.ts';

test('quickYamlValue reads a plain document, and leaves the rest to the careful reader', () => {
  const cases: [yaml: string, expected: { value: unknown } | null][] = [
    [
      '- id: a\n  n: 2\n  ok: true\n  none: null\n',
      { value: [{ id: 'a', n: 2, ok: true, none: null }] },
    ],
    ['a: no\nb: 2019-05-01\nc: 010\n', { value: { a: 'no', b: '2019-05-01', c: 10 } }], // YAML 1.2 core
    ['text: |\n  one\n  two\n', { value: { text: 'one\ntwo\n' } }],
    ['', null], // empty: the careful reader names it
    ['a: 1\na: 2\n', null], // duplicate key
    ['a: &x [1]\nb: *x\n', null], // alias
    ['a: !!binary aGk=\n', null], // a tag outside the core schema
    ['a: [1\n', null], // syntax error
    ['a: 1\n---\nb: 2\n', null], // two documents
  ];
  for (const [yaml, expected] of cases) assert.deepEqual(quickYamlValue(yaml), expected, yaml);
});

test('once computes on the first call only', () => {
  let calls = 0;
  const value = once(() => ++calls);
  assert.equal(calls, 0);
  assert.equal(value(), 1);
  assert.equal(value(), 1);
  assert.equal(calls, 1);
});
