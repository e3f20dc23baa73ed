import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, joinBase, withBase } from './with-base.ts';

test('at the root', () => {
  assert.equal(withBase('', '/'), '/');
  assert.equal(withBase('events/a/', '/'), '/events/a/');
  assert.equal(withBase('/events/a/', '/'), '/events/a/');
  assert.equal(withBase('?event=a', '/'), '/?event=a');
});

test('under a sub-path, with or without its trailing slash', () => {
  for (const base of ['/timeline', '/timeline/']) {
    assert.equal(withBase('', base), '/timeline/');
    assert.equal(withBase('sources/x/#quote-a-1', base), '/timeline/sources/x/#quote-a-1');
    assert.equal(withBase('/favicon.svg', base), '/timeline/favicon.svg');
  }
});

test('a base written without its leading slash still gives a root-relative URL', () => {
  assert.equal(joinBase('sub/', 'about/'), '/sub/about/');
});

test('absolute URLs join site, base and path', () => {
  assert.equal(
    absoluteUrl('events/a/', 'https://example.org', '/t/'),
    'https://example.org/t/events/a/',
  );
  assert.equal(absoluteUrl('', new URL('https://example.org/'), '/'), 'https://example.org/');
});
