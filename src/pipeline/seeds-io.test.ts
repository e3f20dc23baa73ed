import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ContentWriter, readContent } from './seeds-io.ts';

/** Runs `check` on a project folder whose last good content/ is one file; deletes it after. */
async function withProject(check: (root: string) => Promise<void>): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-writer-'));
  try {
    mkdirSync(path.join(root, 'content', 'events'), { recursive: true });
    writeFileSync(path.join(root, 'content', 'events', 'old.md'), 'old\n');
    await check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const LAST_GOOD = new Map([['events/old.md', 'old\n']]);

/** What the project holds besides content/ (a folder left behind would show here). */
const others = (root: string): string[] =>
  readdirSync(root).filter((name) => name !== 'content' && !name.includes('-discarded-'));

test('commit replaces content/ with exactly the files added, in many batches', () =>
  withProject(async (root) => {
    const writer = new ContentWriter(root);
    const expected = new Map<string, string>();
    for (let index = 0; index < 600; index++) {
      const name = `events/e${String(index)}.md`;
      writer.add(name, `event ${String(index)}\n`);
      expected.set(name, `event ${String(index)}\n`);
    }
    writer.add('lanes.json', '[]\n');
    expected.set('lanes.json', '[]\n');
    await writer.commit();
    assert.deepEqual(readContent(root), expected);
    assert.deepEqual(others(root), []);
  }));

test('discard leaves content/ as it was, and nothing beside it', () =>
  withProject(async (root) => {
    const writer = new ContentWriter(root);
    for (let index = 0; index < 300; index++) writer.add(`events/e${String(index)}.md`, 'x\n');
    await writer.discard();
    assert.deepEqual(readContent(root), LAST_GOOD);
    assert.deepEqual(others(root), []);
  }));

test('a failed write fails the commit, and content/ stays as it was', () =>
  withProject(async (root) => {
    const writer = new ContentWriter(root);
    // A file where a folder must go: the second write cannot succeed.
    writer.add('events', 'not a folder\n');
    writer.add('events/e1.md', 'x\n');
    await assert.rejects(writer.commit());
    assert.deepEqual(readContent(root), LAST_GOOD);
    assert.deepEqual(others(root), []);
  }));
