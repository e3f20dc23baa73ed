import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheCollators, collatorKey } from './collator-cache.ts';

// eslint-disable-next-line @typescript-eslint/unbound-method -- called with its receiver below
const original = String.prototype.localeCompare;

const WORDS = [
  'https://example.org/events/a10/',
  'https://example.org/events/a9/',
  'https://example.org/events/A9/',
  'https://example.org/years/2019/03/2/',
  'https://example.org/years/2019/03/10/',
  'résumé',
  'resume',
  'Äpfel',
  'apfel',
  'ß',
  'ss',
  '',
];
const ARGUMENTS: [string | string[] | undefined, Intl.CollatorOptions | undefined][] = [
  [undefined, undefined],
  ['en', undefined],
  ['en', { numeric: true }],
  ['de', { sensitivity: 'base' }],
  [['sv', 'en'], { caseFirst: 'upper', ignorePunctuation: true }],
];

test('compares every pair as the original does, for each locale and options', () => {
  const expected = ARGUMENTS.map(([locales, options]) =>
    WORDS.flatMap((a) => WORDS.map((b) => original.call(a, b, locales, options))),
  );
  cacheCollators();
  const installed: unknown = Object.getOwnPropertyDescriptor(
    String.prototype,
    'localeCompare',
  )?.value;
  assert.notEqual(installed, original, 'installed');
  const actual = ARGUMENTS.map(([locales, options]) =>
    WORDS.flatMap((a) => WORDS.map((b) => a.localeCompare(b, locales, options))),
  );
  assert.deepEqual(actual, expected);
  // The sitemap's sort, as @astrojs/sitemap writes it.
  const sorted = [...WORDS].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  assert.deepEqual(sorted, [...WORDS].sort(new Intl.Collator('en', { numeric: true }).compare));
});

test('bad locales and options still throw the original errors', () => {
  cacheCollators();
  assert.throws(() => 'a'.localeCompare('b', 'not a locale!'), RangeError);
  assert.throws(() => 'a'.localeCompare('b', 'en', { usage: 'nonsense' as 'sort' }), RangeError);
});

test('only plain arguments get a key', () => {
  assert.equal(collatorKey(undefined, undefined), '[null,null]');
  assert.equal(collatorKey('en', { numeric: true }), '["en",{"numeric":true}]');
  assert.equal(collatorKey(['en', 1], undefined), null);
  assert.equal(collatorKey('en', Object.create({ numeric: true }) as object), null);
  assert.equal(collatorKey('en', { numeric: true, nested: {} }), null);
  assert.equal(collatorKey('en', { numeric: 1 }), null);
});
