/**
 * The seed parsers on arbitrary input: each returns a result or located
 * problems (a line inside the file, a message and a fix), and never throws.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseArticle } from './parse-article.ts';
import { parseLanes } from './parse-lanes.ts';
import { parseLedger } from './parse-ledger.ts';
import type { Problem } from './problems.ts';
import { ARTICLE, LANES, LEDGER } from './test-project.ts';

const RUNS = 150;

function assertLocated(problems: readonly Problem[], text: string, file: string): void {
  const lines = text.split(/\r\n|\n/).length;
  for (const problem of problems) {
    assert.equal(problem.file, file);
    assert.ok(Number.isInteger(problem.line) && problem.line >= 1, `line ${String(problem.line)}`);
    assert.ok(problem.line <= lines + 1, `line ${String(problem.line)} of ${String(lines)}`);
    assert.ok(problem.message.length > 0 && problem.fix.length > 0, JSON.stringify(problem));
    assert.doesNotMatch(problem.fix, /see the message/);
  }
}

/** A text with random edits: characters inserted, lines dropped or duplicated. */
function mutated(base: string): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom(
          ':',
          '- ',
          '"',
          "'",
          '[',
          '{',
          '&a ',
          '*a',
          '#',
          '\t',
          '\r',
          '\u0000',
          '\uFEFF',
          '---\n',
          '|\n',
        ),
      ),
    }),
    fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
  );
  return fc.array(edit, { maxLength: 5 }).map((edits) => {
    let text = base;
    for (const change of edits) {
      if (change.kind === 'insert') {
        const at = change.at % (text.length + 1);
        text = text.slice(0, at) + change.text + text.slice(at);
      } else {
        const lines = text.split('\n');
        const at = change.at % lines.length;
        if (change.kind === 'drop') lines.splice(at, 1);
        else lines.splice(at, 0, lines[at] ?? '');
        text = lines.join('\n');
      }
    }
    return text;
  });
}

/** YAML-ish documents: random plain data written as YAML, with the seeds' own keys likely. */
const KEYS = [
  'id',
  'title',
  'summary',
  'group',
  'tags',
  'evidence',
  'source',
  'quote',
  'phrase',
  'date',
  'date_citation',
  'date_note',
  'aliases',
  'url',
  'publisher',
  'label',
  'colour',
  'dark',
  'published',
  'published_basis',
  'raw',
  'authors',
];
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      '2019-02-30',
      '2019-05-09',
      'https://example.com',
      'javascript:alert(1)',
      '#0072B2',
      'legal',
      '<b>x</b>',
    ),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('node'), {
      maxKeys: 6,
    }),
  ),
})).node;
const yamlish = value.map((data) => stringify(data));

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  yamlish,
);

test('parseLedger: located problems or entries, never a throw', () => {
  const file = 'seeds/events.yaml';
  fc.assert(
    fc.property(
      fc.oneof(anyText, mutated(LEDGER)),
      fc.option(fc.constant(['legal', 'asia-pacific'])),
      (text, lanes) => {
        const parsed = parseLedger(text, file, lanes ?? undefined);
        assertLocated(parsed.problems, text, file);
        if (parsed.problems.length === 0) assert.ok(parsed.entries.length > 0);
      },
    ),
    { numRuns: RUNS },
  );
});

test('parseArticle: located problems or an article, never a throw', () => {
  const file = 'seeds/articles/a.md';
  const framed = fc
    .tuple(yamlish, fc.string({ maxLength: 80 }))
    .map(([yaml, body]) => `---\n${yaml}---\n${body}`);
  fc.assert(
    fc.property(fc.oneof(anyText, framed, mutated(ARTICLE)), (text) => {
      const parsed = parseArticle(text, file, 'a');
      assertLocated(parsed.problems, text, file);
      assert.equal(parsed.article === null, parsed.problems.length > 0);
    }),
    { numRuns: RUNS },
  );
});

test('parseLanes: located problems or lanes, never a throw', () => {
  const file = 'seeds/lanes.yaml';
  fc.assert(
    fc.property(fc.oneof(anyText, mutated(LANES)), (text) => {
      const parsed = parseLanes(text, file);
      assertLocated(parsed.problems, text, file);
      assert.equal(parsed.lanes === null, parsed.problems.length > 0);
    }),
    { numRuns: RUNS },
  );
});

test('aliases that expand too far are a located problem, not a crash', () => {
  const bomb = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    ...'bcdefgh'.split('').map(
      (name, index) =>
        `${name}: &${name} [${Array(9)
          .fill(`*${'abcdefgh'[index] ?? 'a'}`)
          .join(', ')}]`,
    ),
  ].join('\n');
  const ledger = parseLedger(bomb, 'seeds/events.yaml');
  assert.match(ledger.problems[0]?.message ?? '', /cannot be read/);
  const article = parseArticle(`---\n${bomb}\n---\nBody text.\n`, 'seeds/articles/a.md', 'a');
  assert.match(article.problems[0]?.message ?? '', /cannot be read/);
});
