/**
 * The project's real seeds and committed content/: valid, fresh, complete,
 * and with the named events on their right dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { normalize } from './normalize.ts';
import { formatProblem } from './problems.ts';
import { readContent, readSeeds } from './seeds-io.ts';
import { yamlEngine } from './frontmatter-yaml.ts';
import { eventEntrySchema, type EventEntry } from '../shared/schema/event.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = await readSeeds(root);
const result = normalize(seeds);
const committed = await readContent(root);

function parse(text: string): { data: unknown; content: string } {
  return matter(text, { engines: { yaml: yamlEngine } });
}

const events: EventEntry[] = [...committed]
  .filter(([name]) => name.startsWith('events/'))
  .map(([, text]) => eventEntrySchema.parse(parse(text).data));

test('the seeds are valid', () => {
  assert.deepEqual(result.problems.map(formatProblem), []);
});

test('content/ is what the seeds give (regenerating it produces no diff)', () => {
  const stale = [...new Set([...committed.keys(), ...result.files.keys()])].filter(
    (name) => committed.get(name) !== result.files.get(name),
  );
  assert.deepEqual(stale, [], 'run `npm run normalize` and commit content/');
});

test('normalizing twice gives byte-identical files', () => {
  assert.deepEqual(normalize(seeds).files, result.files);
});

test('the ledger dates at least 40 events, each cited', () => {
  assert.ok(events.length >= 40, `only ${String(events.length)} events`);
  for (const event of events) assert.ok(event.sources.length > 0, event.id);
});

test('the four named events are there, on their right dates', () => {
  const byId = new Map(events.map((event) => [event.id, event]));
  const expect = (id: string, start: string, end: string): void => {
    const event = byId.get(id);
    assert.ok(event, `missing event ${id}`);
    assert.deepEqual({ id, start: event.start, end: event.end }, { id, start, end });
  };
  expect('house-intelligence-report', '2012-10-08', '2012-10-08');
  expect('meng-wanzhou-arrested', '2018-12-01', '2018-12-01');
  expect('japan-procurement-guidelines', '2018-12-10', '2018-12-10');
  expect('prague-5g-security-conference', '2019-05-02', '2019-05-03');
});

test('every quote stands at its offsets in the archived copy', () => {
  for (const event of events) {
    for (const source of event.sources) {
      const text = committed.get(`sources/${source.id}.md`);
      assert.ok(text, `no content/sources/${source.id}.md`);
      const body = parse(text).content;
      assert.equal(body.slice(...source.offset), source.quote, `${event.id} → ${source.id}`);
    }
  }
});

test('an event shows the sources’ date unless an editor cited a correction', () => {
  for (const event of events) {
    const inside =
      (event.implied.start === null || event.start >= event.implied.start) &&
      (event.implied.end === null || event.end <= event.implied.end);
    if (event.editorial === null) {
      assert.deepEqual(
        [event.start, event.end],
        [event.implied.start, event.implied.end],
        event.id,
      );
    } else if (!inside) {
      assert.ok(event.editorial.note, `${event.id}: a date outside the sources needs a note`);
    }
  }
});

test('page furniture is not in the archived bodies', () => {
  const furniture = [
    'Read more',
    'Suggested Articles',
    'You Might Also Read',
    'In this article',
    '©2019',
    'Sponsored by',
    'RELATED:',
    'Directory of Suppliers',
    'Photographer:',
  ];
  for (const [name, text] of committed) {
    if (!name.startsWith('sources/')) continue;
    const body = parse(text).content;
    for (const words of furniture) assert.ok(!body.includes(words), `${name} still has "${words}"`);
  }
});

test('a stated publication date is the dateline of the raw capture (German included)', async () => {
  const { readFile } = await import('node:fs/promises');
  const { findDatePhrases } = await import('./dates/date-phrases.ts');
  const { parseArticle } = await import('./parse-article.ts');
  let checked = 0;
  for (const { id, file, text } of seeds.articles ?? []) {
    const { article } = parseArticle(text, file, id);
    if (article?.frontmatter.published_basis !== 'stated') continue;
    const raw = await readFile(path.join(root, 'seeds/raw', article.frontmatter.raw), 'utf8');
    const head = raw.split('\n').slice(0, 12).join('\n');
    const day = article.frontmatter.published.slice(0, 10);
    const datelines = findDatePhrases(head, day).filter(
      (phrase) => phrase.precision === 'day' && /\d{4}/.test(phrase.text),
    );
    assert.deepEqual(
      datelines.map((phrase) => phrase.interval.start),
      [day],
      `${file}: the capture's dateline should say ${day}`,
    );
    checked++;
  }
  assert.ok(checked >= 2, 'Bloomberg and Softpedia state their dates');
});
