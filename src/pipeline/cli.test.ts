import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { LEDGER, makeProject, runNormalize, snapshotContent, writeLedger } from './test-project.ts';
import { yamlEngine } from './frontmatter-yaml.ts';
import type { EventEntry } from '../shared/schema/event.ts';

/** Reads a generated event file back as the contract's type. */
function readEvent(root: string, id: string): { data: EventEntry; content: string } {
  const file = matter(readFileSync(path.join(root, 'content/events', `${id}.md`), 'utf8'), {
    engines: { yaml: yamlEngine },
  });
  return { data: file.data as EventEntry, content: file.content };
}

const LOCATED = /^seeds\/(events\.yaml|articles\/[\w-]+\.md):(\d+): (.+) — (.+)$/;

/** A project that has been normalized once, so there is a last good content/. */
function goodProject(): { root: string; before: Map<string, string> } {
  const root = makeProject();
  const run = runNormalize(root);
  assert.equal(run.status, 0, run.stderr);
  const before = snapshotContent(root);
  assert.ok(before.size > 0);
  return { root, before };
}

/** Runs with a broken ledger; asserts failure, located errors, and content/ untouched. */
function expectProblems(ledger: string, expected: { line: number; pattern: RegExp }[]): string[] {
  const { root, before } = goodProject();
  writeLedger(root, ledger);
  const run = runNormalize(root);
  assert.notEqual(run.status, 0, 'normalize must fail');
  const lines = run.stderr.trim().split('\n');
  const problems = lines.filter((line) => LOCATED.test(line));
  for (const { line, pattern } of expected) {
    assert.ok(
      problems.some(
        (problem) =>
          problem.startsWith(`seeds/events.yaml:${String(line)}: `) && pattern.test(problem),
      ),
      `expected a problem at line ${String(line)} matching ${String(pattern)}, got:\n${run.stderr}`,
    );
  }
  assert.equal(problems.length, expected.length, `exactly the expected problems:\n${run.stderr}`);
  assert.match(lines.at(-1) ?? '', /content\/ left unchanged/);
  assert.deepEqual(snapshotContent(root), before, 'content/ is byte-for-byte as before');
  assert.deepEqual(
    readdirSync(root).filter((name) => name.startsWith('.content')),
    [],
    'no temporary folder is left behind',
  );
  return problems;
}

test('a valid project writes one file per event and per source, with derived dates', () => {
  const root = makeProject();
  const run = runNormalize(root);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /3 events from 1 articles/);
  const rules = readEvent(root, 'rules-revised');
  assert.equal(rules.data.start, '2018-12-10');
  assert.equal(rules.data.precision, 'day');
  assert.equal(rules.content.trim(), 'The ministry revised its procurement rules.');
  const arrest = readEvent(root, 'executive-arrested').data;
  assert.deepEqual(
    { start: arrest.start, implied: arrest.implied },
    {
      start: '2018-12-01',
      implied: {
        start: null,
        end: '2018-12-03',
        precision: 'range',
        label: 'On or before 3 December 2018',
      },
    },
  );
  const report = readEvent(root, 'committee-report').data;
  assert.equal(report.label, '2012');
  const source = matter(
    readFileSync(path.join(root, 'content/sources/daily-2018-12-11.md'), 'utf8'),
    {
      engines: { yaml: yamlEngine },
    },
  );
  const [start, end] = report.evidence[0]?.offset ?? [0, 0];
  assert.equal(source.content.slice(start, end), 'In 2012, a committee issued a report');
});

test('malformed YAML is reported at its line', () => {
  expectProblems(
    LEDGER.replace(
      '      quote: "arrested the executive more than a week ago"',
      '      quote: "arrested the executive\n  more than: a week ago"',
    ),
    [
      {
        line: 15,
        pattern: /YAML syntax error: Missing closing "quote — fix the YAML at this line/,
      },
    ],
  );
});

test('a missing field is reported at its record', () => {
  expectProblems(LEDGER.replace('  group: us-government\n', ''), [
    {
      line: 20,
      pattern:
        /event 'committee-report' field `group`: is missing — add it with one of: us-government, legal/,
    },
  ]);
});

test('an unknown source id is reported with the known ones', () => {
  expectProblems(
    LEDGER.replace(
      '    - source: daily-2018-12-11\n      quote: "In 2012',
      '    - source: daily-2018-12-12\n      quote: "In 2012',
    ),
    [{ line: 25, pattern: /unknown source 'daily-2018-12-12' — use one of: daily-2018-12-11/ }],
  );
});

test('a quote that is not in its article is reported', () => {
  expectProblems(
    LEDGER.replace(
      'In 2012, a committee issued a report',
      'In 2012, a committee published a report',
    ),
    [
      {
        line: 26,
        pattern:
          /the quote is not in seeds\/articles\/daily-2018-12-11\.md \(it matches up to "…In 2012, a committee "\)/,
      },
    ],
  );
});

test('disjoint evidence names both quotes', () => {
  const ledger = LEDGER.replace(
    '      quote: "In 2012, a committee issued a report"',
    '      quote: "In 2012, a committee issued a report"\n    - source: daily-2018-12-11\n      quote: "The regulator acted in March"',
  );
  const [problem] = expectProblems(ledger, [{ line: 25, pattern: /evidence is disjoint/ }]);
  assert.match(
    problem ?? '',
    /"In 2012, a committee issued a report" \(daily-2018-12-11, line 26: 2012\)/,
  );
  assert.match(
    problem ?? '',
    /"The regulator acted in March" \(daily-2018-12-11, line 28: March 2018\)/,
  );
});

test('an editorial date outside the evidence needs a date_note', () => {
  expectProblems(LEDGER.replace('  date: 2018-12-01', '  date: 2018-12-05'), [
    {
      line: 16,
      pattern:
        /editorial date 2018-12-05 lies outside what the sources say \(On or before 3 December 2018\) — correct the date, or add `date_note`/,
    },
  ]);
});

test('an editorial date outside the evidence is accepted with a date_note, and both are written', () => {
  const root = makeProject(
    LEDGER.replace(
      '  date: 2018-12-01',
      '  date: 2018-12-05\n  date_note: The article miscounts; the court record gives 5 December.',
    ),
  );
  const run = runNormalize(root);
  assert.equal(run.status, 0, run.stderr);
  const entry = readEvent(root, 'executive-arrested').data;
  assert.equal(entry.start, '2018-12-05');
  assert.equal(entry.implied.end, '2018-12-03');
  assert.match(entry.editorial?.note ?? '', /miscounts/);
});

test('a duplicate id is reported at the second use', () => {
  expectProblems(LEDGER.replace('- id: committee-report ', '- id: rules-revised '), [
    { line: 20, pattern: /duplicate id 'rules-revised': line 2 already uses it as an id/ },
  ]);
});

test('an impossible date is reported', () => {
  expectProblems(LEDGER.replace('  date: 2018-12-01', '  date: 2019-02-30'), [
    {
      line: 16,
      pattern: /field `date`: must be YYYY, YYYY-MM, YYYY-MM-DD or start\/end, and a real date/,
    },
  ]);
});

test('an unbounded date needs more evidence or an editorial date', () => {
  expectProblems(LEDGER.replace(/ {2}date: 2018-12-01\n {2}date_citation:\n.*\n.*\n/, ''), [
    {
      line: 14,
      pattern:
        /the sources only say "On or before 3 December 2018", an open-ended date — add a quote that bounds the other side, or an editorial `date`/,
    },
  ]);
});

test('every problem is reported at once, not only the first', () => {
  const ledger = LEDGER.replace('  group: us-government\n', '')
    .replace('On Monday, the ministry revised', 'On Tuesday, the ministry revised')
    .replace('  date: 2018-12-01', '  date: 2019-02-30');
  expectProblems(ledger, [
    { line: 8, pattern: /the quote is not in/ },
    { line: 16, pattern: /field `date`/ },
    { line: 20, pattern: /field `group`: is missing/ },
  ]);
});

test('an article with bad frontmatter is reported at its line', () => {
  const { root, before } = goodProject();
  const articlePath = path.join(root, 'seeds/articles/daily-2018-12-11.md');
  const text = readFileSync(articlePath, 'utf8').replace(
    'published: 2018-12-11',
    'published: 11/12/2018',
  );
  writeLedger(root, LEDGER);
  // A broken article also makes the ledger's citations of it unknown: both are reported.
  writeFileSync(articlePath, text);
  const run = runNormalize(root);
  assert.notEqual(run.status, 0);
  assert.match(
    run.stderr,
    /^seeds\/articles\/daily-2018-12-11\.md:5: article 'daily-2018-12-11' field `published`: must be YYYY-MM-DD/m,
  );
  assert.deepEqual(snapshotContent(root), before);
});

test('the same seeds always give byte-identical content', () => {
  const root = makeProject();
  assert.equal(runNormalize(root).status, 0);
  const first = snapshotContent(root);
  assert.equal(runNormalize(root).status, 0);
  assert.deepEqual(snapshotContent(root), first);
  assert.equal(runNormalize(root, '--check').status, 0);
});

test('--check fails on stale content and writes nothing', () => {
  const root = makeProject();
  assert.equal(runNormalize(root).status, 0);
  writeLedger(
    root,
    LEDGER.replace(
      'Ministry revises procurement rules',
      'The ministry revises its procurement rules',
    ),
  );
  const before = snapshotContent(root);
  const run = runNormalize(root, '--check');
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /content\/ is stale: content\/events\/rules-revised\.md/);
  assert.deepEqual(snapshotContent(root), before);
  assert.ok(existsSync(path.join(root, 'content/events/rules-revised.md')));
});
