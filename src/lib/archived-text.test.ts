import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringifyFrontmatter } from '../pipeline/frontmatter-yaml.ts';
import { bodyOf, splitGenerated, splitWithGrayMatter } from './archived-text.ts';
import { readGeneratedFrontmatter } from './generated-frontmatter.ts';

const CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');

test('every generated file reads as gray-matter reads it, mostly through the fast reader', () => {
  for (const folder of ['events', 'sources']) {
    const dir = path.join(CONTENT, folder);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const fast = splitGenerated(text);
      assert.deepEqual(fast, splitWithGrayMatter(text), `${folder}/${name}`);
      assert.equal(bodyOf(text), fast.body, `${folder}/${name}`);
      const yaml = /^---\n([\s\S]*?\n)---\n/.exec(text)?.[1] ?? '';
      // Multi-line strings (block scalars) are left to gray-matter; nothing else is.
      if (!/: [|>][-+]?$/m.test(yaml)) {
        assert.notEqual(readGeneratedFrontmatter(yaml), null, `${folder}/${name}: slow path`);
      }
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
  assert.deepEqual(splitGenerated('Just text.\n'), { data: {}, body: 'Just text.' });
});

const TRICKY = Array.from('aZeEyYnNoOfl09 -:#\'"[]{},&*!|>%@`?.\n\t\\~+_/()’é\u0007');
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 }),
  fc.constantFrom(
    '',
    '2018',
    '2019-05-09',
    'yes',
    'No',
    'null',
    'Null',
    '~',
    '0x1F',
    '1e3',
    '.5',
    'e5',
    'E10',
    'Off',
    'FALSE',
    'y',
    'The Hill news digest 3835',
    'an appeals court (in Bangkok), on 24 July',
  ),
);
const key = fc.oneof(fc.constantFrom('id', 'start', 'on', 'y', '__proto__', '<<'), fc.string());
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.constant(null),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
}));

test('whatever the writer writes, the fast reader reads as gray-matter does, or declines', () => {
  fc.assert(
    fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), (record) => {
      const yaml = stringifyFrontmatter(record);
      const file = `---\n${yaml}---\nBody.\n`;
      const fast = readGeneratedFrontmatter(yaml);
      if (fast !== null) assert.deepEqual(fast, splitWithGrayMatter(file).data);
      assert.deepEqual(splitGenerated(file), splitWithGrayMatter(file));
    }),
    { numRuns: 800 },
  );
});

test('a list inside a list item is left to gray-matter (a case the property test found)', () => {
  const yaml = stringifyFrontmatter({ id: [['']] });
  assert.equal(readGeneratedFrontmatter(yaml), null);
  assert.deepEqual(splitGenerated(`---\n${yaml}---\nBody.\n`).data, { id: [['']] });
});

test('a key `<<` is written as a string, so a YAML 1.1 reader does not merge it (a case the property test found)', () => {
  const record = { '<<': '', '': '', nested: [{ '<<': { '<<': '<<' } }] };
  const yaml = stringifyFrontmatter(record);
  assert.equal(yaml, '"<<": ""\n"": ""\nnested:\n  - "<<":\n      "<<": <<\n');
  const file = `---\n${yaml}---\nBody.\n`;
  assert.deepEqual(splitWithGrayMatter(file).data, record);
  assert.deepEqual(splitGenerated(file).data, record);
});
