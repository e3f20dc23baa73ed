/**
 * The date resolver on arbitrary text: it returns phrases or nothing, never
 * throws, and every phrase it returns stands in the text with a real,
 * ordered interval.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDatePhrases } from './date-phrases.ts';
import { isCalendarDate } from '../../shared/schema/dates.ts';

/** Words the resolver reacts to, so random text often holds near-phrases. */
const DATE_WORDS = [
  'more than',
  'less than',
  'ago',
  'after',
  'last',
  'next',
  'this',
  'earlier',
  'later',
  'week',
  'weeks',
  'month',
  'year',
  'years',
  'day',
  'a',
  'two',
  '12',
  '99',
  '0',
  'first',
  'fourth',
  'quarter',
  'Q1',
  'Q4',
  'mid',
  'early',
  'late',
  'in',
  'since',
  'from',
  'to',
  'and',
  '–',
  '-',
  'by',
  'until',
  'coming',
  'the past',
  'Monday',
  'Sunday',
  'yesterday',
  'today',
  'tomorrow',
  'January',
  'February',
  'Feb.',
  'sept',
  'December',
  '29',
  '30',
  '31',
  '2012',
  '1900',
  '2099',
  '0000',
  '9999',
  '2019-02-30',
  '31/02/2019',
  '1.',
  '9. Mai 2019',
  'März',
  'letzte Woche',
  'nächsten Monat',
  'gestern',
  ',',
  '.',
];

const dateText = fc
  .array(fc.oneof(fc.constantFrom(...DATE_WORDS), fc.string({ maxLength: 6 })), {
    maxLength: 14,
  })
  .map((words) => words.join(' '));

const reference = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2040-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

test('any text, read on any day, gives phrases that stand in it, with ordered real dates', () => {
  fc.assert(
    fc.property(
      fc.oneof(dateText, fc.string({ unit: 'binary', maxLength: 80 })),
      reference,
      (text, day) => {
        for (const phrase of findDatePhrases(text, day)) {
          assert.equal(text.slice(phrase.index, phrase.index + phrase.text.length), phrase.text);
          const { start, end } = phrase.interval;
          for (const bound of [start, end])
            assert.ok(bound === null || isCalendarDate(bound), String(bound));
          if (start !== null && end !== null)
            assert.ok(start <= end, `${start} > ${end} for "${phrase.text}"`);
        }
      },
    ),
    { numRuns: 400 },
  );
});

test('cases the property found stay fixed', () => {
  // chrono's match began with the space before the words: the index was one short.
  assert.deepEqual(
    findDatePhrases('. nächsten Monat', '1990-01-01').map(({ text, index }) => ({ text, index })),
    [{ text: 'nächsten Monat', index: 2 }],
  );
  // A range ending before it starts is not a date, rather than an interval with end < start.
  assert.deepEqual(findDatePhrases('29 - first December', '1990-01-01'), []);
  // A span reaching before year 1 is no calendar date: not read, rather than a crash
  // (the number alone may still read as a year).
  for (const text of ['the past 2099 years', 'more than 2099 years ago']) {
    const words = findDatePhrases(text, '1990-01-01').map((phrase) => phrase.text);
    assert.ok(!words.some((phrase) => phrase.includes('years')), `${text}: ${words.join(' | ')}`);
  }
  // "less than 0 months" is no span.
  assert.deepEqual(findDatePhrases('less than 0 month', '1990-01-01'), []);
});
