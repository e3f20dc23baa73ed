import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, quoteFinder } from './quote-match.ts';

const findQuote = (body: string, quote: string) => quoteFinder(body).find(quote);
const longestMatchingPrefix = (body: string, quote: string) =>
  quoteFinder(body).longestMatchingPrefix(quote);

const BODY =
  'Huawei’s critics “haven’t provided one piece of evidence,” he said.\n\nAt\u00a0a major\n conference recently.';

test('typographic quotes and any whitespace fold', () => {
  assert.equal(fold('a\u00a0\u00a0b\n\n“c’').text, 'a b "c\'');
});

test('a quote with straight quotes and plain spaces is found, offsets into the original', () => {
  const offset = findQuote(BODY, 'Huawei\'s critics "haven\'t provided one piece of evidence,"');
  assert.ok(offset);
  assert.equal(BODY.slice(...offset), 'Huawei’s critics “haven’t provided one piece of evidence,”');
});

test('a quote across a no-break space and a line break is found', () => {
  const offset = findQuote(BODY, 'At a major conference');
  assert.ok(offset);
  assert.equal(BODY.slice(...offset), 'At\u00a0a major\n conference');
});

test('different words are not found, and the matching part is reported', () => {
  assert.equal(findQuote(BODY, 'At a minor conference'), null);
  assert.equal(longestMatchingPrefix(BODY, 'At a minor conference'), 'At a m');
  assert.equal(findQuote(BODY, '   '), null);
});
