import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {
  ARTICLE,
  ARTICLE_ID,
  LANES,
  LEDGER,
  makeProject,
  runNormalize,
  snapshotContent,
  spawnNormalize,
  writeLedger,
  writeSeed,
} from './test-project.ts';
import { yamlEngine } from './frontmatter-yaml.ts';
import type { EventEntry } from '../shared/schema/event.ts';

/** Reads a generated event file back as the contract's type. */
function readEvent(root: string, id: string): { data: EventEntry; content: string } {
  const file = matter(readFileSync(path.join(root, 'content/events', `${id}.md`), 'utf8'), {
    engines: { yaml: yamlEngine },
  });
  return { data: file.data as EventEntry, content: file.content };
}

const LOCATED = /^(seeds\/[\w./-]+):(\d+): (.+) — (.+)$/;
const ARTICLE_FILE = `seeds/articles/${ARTICLE_ID}.md`;

/** A project that has been normalized once, so there is a last good content/. */
async function goodProject(): Promise<{ root: string; before: Map<string, string> }> {
  const root = makeProject();
  const run = await runNormalize(root);
  assert.equal(run.status, 0, run.stderr);
  const before = snapshotContent(root);
  assert.ok(before.size > 0);
  return { root, before };
}

interface Expected {
  /** Project-relative file; the ledger when left out. */
  file?: string;
  line: number;
  pattern: RegExp;
}

/**
 * Changes seed files of a good project (text, bytes, or `null` to delete),
 * runs normalize, and asserts: it fails, with exactly the expected located
 * problems, and content/ is byte for byte as before. Returns the problems.
 */
async function expectSeedProblems(
  changes: Record<string, string | Buffer | null>,
  expected: Expected[],
): Promise<string[]> {
  const { root, before } = await goodProject();
  for (const [file, content] of Object.entries(changes)) writeSeed(root, file, content);
  const run = await runNormalize(root);
  assert.notEqual(run.status, 0, 'normalize must fail');
  const lines = run.stderr.trim().split('\n');
  const problems = lines.filter((line) => LOCATED.test(line));
  for (const { file = 'seeds/events.yaml', line, pattern } of expected) {
    assert.ok(
      problems.some(
        (problem) => problem.startsWith(`${file}:${String(line)}: `) && pattern.test(problem),
      ),
      `expected a problem at ${file}:${String(line)} matching ${String(pattern)}, got:\n${run.stderr}`,
    );
  }
  assert.equal(problems.length, expected.length, `exactly the expected problems:\n${run.stderr}`);
  assert.equal(lines.length, problems.length + 1, `nothing but problems:\n${run.stderr}`);
  assert.match(lines.at(-1) ?? '', /content\/ left unchanged/);
  assert.deepEqual(snapshotContent(root), before, 'content/ is byte-for-byte as before');
  assert.deepEqual(
    readdirSync(root).filter((name) => name.startsWith('.content')),
    [],
    'no temporary folder is left behind',
  );
  return problems;
}

/** `expectSeedProblems` for a changed ledger. */
function expectProblems(ledger: string, expected: Expected[]): Promise<string[]> {
  return expectSeedProblems({ 'seeds/events.yaml': ledger }, expected);
}

test('a valid project writes one file per event and per source, with derived dates', async () => {
  const root = makeProject();
  const run = await runNormalize(root);
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
  const source = matter(readFileSync(path.join(root, `content/sources/${ARTICLE_ID}.md`), 'utf8'), {
    engines: { yaml: yamlEngine },
  });
  const [start, end] = report.evidence[0]?.offset ?? [0, 0];
  assert.equal(source.content.slice(start, end), 'In 2012, a committee issued a report');
});

test('the entry point runs as a process: exit status, located problems, content/ untouched', async () => {
  const { root, before } = await goodProject();
  assert.equal(spawnNormalize(root, '--check').status, 0);
  writeLedger(root, LEDGER.replace('  group: us-government\n', ''));
  const run = spawnNormalize(root);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^seeds\/events\.yaml:20: event 'committee-report' field `group`/m);
  assert.deepEqual(snapshotContent(root), before);
});

test('malformed YAML is reported at its line', async () => {
  await expectProblems(
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

test('a missing field is reported at its record, with what to add', async () => {
  await expectProblems(LEDGER.replace('  group: us-government\n', ''), [
    {
      line: 20,
      pattern:
        /event 'committee-report' field `group`: is missing — add `group:` with one of the lanes in seeds\/lanes\.yaml: us-government, legal, asia-pacific$/,
    },
  ]);
});

test('an unknown key is named, with the likely intended one and the keys allowed', async () => {
  await expectProblems(LEDGER.replace('      quote: "In 2012', '      qoute: "In 2012'), [
    {
      line: 25,
      pattern:
        /event 'committee-report' field `evidence\.0`: has unknown key\(s\) `qoute` — rename `qoute` → `quote`; the keys allowed here are: source, quote, phrase/,
    },
  ]);
});

test('a value of the wrong kind says what belongs there', async () => {
  await expectProblems(
    LEDGER.replace('  title: A committee reports on the company', '  title: [a, b]'),
    [
      {
        line: 21,
        pattern: /field `title`: is a list, where text belongs — write text here \(quote it/,
      },
    ],
  );
});

test('an unknown source id is reported with the known ones', async () => {
  await expectProblems(
    LEDGER.replace(
      '    - source: daily-2018-12-11\n      quote: "In 2012',
      '    - source: daily-2018-12-12\n      quote: "In 2012',
    ),
    [{ line: 25, pattern: /unknown source 'daily-2018-12-12' — use one of: daily-2018-12-11/ }],
  );
});

test('a quote that is not in its article is reported', async () => {
  await expectProblems(
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

test('disjoint evidence names both quotes', async () => {
  const ledger = LEDGER.replace(
    '      quote: "In 2012, a committee issued a report"',
    '      quote: "In 2012, a committee issued a report"\n    - source: daily-2018-12-11\n      quote: "The regulator acted in March"',
  );
  const [problem] = await expectProblems(ledger, [{ line: 25, pattern: /evidence is disjoint/ }]);
  assert.match(
    problem ?? '',
    /"In 2012, a committee issued a report" \(daily-2018-12-11, line 26: 2012\)/,
  );
  assert.match(
    problem ?? '',
    /"The regulator acted in March" \(daily-2018-12-11, line 28: March 2018\)/,
  );
});

test('an editorial date outside the evidence needs a date_note', async () => {
  await expectProblems(LEDGER.replace('  date: 2018-12-01', '  date: 2018-12-05'), [
    {
      line: 16,
      pattern:
        /editorial date 2018-12-05 lies outside what the sources say \(On or before 3 December 2018\) — correct the date, or add `date_note`/,
    },
  ]);
});

test('an editorial date outside the evidence is accepted with a date_note, and both are written', async () => {
  const root = makeProject(
    LEDGER.replace(
      '  date: 2018-12-01',
      '  date: 2018-12-05\n  date_note: The article miscounts; the court record gives 5 December.',
    ),
  );
  const run = await runNormalize(root);
  assert.equal(run.status, 0, run.stderr);
  const entry = readEvent(root, 'executive-arrested').data;
  assert.equal(entry.start, '2018-12-05');
  assert.equal(entry.implied.end, '2018-12-03');
  assert.match(entry.editorial?.note ?? '', /miscounts/);
});

test('a duplicate id is reported at the second use', async () => {
  await expectProblems(LEDGER.replace('- id: committee-report ', '- id: rules-revised '), [
    { line: 20, pattern: /duplicate id 'rules-revised': line 2 already uses it as an id/ },
  ]);
});

test('an impossible editorial date is reported, with the forms allowed', async () => {
  await expectProblems(LEDGER.replace('  date: 2018-12-01', '  date: 2019-02-30'), [
    {
      line: 16,
      pattern:
        /field `date`: must be YYYY, YYYY-MM, YYYY-MM-DD or start\/end, and a real date — write 2019, 2019-05, 2019-05-09 or 2019-05-02\/2019-05-03/,
    },
  ]);
});

test('a date_citation without a date, and a date without one, each say what to add', async () => {
  await expectProblems(
    LEDGER.replace('  date: 2018-12-01\n', '').replace(
      '  group: us-government\n',
      '  group: us-government\n  date: 2012\n',
    ),
    [
      {
        line: 9,
        pattern:
          /event 'executive-arrested' field `date`: is missing although date_citation is given — add the date it cites/,
      },
      {
        line: 19,
        pattern:
          /event 'committee-report' field `date_citation`: is required with `date` — add date_citation: with the url, publisher and title/,
      },
    ],
  );
});

test('an unbounded date needs more evidence or an editorial date', async () => {
  await expectProblems(LEDGER.replace(/ {2}date: 2018-12-01\n {2}date_citation:\n.*\n.*\n/, ''), [
    {
      line: 14,
      pattern:
        /the sources only say "On or before 3 December 2018", an open-ended date — add a quote that bounds the other side, or an editorial `date`/,
    },
  ]);
});

test('every problem is reported at once, not only the first', async () => {
  const ledger = LEDGER.replace('  group: us-government\n', '')
    .replace('On Monday, the ministry revised', 'On Tuesday, the ministry revised')
    .replace('  date: 2018-12-01', '  date: 2019-02-30');
  await expectProblems(ledger, [
    { line: 8, pattern: /the quote is not in/ },
    { line: 16, pattern: /field `date`/ },
    { line: 20, pattern: /field `group`: is missing/ },
  ]);
});

test('the same seeds always give byte-identical content', async () => {
  const root = makeProject();
  assert.equal((await runNormalize(root)).status, 0);
  const first = snapshotContent(root);
  assert.equal((await runNormalize(root)).status, 0);
  assert.deepEqual(snapshotContent(root), first);
  assert.equal((await runNormalize(root, '--check')).status, 0);
});

test('an archived text that starts with a --- rule is kept whole in its source file', async () => {
  // The body after the article's frontmatter begins with a horizontal rule.
  const article = ARTICLE.replace('---\nOn Monday', '---\n---\nOn Monday');
  const root = makeProject(LEDGER, article);
  const run = await runNormalize(root);
  assert.equal(run.status, 0, run.stderr);
  const written = readFileSync(path.join(root, `content/sources/${ARTICLE_ID}.md`), 'utf8');
  const body = article.slice(article.indexOf('---\n---\n') + '---\n'.length);
  assert.ok(written.endsWith(`\n---\n${body}`), written);
  assert.equal((await runNormalize(root, '--check')).status, 0);
});

test('--check fails on stale content and writes nothing', async () => {
  const root = makeProject();
  assert.equal((await runNormalize(root)).status, 0);
  writeLedger(
    root,
    LEDGER.replace(
      'Ministry revises procurement rules',
      'The ministry revises its procurement rules',
    ),
  );
  const before = snapshotContent(root);
  const run = await runNormalize(root, '--check');
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /content\/ is stale: content\/events\/rules-revised\.md/);
  assert.deepEqual(snapshotContent(root), before);
  assert.ok(existsSync(path.join(root, 'content/events/rules-revised.md')));
});

test('--check reads every file under content/: a stale lanes.json or a stray file is caught', async () => {
  const root = makeProject();
  assert.equal((await runNormalize(root)).status, 0);
  writeSeed(root, 'seeds/lanes.yaml', LANES.replace('label: Legal & sanctions', 'label: Courts'));
  const stale = await runNormalize(root, '--check');
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /content\/ is stale: content\/lanes\.json$/m);
  writeSeed(root, 'seeds/lanes.yaml', LANES);
  writeFileSync(path.join(root, 'content/aliases.json'), '{}\n');
  const stray = await runNormalize(root, '--check');
  assert.match(stray.stderr, /content\/ is stale: content\/aliases\.json$/m);
});

// ---- Lanes are data (seeds/lanes.yaml → content/lanes.json) ----

test('a project with its own lanes normalizes, and lanes.json gives each lane both colours', async () => {
  const lanes = `- id: courts
  label: Courts
  colour: '#D55E00'
- id: ministries
  label: Ministries
- id: history
  label: Earlier history
  colour: '#123456'
`;
  const ledger = LEDGER.replace('group: asia-pacific', 'group: ministries')
    .replace('group: legal', 'group: courts')
    .replace('group: us-government', 'group: history');
  const root = makeProject(ledger, ARTICLE, lanes);
  const run = await runNormalize(root);
  assert.equal(run.status, 0, run.stderr);
  const written = readFileSync(path.join(root, 'content/lanes.json'), 'utf8');
  const expected = [
    { id: 'courts', label: 'Courts', colour: '#D55E00', dark: '#E69F00' },
    // The first palette colour no lane names: blue, with its dark partner.
    { id: 'ministries', label: 'Ministries', colour: '#0072B2', dark: '#56B4E9' },
    // Not a palette colour and no `dark`: the same colour in dark mode.
    { id: 'history', label: 'Earlier history', colour: '#123456', dark: '#123456' },
  ];
  assert.equal(written, `${JSON.stringify(expected, null, 2)}\n`);
  assert.equal(readEvent(root, 'rules-revised').data.group, 'ministries');
});

test('an event in a lane that seeds/lanes.yaml does not list is reported at its group', async () => {
  await expectProblems(LEDGER.replace('group: legal', 'group: courts'), [
    {
      line: 12,
      pattern:
        /event 'executive-arrested': group 'courts' is not a lane in seeds\/lanes\.yaml — use one of: us-government, legal, asia-pacific \(or add the lane/,
    },
  ]);
});

test('a broken lanes file is reported at its lines (all at once), and groups are then not checked', async () => {
  await expectSeedProblems(
    {
      'seeds/lanes.yaml': `- id: legal\n  label: Legal\n  colour: "#D55E0"\n- id: legal\n  label: Again\n  note: x\n`,
      'seeds/events.yaml': LEDGER.replace('group: asia-pacific', 'group: elsewhere'),
    },
    [
      {
        file: 'seeds/lanes.yaml',
        line: 3,
        pattern:
          /lane 'legal' field `colour`: '#D55E0' is not a colour written #RRGGBB — write six hex digits/,
      },
      {
        file: 'seeds/lanes.yaml',
        line: 4,
        pattern:
          /lane 'legal': has unknown key\(s\) `note` — remove or rename it; the keys allowed here are: id, label, colour, dark/,
      },
      {
        file: 'seeds/lanes.yaml',
        line: 4,
        pattern: /duplicate lane id 'legal': line 1 already uses it — give each lane its own id/,
      },
    ],
  );
});

test('a lanes file that is an empty list is refused', async () => {
  await expectSeedProblems({ 'seeds/lanes.yaml': '# no lanes yet\n[]\n' }, [
    {
      file: 'seeds/lanes.yaml',
      line: 2,
      pattern: /the lanes file is an empty list — write one `- id: …` entry per lane/,
    },
  ]);
});

// ---- Bad input: each refused with a located message, content/ untouched ----

test('byte-order marks and CRLF endings are accepted in every input file, and give the same content', async () => {
  const plain = makeProject();
  assert.equal((await runNormalize(plain)).status, 0);
  const windows = (text: string): string => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
  const root = makeProject(windows(LEDGER), windows(ARTICLE), windows(LANES));
  const run = await runNormalize(root);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(snapshotContent(root), snapshotContent(plain));
});

test('an empty ledger, as [] or as an empty file, is refused', async () => {
  await expectProblems('[]\n', [
    { line: 1, pattern: /the ledger is an empty list: it has no events — add at least one/ },
  ]);
  await expectProblems('# nothing yet\n', [
    { line: 1, pattern: /the ledger has no events — write one `- id: …` entry per event/ },
  ]);
});

test('a missing ledger, lanes file, articles folder or raw folder is named as missing', async () => {
  await expectSeedProblems({ 'seeds/events.yaml': null }, [
    { line: 1, pattern: /the ledger is missing — create seeds\/events\.yaml/ },
  ]);
  await expectSeedProblems({ 'seeds/lanes.yaml': null }, [
    {
      file: 'seeds/lanes.yaml',
      line: 1,
      pattern: /the lanes file is missing — create seeds\/lanes\.yaml/,
    },
  ]);
  await expectSeedProblems({ 'seeds/articles': null }, [
    {
      file: 'seeds/articles',
      line: 1,
      pattern: /the articles folder is missing — create seeds\/articles\//,
    },
  ]);
  await expectSeedProblems({ 'seeds/raw': null }, [
    {
      file: 'seeds/raw',
      line: 1,
      pattern: /the folder of raw captures is missing — create seeds\/raw\//,
    },
  ]);
});

test('control characters in an article are located and refused, and its events do not cascade', async () => {
  await expectSeedProblems(
    {
      [ARTICLE_FILE]: ARTICLE.replace(
        'title: A test article',
        'title: A test\u0007 article',
      ).replace('In 2012, a committee', 'In 2012,\u0000 a committee'),
    },
    [
      {
        file: ARTICLE_FILE,
        line: 2,
        pattern: /control character U\+0007 \(BEL\) at column 14 — delete it/,
      },
      {
        file: ARTICLE_FILE,
        line: 14,
        pattern: /control character U\+0000 \(NUL\) at column 9 — delete it/,
      },
    ],
  );
});

test('a lone carriage return is a control character too, in the ledger as in articles', async () => {
  await expectProblems(
    LEDGER.replace(
      '  title: Executive arrested in Vancouver\n',
      '  title: Executive arrested\rin Vancouver\n',
    ),
    [
      {
        line: 10,
        pattern:
          /control character U\+000D \(carriage return\) at column 28 — a lone carriage return is an old Mac line ending: make it a newline/,
      },
    ],
  );
});

test('an impossible published date gives one problem with its fix, and no follow-on errors', async () => {
  const [problem] = await expectSeedProblems(
    { [ARTICLE_FILE]: ARTICLE.replace('published: 2018-12-11', 'published: 2019-02-30') },
    [
      {
        file: ARTICLE_FILE,
        line: 5,
        pattern:
          /article 'daily-2018-12-11' field `published`: 2019-02-30 is not a date: February 2019 has 28 days — check the date against the article/,
      },
    ],
  );
  assert.doesNotMatch(problem ?? '', /see the message/);
});

test('a published date in another form says the form wanted', async () => {
  await expectSeedProblems(
    { [ARTICLE_FILE]: ARTICLE.replace('published: 2018-12-11', 'published: 11/12/2018') },
    [
      {
        file: ARTICLE_FILE,
        line: 5,
        pattern:
          /field `published`: '11\/12\/2018' is not a date written YYYY-MM-DD — write the day the article gives as YYYY-MM-DD/,
      },
    ],
  );
});

test('an article whose frontmatter is never closed says so', async () => {
  await expectSeedProblems(
    { [ARTICLE_FILE]: ARTICLE.replace('raw: daily.txt\n---\n', 'raw: daily.txt\n') },
    [
      {
        file: ARTICLE_FILE,
        line: 1,
        pattern: /the frontmatter is never closed — add a line holding only ---/,
      },
    ],
  );
});

test('an article without frontmatter names its first line', async () => {
  await expectSeedProblems({ [ARTICLE_FILE]: 'Officials said on Monday…\n' }, [
    {
      file: ARTICLE_FILE,
      line: 1,
      pattern:
        /the article has no frontmatter: its first line is 'Officials said on Monday…', not --- — start the file with a --- line/,
    },
  ]);
});

// ---- Content trust: addresses and summaries ----

test('an address that is not http(s) is refused in articles and citations', async () => {
  const bad = [
    'JaVaScRiPt:alert(1)',
    'data:text/html,hi',
    '<javascript:alert(1)>',
    '/relative/path',
    'https://exa mple.com/',
  ];
  for (const url of bad) {
    await expectSeedProblems(
      {
        [ARTICLE_FILE]: ARTICLE.replace('url: https://example.com/article', `url: '${url}'`),
        'seeds/events.yaml': LEDGER.replace('url: https://example.com/record', `url: '${url}'`),
      },
      [
        {
          file: ARTICLE_FILE,
          line: 7,
          pattern: /field `url`: '.+' is not a full http\(s\) address — write the whole address/,
        },
        {
          line: 18,
          pattern:
            /event 'executive-arrested' field `date_citation\.url`: '.+' is not a full http\(s\) address/,
        },
      ],
    );
  }
});

test('raw HTML, images and non-http links in a summary are located at their line', async () => {
  await expectProblems(
    LEDGER.replace(
      '  summary: Officials arrested the executive in Vancouver.',
      [
        '  summary: |',
        '    Officials arrested the executive in Vancouver.',
        '',
        '    <img src=x onerror=alert(1)> and [a link](javascript:alert(1)).',
        '    ![a picture](https://example.com/p.png)',
      ].join('\n'),
    ),
    [
      {
        line: 14,
        pattern:
          /field `summary`: the summary holds raw HTML \(<img src=x onerror=alert\(1\)>\) — write it as markdown/,
      },
      {
        line: 14,
        pattern:
          /field `summary`: the summary links to 'javascript:alert\(1\)', which is not an http\(s\) address/,
      },
      { line: 15, pattern: /field `summary`: the summary holds an image — summaries are text/ },
    ],
  );
});
