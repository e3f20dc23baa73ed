import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { generatedEntries } from './generated-loader.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Stored {
  id: string;
  body?: string;
  rendered?: { html: string };
}

/** The part of a loader's context it uses: a store to fill and a Markdown renderer. */
function context(root: string, stored: Stored[]): LoaderContext {
  return {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      clear: () => stored.splice(0),
      set: (entry: Stored) => stored.push(entry),
    },
    renderMarkdown: (markdown: string) => Promise.resolve({ html: `<p>${markdown}</p>` }),
  } as unknown as LoaderContext;
}

test('both collections load together, in file-name order: summaries rendered, articles left out', async () => {
  const events: Stored[] = [];
  const sources: Stored[] = [];
  await Promise.all([
    generatedEntries('./content/events', { collection: 'events', body: 'render' }).load(
      context(ROOT, events),
    ),
    generatedEntries('./content/sources', { collection: 'sources', body: 'leave' }).load(
      context(ROOT, sources),
    ),
  ]);
  for (const [stored, folder] of [
    [events, 'events'],
    [sources, 'sources'],
  ] as const) {
    assert.deepEqual(
      stored.map((entry) => `${entry.id}.md`),
      readdirSync(path.join(ROOT, 'content', folder)).sort(),
    );
  }
  for (const event of events) {
    assert.ok(event.body !== undefined && event.body !== '');
    assert.equal(event.rendered?.html, `<p>${event.body}</p>`);
  }
  for (const source of sources) assert.equal('body' in source || 'rendered' in source, false);
});

test('a broken record fails the load, naming every problem at once', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'generated-loader-'));
  cpSync(path.join(ROOT, 'content', 'events'), path.join(root, 'content', 'events'), {
    recursive: true,
  });
  writeFileSync(path.join(root, 'content', 'events', 'zz-broken.md'), '---\nid: zz-broken\n---\n');
  await assert.rejects(
    generatedEntries('./content/events', { collection: 'events', body: 'render' }).load(
      context(root, []),
    ),
    (error: Error) =>
      error.message.startsWith('content/ does not hold the contract:\n') &&
      error.message.includes('\ncontent/events/zz-broken.md: title: ') &&
      error.message.includes('\ncontent/events/zz-broken.md: evidence: '),
  );
});
