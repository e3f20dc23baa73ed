import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitGenerated } from './archived-text.ts';
import { readGeneratedFolder, type ReaderMessage } from './generated-entries.ts';
import { readPackedRecord, recordPackFile } from './record-pack.ts';
import { collectionSchemas } from './records.ts';
import { eventEntrySchema } from '../shared/schema/event.ts';
import { sourceEntrySchema } from '../shared/schema/source.ts';

const recordSchemas = { events: eventEntrySchema, sources: sourceEntrySchema };

const CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');

function read(
  dir: string,
  collection: 'events' | 'sources',
  keepBody: boolean,
  pack = recordPackFile(mkdtempSync(path.join(tmpdir(), 'generated-entries-')), collection),
): ReaderMessage[] {
  const messages: ReaderMessage[] = [];
  readGeneratedFolder(
    { dir, relative: `content/${collection}`, collection, keepBody, pack },
    (message) => messages.push(message),
  );
  return messages;
}

test('every record of a folder comes as its id and listing, in file-name order, and nothing more', () => {
  for (const [collection, keepBody] of [
    ['events', true],
    ['sources', false],
  ] as const) {
    const dir = path.join(CONTENT, collection);
    const names = readdirSync(dir).sort();
    const pack = recordPackFile(mkdtempSync(path.join(tmpdir(), 'generated-entries-')), collection);
    const messages = read(dir, collection, keepBody, pack);
    assert.deepEqual(messages.at(-1), { collection, done: true, problems: [] });
    const entries = messages.flatMap((message) => ('entries' in message ? message.entries : []));
    assert.deepEqual(
      entries.map((entry) => `${entry.id}.md`),
      names,
    );
    for (const entry of entries) {
      const text = readFileSync(path.join(dir, `${entry.id}.md`), 'utf8');
      const { data, body } = splitGenerated(text);
      assert.deepEqual(entry.data, collectionSchemas[collection].parse(data));
      assert.equal(entry.body, keepBody ? body : undefined);
      // A page finds its record by the id; the store keeps no path or digest.
      assert.deepEqual(Object.keys(entry), keepBody ? ['id', 'data', 'body'] : ['id', 'data']);
      // The pack holds the whole record as the contract's schema gives it, and the body.
      assert.deepEqual(readPackedRecord(pack, entry.id), {
        data: JSON.parse(JSON.stringify(recordSchemas[collection].parse(data))) as unknown,
        body,
      });
    }
  }
});

test('entries come in batches of at most 200, so the loader starts on the first ones early', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'generated-entries-'));
  const [name = ''] = readdirSync(path.join(CONTENT, 'events'));
  const text = readFileSync(path.join(CONTENT, 'events', name), 'utf8');
  for (let index = 0; index < 450; index++) {
    writeFileSync(path.join(dir, `e-${String(index).padStart(3, '0')}.md`), text);
  }
  const sizes = read(dir, 'events', false).map((message) =>
    'entries' in message ? message.entries.length : 'done',
  );
  assert.deepEqual(sizes, [200, 200, 50, 'done']);
});

test('every broken record is named at once, with its field and the fix; the others still come', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'generated-entries-'));
  const [name = ''] = readdirSync(path.join(CONTENT, 'events'));
  writeFileSync(path.join(dir, name), readFileSync(path.join(CONTENT, 'events', name)));
  writeFileSync(path.join(dir, 'a-no-dates.md'), '---\nid: a-no-dates\ntitle: No dates\n---\n');
  writeFileSync(path.join(dir, 'b-bad-yaml.md'), '---\nid: [unclosed\n---\n');
  writeFileSync(path.join(dir, 'notes.txt'), 'not a record');
  const pack = recordPackFile(mkdtempSync(path.join(tmpdir(), 'generated-entries-')), 'events');
  const messages = read(dir, 'events', true, pack);
  // A load that fails writes no pack: the build stops there.
  assert.equal(existsSync(pack), false);
  const done = messages.at(-1);
  assert.ok(done !== undefined && 'done' in done);
  const fix = 'run `npm run normalize` to write content/ again (it is generated: edit seeds/)';
  assert.ok(done.problems.length > 2);
  for (const problem of done.problems) assert.ok(problem.endsWith(` — ${fix}`), problem);
  assert.ok(done.problems.includes(`content/events/a-no-dates.md: start: Invalid input — ${fix}`));
  assert.ok(
    done.problems.includes(
      `content/events/a-no-dates.md: tags: Invalid input: expected array, received undefined — ${fix}`,
    ),
  );
  assert.ok(
    done.problems.includes(
      `content/events/b-bad-yaml.md: unreadable frontmatter (unexpected end of the stream within a flow collection at line 3, column 1) — ${fix}`,
    ),
    done.problems.join('\n'),
  );
  const ids = messages
    .flatMap((message) => ('entries' in message ? message.entries : []))
    .map((entry) => entry.id);
  assert.deepEqual(ids, [name.slice(0, -'.md'.length)]);
});
