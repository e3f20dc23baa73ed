import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exactBody, fileBody } from './source-body.ts';

test('the body starts right after the closing fence, leading whitespace kept', () => {
  assert.equal(
    fileBody('---\n# c\na: "1"\n---\n\n  First.\n\nSecond.\n'),
    '\n  First.\n\nSecond.\n',
  );
  assert.equal(fileBody('---\n---\nText'), 'Text');
  assert.equal(fileBody('No frontmatter\n'), 'No frontmatter\n');
});

test('a fence-like line inside the body is body', () => {
  assert.equal(fileBody('---\na: 1\n---\nOne\n---\nTwo\n'), 'One\n---\nTwo\n');
});

test('exactBody agrees with the trimmed loader body, or names the file', () => {
  assert.equal(exactBody('---\na: 1\n---\n\nText\n', 'Text', 'f.md'), '\nText\n');
  assert.throws(() => exactBody('---\na: 1\n---\nText\n', 'Other', 'f.md'), /f\.md: /);
});
