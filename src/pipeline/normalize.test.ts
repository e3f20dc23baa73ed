import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from './normalize.ts';
import { readSeeds } from './seeds-io.ts';
import { LEDGER, makeProject } from './test-project.ts';

/** normalize over a test project, with every file its sink saw. */
function normalizeSeen(ledger: string): { seen: string[]; result: ReturnType<typeof normalize> } {
  const seen: string[] = [];
  const result = normalize(readSeeds(makeProject(ledger)), (name) => {
    seen.push(name);
  });
  return { seen, result };
}

test('each event file goes to the sink as its event is built, then the sources, aliases and lanes', () => {
  const { seen, result } = normalizeSeen(LEDGER);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(seen, [
    // Ledger order: the files are written while the next events are built.
    'events/rules-revised.md',
    'events/executive-arrested.md',
    'events/committee-report.md',
    'sources/daily-2018-12-11.md',
    'aliases.json',
    'lanes.json',
  ]);
  // The sink took them: the result does not hold them too.
  assert.equal(result.files.size, 0);
  assert.deepEqual([...normalize(readSeeds(makeProject(LEDGER))).files.keys()], seen);
});

test('a problem in a later event comes after the earlier events went to the sink: the run returns no files', () => {
  const { seen, result } = normalizeSeen(
    LEDGER.replace(
      'In 2012, a committee issued a report',
      'In 2012, a committee published a report',
    ),
  );
  assert.equal(result.problems.length, 1);
  assert.equal(result.files.size, 0);
  // What the sink saw must be discarded by its owner (run.ts; cli.test.ts checks content/).
  assert.deepEqual(seen, ['events/rules-revised.md', 'events/executive-arrested.md']);
});

test('once a problem is known, no event goes to the sink', () => {
  const duplicate = LEDGER.replace('- id: executive-arrested', '- id: rules-revised');
  const { seen, result } = normalizeSeen(duplicate);
  assert.ok(result.problems.some((problem) => problem.message.startsWith('duplicate id')));
  assert.deepEqual(seen, []);
});
