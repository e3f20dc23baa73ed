import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  RECORD_PACK_FOLDER,
  readPackedRecord,
  recordPackFile,
  RecordPackWriter,
} from './record-pack.ts';

function packOf(records: Record<string, { data: unknown; body: string }>, file: string): void {
  const writer = new RecordPackWriter(file);
  for (const [id, record] of Object.entries(records)) writer.add(id, record);
  writer.finish();
}

const project = () => mkdtempSync(path.join(tmpdir(), 'record-pack-'));

test("a pack lives in the project's cache folder, one per collection", () => {
  assert.equal(
    recordPackFile('/site', 'events'),
    path.resolve('/site', RECORD_PACK_FOLDER, 'events.pack'),
  );
});

test('every record reads back as it was packed, whatever its characters', () => {
  const file = recordPackFile(project(), 'events');
  const records = {
    plain: { data: { id: 'plain', tags: ['a', 'b'], offset: [3, 14], note: null }, body: 'Text.' },
    wide: { data: { title: 'Zürich „5G“ — 華為 🚀' }, body: 'Line one\n\nLine “two”\u2028' },
    empty: { data: {}, body: '' },
  };
  packOf(records, file);
  for (const [id, record] of Object.entries(records)) {
    assert.deepEqual(readPackedRecord(file, id), record);
  }
  // The writer's temporary file is gone.
  assert.deepEqual(readdirSync(path.dirname(file)), ['events.pack']);
});

test('a pack written again is read again; a discarded one leaves the last in place', () => {
  const file = recordPackFile(project(), 'sources');
  packOf({ a: { data: { n: 1 }, body: 'first' } }, file);
  assert.equal(readPackedRecord(file, 'a').body, 'first');
  packOf({ a: { data: { n: 2 }, body: 'second' }, b: { data: {}, body: 'new' } }, file);
  assert.equal(readPackedRecord(file, 'a').body, 'second');
  assert.equal(readPackedRecord(file, 'b').body, 'new');
  const discarded = new RecordPackWriter(file);
  discarded.add('a', { data: {}, body: 'never' });
  discarded.discard();
  assert.equal(readPackedRecord(file, 'a').body, 'second');
  assert.deepEqual(readdirSync(path.dirname(file)), ['sources.pack']);
});

test('a missing pack or record is named, with the pack', () => {
  const file = recordPackFile(project(), 'events');
  assert.throws(() => readPackedRecord(file, 'x'), {
    message: new RegExp(`^${file.replaceAll('.', '\\.')}: no readable record pack \\(ENOENT`),
  });
  packOf({ a: { data: {}, body: '' } }, file);
  assert.throws(() => readPackedRecord(file, 'b'), { message: `${file}: no record 'b'` });
});
