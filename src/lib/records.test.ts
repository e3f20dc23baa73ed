import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventListing, readEventRecord, readSourceRecord, sourceListing } from './records.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONTENT = path.join(ROOT, 'content');
/** The store entry of a generated file: its id is the file's name. */
const entryOf = (file: string) => ({ id: path.basename(file, '.md') });
const eventFiles = readdirSync(path.join(CONTENT, 'events')).map((name) =>
  path.join(CONTENT, 'events', name),
);
const sourceFiles = readdirSync(path.join(CONTENT, 'sources')).map((name) =>
  path.join(CONTENT, 'sources', name),
);

test('every event file reads whole; its listing keeps what lists show and counts its articles', () => {
  for (const file of eventFiles) {
    const { data: record, body } = readEventRecord(entryOf(file), ROOT);
    assert.notEqual(body, '', file);
    assert.equal(`${record.id}.md`, path.basename(file));
    assert.ok(record.evidence.length > 0, file);
    const listing = eventListing(record);
    assert.deepEqual(Object.keys(listing).sort(), [
      'aliases',
      'end',
      'group',
      'id',
      'label',
      'precision',
      'sourceCount',
      'start',
      'tags',
      'title',
    ]);
    const articles = new Set(record.evidence.map((item) => item.source.id));
    assert.equal(listing.sourceCount, articles.size, file);
    assert.deepEqual(listing.aliases, record.aliases, file);
  }
});

test('two quotes from one article count as one source', () => {
  const record = readEventRecord(entryOf(eventFiles[0] ?? ''), ROOT).data;
  const [first] = record.evidence;
  assert.ok(first);
  const twice = { ...record, evidence: [first, { ...first, anchor: `${first.anchor}-b` }] };
  assert.equal(eventListing(twice).sourceCount, 1);
});

test('every source file reads whole: its citations point into its text; its listing counts events', () => {
  for (const file of sourceFiles) {
    const { data, body } = readSourceRecord(entryOf(file), ROOT);
    assert.equal(`${data.id}.md`, path.basename(file));
    for (const { offset } of data.citations) {
      assert.ok(offset[1] <= body.length && body.slice(offset[0], offset[1]).trim() !== '', file);
    }
    const listing = sourceListing(data);
    assert.equal('citations' in listing, false);
    assert.equal(listing.eventCount, new Set(data.citations.map((c) => c.event)).size);
  }
});

test('a record that breaks the contract is refused, naming its file', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'records-'));
  for (const folder of ['events', 'sources']) {
    mkdirSync(path.join(root, 'content', folder), { recursive: true });
    writeFileSync(
      path.join(root, 'content', folder, 'broken.md'),
      '---\nid: broken\ntitle: No dates\n---\nA summary.\n',
    );
  }
  assert.throws(
    () => readEventRecord({ id: 'broken' }, root),
    /^Error: content\/events\/broken\.md: not a valid record/,
  );
  assert.throws(
    () => readSourceRecord({ id: 'broken' }, root),
    /^Error: content\/sources\/broken\.md: not a valid record/,
  );
  assert.throws(() => readEventRecord({ id: 'missing' }, root), /ENOENT/);
});

test('a record is read from the working directory by default, as the build runs in the project', () => {
  const [file = ''] = eventFiles;
  const here = process.cwd();
  process.chdir(ROOT);
  try {
    assert.deepEqual(readEventRecord(entryOf(file)), readEventRecord(entryOf(file), ROOT));
  } finally {
    process.chdir(here);
  }
});
