import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainText } from './text.ts';

test('drops markdown syntax and folds whitespace', () => {
  assert.equal(
    plainText('Canada *arrested* [Meng](https://x.example/a) at the\n  US’s `request`.\n'),
    'Canada arrested Meng at the US’s request.',
  );
});

test('shortens at a word boundary', () => {
  assert.equal(plainText('one two three four', 12), 'one two…');
});
