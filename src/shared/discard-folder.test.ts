import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { discardFolder, discardPreviousBuild } from './discard-folder.ts';

test('a discarded folder is gone at once, and deleted from disk soon after', async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'discard-'));
  try {
    const folder = path.join(parent, 'dist');
    for (let index = 0; index < 200; index++) {
      mkdirSync(path.join(folder, 'events', String(index)), { recursive: true });
      writeFileSync(path.join(folder, 'events', String(index), 'index.html'), 'page');
    }
    assert.equal(discardFolder(folder), true);
    assert.equal(existsSync(folder), false, 'its path is free');
    const started = Date.now();
    while (readdirSync(parent).length > 0 && Date.now() - started < 20_000) await sleep(50);
    assert.deepEqual(readdirSync(parent), [], 'nothing left beside it');
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test('a folder that is not there is no error', () => {
  assert.equal(discardFolder(path.join(tmpdir(), 'discard-no-such-folder', 'dist')), false);
});

test('a previous build is discarded, unless it is a link or holds .git', () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'discard-build-'));
  try {
    const plain = path.join(parent, 'dist');
    mkdirSync(plain);
    writeFileSync(path.join(plain, 'index.html'), 'page');
    const deployed = path.join(parent, 'deployed');
    mkdirSync(path.join(deployed, '.git'), { recursive: true });
    const target = path.join(parent, 'elsewhere');
    mkdirSync(target);
    const linked = path.join(parent, 'linked');
    symlinkSync(target, linked);
    assert.deepEqual(
      [plain, deployed, linked, path.join(parent, 'none')].map(discardPreviousBuild),
      [true, false, false, false],
    );
    assert.equal(existsSync(plain), false);
    assert.equal(existsSync(path.join(deployed, '.git')), true);
    assert.equal(existsSync(linked), true);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});
