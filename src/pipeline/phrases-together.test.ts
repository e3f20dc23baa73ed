/**
 * A quote with several date phrases: read together when they agree, a
 * located error asking for `phrase:` when they do not. normalize is pure, so
 * these run on seeds held in memory.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from './normalize.ts';
import { formatProblem } from './problems.ts';
import type { SeedFiles } from './seeds-io.ts';
import { eventEntrySchema } from '../shared/schema/event.ts';
import matter from 'gray-matter';
import { yamlEngine } from './frontmatter-yaml.ts';

/** An article of Friday 5 November 2021. */
const ARTICLE = `---
title: Regulator under pressure
publisher: Daily Test
published: 2021-11-05
published_basis: stated
raw: daily.txt
---
The company filed a formal complaint in October, more than two weeks ago.

The ministry acted in December, last week, officials said.
`;

function seeds(evidence: string): SeedFiles {
  return {
    articles: [
      { id: 'daily-2021-11-05', file: 'seeds/articles/daily-2021-11-05.md', text: ARTICLE },
    ],
    raw: ['daily.txt'],
    lanes: { file: 'seeds/lanes.yaml', text: '- id: legal\n  label: Legal\n' },
    ledger: {
      file: 'seeds/events.yaml',
      text: `- id: complaint-filed
  title: The company files a formal complaint
  summary: The company filed a formal complaint with the regulator.
  group: legal
  evidence:
    - source: daily-2021-11-05
${evidence}`,
    },
  } as SeedFiles;
}

test('"in October, more than two weeks ago", read on 5 Nov 2021, gives 1–21 October 2021', () => {
  const result = normalize(
    seeds('      quote: "filed a formal complaint in October, more than two weeks ago"\n'),
  );
  assert.deepEqual(result.problems.map(formatProblem), []);
  const file = result.files.get('events/complaint-filed.md');
  assert.ok(file !== undefined);
  const event = eventEntrySchema.parse(matter(file, { engines: { yaml: yamlEngine } }).data);
  assert.deepEqual(
    [event.start, event.end, event.label],
    ['2021-10-01', '2021-10-21', '1–21 October 2021'],
  );
  const [evidence] = event.evidence;
  assert.ok(evidence);
  assert.deepEqual(
    evidence.reading.map((reading) => [reading.phrase, reading.start, reading.end]),
    [
      ['October', '2021-10-01', '2021-10-31'],
      ['more than two weeks ago', null, '2021-10-21'],
    ],
  );
  assert.equal(evidence.gives.label, '1–21 October 2021');
});

test('phrases that disagree give a located error asking for `phrase:`', () => {
  const result = normalize(seeds('      quote: "The ministry acted in December, last week"\n'));
  assert.deepEqual(result.files.size, 0);
  const messages = result.problems.map(formatProblem);
  assert.equal(messages.length, 1, messages.join('\n'));
  assert.match(
    messages[0] ?? '',
    /^seeds\/events\.yaml:7: event 'complaint-filed': the date phrases of the quote disagree: "December" gives December 2020; "last week" gives Week of 25 October 2021 — add `phrase:`/,
  );
});

test('`phrase:` may name several phrases, read together', () => {
  const result = normalize(
    seeds(
      '      quote: "filed a formal complaint in October, more than two weeks ago"\n      phrase: [October, more than two weeks ago]\n',
    ),
  );
  assert.deepEqual(result.problems.map(formatProblem), []);
  const single = normalize(
    seeds(
      '      quote: "filed a formal complaint in October, more than two weeks ago"\n      phrase: October\n',
    ),
  );
  const file = single.files.get('events/complaint-filed.md') ?? '';
  assert.match(file, /^label: October 2021$/m);
});
