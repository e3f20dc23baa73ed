import { test } from 'node:test';
import assert from 'node:assert/strict';
import { httpUrl, isHttpUrl } from './url.ts';

test('http and https addresses are accepted', () => {
  for (const url of [
    'https://example.com',
    'http://example.com/a/b?c=d#e',
    'https://www.bloomberg.com/news/articles/2019-05-09/trump-is-losing',
    'https://example.com/path%20with%20spaces',
    'https://例え.jp/',
  ]) {
    assert.equal(isHttpUrl(url), true, url);
  }
});

test('every other scheme, relative addresses, and malformed ones are refused', () => {
  for (const url of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '<javascript:alert(1)>',
    '<https://example.com>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '//example.com/path',
    '/relative/path',
    'relative/path',
    '#anchor',
    'https:example.com',
    'https:/example.com',
    'https:\\\\example.com',
    'https://',
    'https://exa mple.com/',
    ' https://example.com',
    'https://example.com/\n',
    'https://example.com/\u0000',
    'HTTPS://EXAMPLE.COM',
    '',
  ]) {
    assert.equal(isHttpUrl(url), false, JSON.stringify(url));
  }
});

test('the schema says what is wrong and how to fix it', () => {
  const result = httpUrl.safeParse('JaVaScRiPt:alert(1)');
  if (result.success) assert.fail('the address must be refused');
  const [issue] = result.error.issues;
  assert.equal(issue?.message, "'JaVaScRiPt:alert(1)' is not a full http(s) address");
  assert.match(
    String((issue as { params?: { fix?: string } }).params?.fix),
    /starting with https:\/\//,
  );
});
