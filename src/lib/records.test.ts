import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitGenerated } from './archived-text.ts';
import { readGeneratedFolder } from './generated-entries.ts';
import { recordPackFile } from './record-pack.ts';
import {
  checkRecord,
  eventListing,
  readEventRecord,
  readSourceRecord,
  sourceListing,
} from './records.ts';

const CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');
/** A project whose record packs the loader's reader wrote from the real content/. */
const ROOT = mkdtempSync(path.join(tmpdir(), 'records-'));
for (const collection of ['events', 'sources'] as const) {
  readGeneratedFolder(
    {
      dir: path.join(CONTENT, collection),
      relative: `content/${collection}`,
      collection,
      keepBody: false,
      pack: recordPackFile(ROOT, collection),
    },
    () => undefined,
  );
}
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

test('a record that breaks the contract is refused with every issue; a record that keeps it is listed', () => {
  const checked = checkRecord('events', { id: 'broken', title: 'No dates' });
  assert.ok('issues' in checked);
  assert.deepEqual(checked.issues.map((issue) => issue.path.join('.')).slice(0, 2), [
    'start',
    'end',
  ]);
  const [file = ''] = eventFiles;
  const good = checkRecord('events', splitGenerated(readFileSync(file, 'utf8')).data);
  assert.ok('listing' in good);
  assert.deepEqual(good.listing, eventListing(readEventRecord(entryOf(file), ROOT).data));
  assert.ok('issues' in checkRecord('sources', { id: 'broken' }));
});

test('a record the pack does not hold is refused, naming the pack', () => {
  assert.throws(() => readEventRecord({ id: 'missing' }, ROOT), {
    message: `${recordPackFile(ROOT, 'events')}: no record 'missing'`,
  });
  assert.throws(
    () => readSourceRecord({ id: 'x' }, mkdtempSync(path.join(tmpdir(), 'records-'))),
    /no readable record pack/,
  );
});

test('records are read from the working directory by default, as the build runs in the project', () => {
  const [file = ''] = eventFiles;
  const here = process.cwd();
  process.chdir(ROOT);
  try {
    assert.deepEqual(readEventRecord(entryOf(file)), readEventRecord(entryOf(file), ROOT));
  } finally {
    process.chdir(here);
  }
});
