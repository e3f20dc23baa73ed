/**
 * The ledger's tags are a closed vocabulary: seeds/tags.yaml lists every tag
 * with when it applies, and the ledger uses those tags and no others.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LEDGER = 'seeds/events.yaml';
const VOCABULARY = 'seeds/tags.yaml';

/** One scalar of a YAML file, with the 1-based line it stands on. */
interface Located {
  value: string;
  line: number;
}

/** The top-level sequence of a YAML file, and a function giving a node's line. */
function parseList(text: string): { items: unknown[]; lineOf: (node: Node) => number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const items = isSeq(document.contents) ? document.contents.items : [];
  return {
    items,
    lineOf: (node) => (node.range ? lineCounter.linePos(node.range[0]).line : 1),
  };
}

/** `key` of a YAML map node, as a located string (null when absent or not a string). */
function field(item: unknown, key: string, lineOf: (node: Node) => number): Located | null {
  if (!isMap(item)) return null;
  const node = item.get(key, true);
  return isScalar(node) && typeof node.value === 'string'
    ? { value: node.value, line: lineOf(node) }
    : null;
}

/**
 * Every disagreement between a ledger and a tag vocabulary, each as
 * `file:line: what — fix`: tags the ledger uses that the vocabulary lacks
 * (naming the event), tags the vocabulary lists that no event uses, and
 * vocabulary entries without an id or a one-line description, or listed twice.
 */
function tagProblems(ledgerText: string, vocabularyText: string): string[] {
  const problems: string[] = [];
  const vocabulary = parseList(vocabularyText);
  const known = new Map<string, number>();
  for (const item of vocabulary.items) {
    const id = field(item, 'id', vocabulary.lineOf);
    if (id === null) {
      const line = isMap(item) ? vocabulary.lineOf(item) : 1;
      problems.push(`${VOCABULARY}:${String(line)}: an entry has no id — add \`id: <kebab-case>\``);
      continue;
    }
    const description = field(item, 'description', vocabulary.lineOf);
    if (
      description === null ||
      description.value.trim() === '' ||
      description.value.includes('\n')
    ) {
      problems.push(
        `${VOCABULARY}:${String(id.line)}: tag '${id.value}' needs a one-line description — say when it applies`,
      );
    }
    if (known.has(id.value)) {
      problems.push(
        `${VOCABULARY}:${String(id.line)}: tag '${id.value}' is listed twice (first on line ${String(known.get(id.value))}) — keep one`,
      );
    } else {
      known.set(id.value, id.line);
    }
  }

  const ledger = parseList(ledgerText);
  const used = new Set<string>();
  for (const event of ledger.items) {
    const id = field(event, 'id', ledger.lineOf)?.value ?? '(no id)';
    const tags = isMap(event) ? event.get('tags', true) : undefined;
    if (!isSeq(tags)) continue;
    for (const tag of tags.items) {
      if (!isScalar(tag) || typeof tag.value !== 'string') continue;
      used.add(tag.value);
      if (!known.has(tag.value)) {
        problems.push(
          `${LEDGER}:${String(ledger.lineOf(tag))}: event '${id}' uses tag '${tag.value}', which ${VOCABULARY} does not list — use a listed tag, or add it there with a description`,
        );
      }
    }
  }
  for (const [tag, line] of known) {
    if (!used.has(tag)) {
      problems.push(
        `${VOCABULARY}:${String(line)}: tag '${tag}' is used by no event — remove it, or tag the events it fits`,
      );
    }
  }
  return problems;
}

const VOCABULARY_FIXTURE = `- id: zte
  description: ZTE is named.
- id: trump
  description: An act of President Trump.
`;

const LEDGER_FIXTURE = `- id: first-event
  title: A first event
  tags: [zte]
- id: second-event
  title: A second event
  tags:
    - trump
    - zte
`;

test('the ledger uses only the tags of the vocabulary, and the vocabulary only tags in use', async () => {
  const [ledger, vocabulary] = await Promise.all([
    readFile(path.join(root, LEDGER), 'utf8'),
    readFile(path.join(root, VOCABULARY), 'utf8'),
  ]);
  assert.deepEqual(tagProblems(ledger, vocabulary), []);
});

test('a tag missing from the vocabulary is reported with the event id and its line', () => {
  const ledger = LEDGER_FIXTURE.replace('    - trump\n', '    - trump\n    - trade-war\n');
  assert.deepEqual(tagProblems(ledger, VOCABULARY_FIXTURE), [
    `${LEDGER}:8: event 'second-event' uses tag 'trade-war', which ${VOCABULARY} does not list — use a listed tag, or add it there with a description`,
  ]);
});

test('a flow-style tag list is located too', () => {
  const ledger = LEDGER_FIXTURE.replace('tags: [zte]', 'tags: [zte, state-dept]');
  assert.deepEqual(tagProblems(ledger, VOCABULARY_FIXTURE), [
    `${LEDGER}:3: event 'first-event' uses tag 'state-dept', which ${VOCABULARY} does not list — use a listed tag, or add it there with a description`,
  ]);
});

test('a vocabulary tag no event uses is reported with its line', () => {
  const ledger = LEDGER_FIXTURE.replace('    - trump\n', '');
  assert.deepEqual(tagProblems(ledger, VOCABULARY_FIXTURE), [
    `${VOCABULARY}:3: tag 'trump' is used by no event — remove it, or tag the events it fits`,
  ]);
});

test('a vocabulary entry without a description, or listed twice, is reported', () => {
  const vocabulary = `${VOCABULARY_FIXTURE}- id: zte\n`;
  assert.deepEqual(tagProblems(LEDGER_FIXTURE, vocabulary), [
    `${VOCABULARY}:5: tag 'zte' needs a one-line description — say when it applies`,
    `${VOCABULARY}:5: tag 'zte' is listed twice (first on line 1) — keep one`,
  ]);
});
