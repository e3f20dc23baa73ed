import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyOf, splitGenerated } from './archived-text.ts';

const CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');

test('bodyOf gives the body the loader sees, for every generated file', () => {
  for (const folder of ['events', 'sources']) {
    const dir = path.join(CONTENT, folder);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const { data, body } = splitGenerated(text);
      assert.equal(bodyOf(text), body, `${folder}/${name}`);
      assert.equal(data.id, name.slice(0, -'.md'.length), `${folder}/${name}`);
    }
  }
});

test('the body is the archived text from which the citation offsets count', () => {
  const text = readFileSync(path.join(CONTENT, 'sources', 'bloomberg-2019-05-09.md'), 'utf8');
  const { data, body } = splitGenerated(text);
  const citations = data.citations as { offset: [number, number] }[];
  assert.ok(citations.length > 0);
  for (const { offset } of citations) {
    assert.ok(offset[1] <= body.length && body.slice(offset[0], offset[1]).trim().length > 0);
  }
});

test('a frontmatter-free text is all body', () => {
  assert.equal(bodyOf('\n  Some text.\n'), 'Some text.');
});
