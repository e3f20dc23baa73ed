import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
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

/** The plain definition `fold` implements faster: regexes, one character at a time. */
function foldByRegex(text: string): { text: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (/\s/.test(char)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(index);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    folded += /[\u2018\u2019\u201A\u201B\u2032]/.test(char)
      ? "'"
      : /[\u201C\u201D\u201E\u201F\u2033]/.test(char)
        ? '"'
        : char;
    origin.push(index);
  }
  return { text: folded, origin };
}

test('fold agrees with the regex definition on every whitespace and quote character', () => {
  const special = Array.from({ length: 0x3001 }, (_, code) => String.fromCharCode(code)).filter(
    (char) => /\s|[\u2018-\u201F\u2032\u2033]/.test(char),
  );
  const units = [...special, '\ufeff', 'a', 'Z', '’', '-', '\u2034', '\u0085', '\u180e'];
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 40 }), (text) => {
      const folded = fold(text);
      const origin = Array.from({ length: folded.text.length }, (_, index) => folded.origin(index));
      assert.deepEqual({ text: folded.text, origin }, foldByRegex(text));
    }),
    { numRuns: 2000 },
  );
});
