import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { aliasesIn, isAliasPage, readAliases } from './aliases.ts';

test('reads aliases from event frontmatter', () => {
  assert.deepEqual(aliasesIn('---\nid: a\naliases:\n  - old-a\n  - older-a\n---\nSummary\n'), [
    'old-a',
    'older-a',
  ]);
  assert.deepEqual(aliasesIn('---\nid: a\naliases: []\n---\n'), []);
  assert.deepEqual(aliasesIn('no frontmatter'), []);
});

test('collects the aliases of a folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aliases-'));
  writeFileSync(path.join(dir, 'a.md'), '---\naliases: [x]\n---\n');
  writeFileSync(path.join(dir, 'b.md'), '---\naliases: [y, z]\n---\n');
  writeFileSync(path.join(dir, 'notes.txt'), 'aliases: [no]');
  assert.deepEqual([...readAliases(dir)].sort(), ['x', 'y', 'z']);
  assert.deepEqual([...readAliases(path.join(dir, 'missing'))], []);
});

test('recognises alias pages under any base', () => {
  const aliases = new Set(['old-id']);
  assert.equal(isAliasPage('https://e.org/events/old-id/', aliases), true);
  assert.equal(isAliasPage('https://e.org/sub/events/old-id/', aliases), true);
  assert.equal(isAliasPage('https://e.org/events/new-id/', aliases), false);
  assert.equal(isAliasPage('https://e.org/sources/old-id/', aliases), false);
});
