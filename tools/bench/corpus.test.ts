import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { contractViolations } from '../../src/pipeline/contract-check.ts';
import { readContent } from '../../src/pipeline/seeds-io.ts';
import { generateCorpus } from './corpus.ts';
import { writeFiles } from './project-build.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface LedgerEntry {
  id: string;
  evidence: { source: string; quote: string }[];
}

test('the same count and seed give the same files; another seed gives others', () => {
  assert.deepEqual(generateCorpus(60, 7), generateCorpus(60, 7));
  assert.notDeepEqual(generateCorpus(60, 7), generateCorpus(60, 8));
});

test('every quote is in its article, and each event has several sources', () => {
  const corpus = generateCorpus(300);
  const ledger = parse(corpus.get('seeds/events.yaml') ?? '') as LedgerEntry[];
  assert.equal(ledger.length, 300);
  assert.equal(new Set(ledger.map((event) => event.id)).size, 300, 'ids are unique');
  for (const event of ledger) {
    assert.ok(
      event.evidence.length >= 2,
      `${event.id} has ${String(event.evidence.length)} source(s)`,
    );
    for (const { source, quote } of event.evidence) {
      const article = corpus.get(`seeds/articles/${source}.md`);
      assert.ok(article?.includes(quote), `${event.id}: "${quote}" is not in ${source}`);
    }
  }
});

test('a generated corpus normalizes without problems, with every precision', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'bench-corpus-'));
  try {
    await writeFiles(root, generateCorpus(200, 3));
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'src/pipeline/cli.ts')], {
      cwd: root,
      env: { ...process.env, TIMELINE_ROOT: root },
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    const events = await readdir(path.join(root, 'content', 'events'));
    assert.equal(events.length, 200);
    const precisions = new Set<string>();
    for (const name of events) {
      const text = await readFile(path.join(root, 'content', 'events', name), 'utf8');
      const precision = /^precision: (\w+)$/m.exec(text)?.[1];
      if (precision !== undefined) precisions.add(precision);
    }
    assert.deepEqual([...precisions].sort(), ['day', 'month', 'quarter', 'range', 'week', 'year']);
    assert.deepEqual(contractViolations(readContent(root)), []);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
