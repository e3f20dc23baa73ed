import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDatePhrases } from './date-phrases.ts';

/** [words, reference, expected phrase, start, end, precision]; reference weekdays noted where they matter. */
type Case = [string, string, string, string | null, string | null, string];

// One case a line, so the table reads as a table.
// prettier-ignore
const CASES: Case[] = [
  // Phrases as the five articles use them.
  ['the paper reported Tuesday', '2018-12-11', 'Tuesday', '2018-12-11', '2018-12-11', 'day'], // Tue: same day
  ['on Monday, Japanese government revised', '2018-12-11', 'on Monday', '2018-12-10', '2018-12-10', 'day'],
  ['a company official said Tuesday', '2018-12-11', 'Tuesday', '2018-12-11', '2018-12-11', 'day'],
  ["it arrested Huawei's CFO more than a week ago", '2018-12-11', 'more than a week ago', null, '2018-12-03', 'range'],
  ['Less than one month after WSJ reported', '2018-12-11', 'Less than one month after', '2018-11-12', '2018-12-11', 'range'],
  ['a scolding in London on Wednesday', '2019-05-09', 'on Wednesday', '2019-05-08', '2019-05-08', 'day'], // Thu
  ['The latest snag came last week at a meeting', '2019-05-09', 'last week', '2019-04-29', '2019-05-05', 'week'],
  ['people told Bloomberg last month', '2019-05-09', 'last month', '2019-04-01', '2019-04-30', 'month'],
  ['report back by mid-July', '2019-05-09', 'mid-July', '2019-07-11', '2019-07-20', 'range'],
  ['a print ad campaign in coming months', '2019-05-09', 'in coming months', '2019-05-10', null, 'range'],
  ['took over the operation in January', '2019-05-09', 'January', '2019-01-01', '2019-01-31', 'month'],
  ['stopped representing the company in March', '2019-05-09', 'March', '2019-03-01', '2019-03-31', 'month'],
  ['toured the campus in April', '2019-05-09', 'April', '2019-04-01', '2019-04-30', 'month'],
  ['said in a February opinion piece', '2019-05-09', 'February', '2019-02-01', '2019-02-28', 'month'],
  ['Trump last year reversed a ban', '2019-05-09', 'last year', '2018-01-01', '2018-12-31', 'year'],
  ['its first-quarter sales rose 39%', '2019-05-09', 'first-quarter', '2019-01-01', '2019-03-31', 'quarter'],
  ['second only to Samsung in the first quarter', '2019-05-09', 'first quarter', '2019-01-01', '2019-03-31', 'quarter'],
  ['For 2018, the company posted', '2019-05-09', '2018', '2018-01-01', '2018-12-31', 'year'],
  ['rose to 29% in 2018', '2019-05-09', 'in 2018', '2018-01-01', '2018-12-31', 'year'],
  ['the issues, found in 2011 and 2012', '2019-05-09', 'in 2011 and 2012', '2011-01-01', '2012-12-31', 'range'],
  ['Canada since December has held', '2019-05-09', 'December', '2018-12-01', '2018-12-31', 'month'],
  ['scaled back operations less than a year ago', '2019-05-09', 'less than a year ago', '2018-05-10', '2019-05-09', 'range'],
  ['for the past year has sent diplomats', '2019-05-09', 'for the past year', '2018-05-09', '2019-05-09', 'range'],
  ['The FCC earlier this year took action', '2018-11-23', 'earlier this year', '2018-01-01', '2018-11-23', 'range'],
  ['can be traced back to 2012', '2018-11-23', '2012', '2012-01-01', '2012-12-31', 'year'],
  ['after a 2012 report issued', '2018-11-23', '2012', '2012-01-01', '2012-12-31', 'year'],
  ['arrested in Canada in December', '2019-02-26', 'December', '2018-12-01', '2018-12-31', 'month'],
  ['Last week, one of the officials', '2019-02-26', 'Last week', '2019-02-18', '2019-02-24', 'week'],
  // A bare month from a January article is the December just past.
  ['in December', '2019-01-15', 'December', '2018-12-01', '2018-12-31', 'month'],
  // A bare month later in the year than the reference is last year's.
  ['in June', '2019-05-09', 'June', '2018-06-01', '2018-06-30', 'month'],
  // "last week" across a year boundary.
  ['last week', '2019-01-02', 'last week', '2018-12-24', '2018-12-30', 'week'],
  ['last week', '2019-01-07', 'last week', '2018-12-31', '2019-01-06', 'week'],
  // A weekday is the most recent one, never the coming one.
  ['on Friday', '2019-02-26', 'on Friday', '2019-02-22', '2019-02-22', 'day'],
  ['on Sunday', '2019-02-24', 'on Sunday', '2019-02-24', '2019-02-24', 'day'],
  // Leap days.
  ['yesterday', '2020-03-01', 'yesterday', '2020-02-29', '2020-02-29', 'day'],
  ['on 29 February 2020', '2021-05-01', 'on 29 February 2020', '2020-02-29', '2020-02-29', 'day'],
  ['in February', '2020-03-10', 'February', '2020-02-01', '2020-02-29', 'month'],
  ['last month', '2020-03-31', 'last month', '2020-02-01', '2020-02-29', 'month'],
  ['more than a year ago', '2020-02-29', 'more than a year ago', null, '2019-02-27', 'range'],
  // German, as in Bloomberg's dateline.
  ['9. Mai 2019, 06:48 MESZ', '2019-05-10', '9. Mai 2019, 06:48 MESZ', '2019-05-09', '2019-05-09', 'day'],
  ['am Montag', '2019-05-09', 'am Montag', '2019-05-06', '2019-05-06', 'day'],
  ['letzte Woche', '2019-05-09', 'letzte Woche', '2019-04-29', '2019-05-05', 'week'],
  // Forward-looking phrases.
  ['by March', '2019-05-09', 'March', '2020-03-01', '2020-03-31', 'month'],
  ['next month', '2019-05-09', 'next month', '2019-06-01', '2019-06-30', 'month'],
  ['later this year', '2019-05-09', 'later this year', '2019-05-09', '2019-12-31', 'range'],
  ['decisions in the coming weeks', '2019-05-09', 'in the coming weeks', '2019-05-10', null, 'range'],
  // Other shapes.
  ['in early December', '2018-12-20', 'early December', '2018-12-01', '2018-12-10', 'range'],
  ['late March 2019', '2019-06-01', 'late March 2019', '2019-03-21', '2019-03-31', 'range'],
  ['results for Q4 2018', '2019-05-09', 'Q4 2018', '2018-10-01', '2018-12-31', 'quarter'],
  ['in the fourth quarter', '2019-05-09', 'fourth quarter', '2018-10-01', '2018-12-31', 'quarter'],
  ['said today', '2018-12-11', 'today', '2018-12-11', '2018-12-11', 'day'],
  ['on December 5, 2018', '2019-05-09', 'December 5, 2018', '2018-12-05', '2018-12-05', 'day'],
  ['on December 5', '2019-01-10', 'December 5', '2018-12-05', '2018-12-05', 'day'],
  ['two weeks ago', '2019-05-09', 'two weeks ago', '2019-04-25', '2019-04-25', 'day'],
  ['more than two years ago', '2019-05-09', 'more than two years ago', null, '2017-05-08', 'range'],
  ['over the past two months', '2019-05-09', 'over the past two months', '2019-03-09', '2019-05-09', 'range'],
];

for (const [text, reference, phrase, start, end, precision] of CASES) {
  test(`"${text}" read on ${reference}`, () => {
    const found = findDatePhrases(text, reference);
    assert.equal(
      found.length,
      1,
      `expected one phrase, got ${JSON.stringify(found.map((p) => p.text))}`,
    );
    const [only] = found;
    assert.deepEqual(
      {
        phrase: only?.text,
        start: only?.interval.start,
        end: only?.interval.end,
        precision: only?.precision,
      },
      { phrase, start, end, precision },
    );
    assert.equal(
      text.slice(only?.index, (only?.index ?? 0) + phrase.length),
      phrase,
      'index points at the words',
    );
  });
}

test('words that are not dates give no phrase', () => {
  for (const text of [
    'The US has already banned government agencies',
    'told reporters at the Mobile World Congress recently',
    'raise tariffs on $200 billion worth of goods from 10 percent to 25 percent',
    'said in a statement at 5pm',
    'governments and customers in 170 countries',
    'multiple officials now conducting outreach',
    'sales rose 39% from a year earlier',
    'up from 20% five years earlier',
    'two days later, the ministry said',
  ]) {
    assert.deepEqual(findDatePhrases(text, '2019-05-09'), [], text);
  }
});

test("a text's language decides whether its German dates are read", () => {
  const read = (text: string, language?: string): string[] =>
    findDatePhrases(text, '2019-05-09', language).map((phrase) => phrase.text);
  for (const language of [undefined, 'de', 'de-AT', 'fr']) {
    assert.deepEqual(read('Huawei sagte letzte Woche', language), ['letzte Woche'], language);
    assert.deepEqual(read('am 9. Mai 2019 bestätigt', language), ['am 9. Mai 2019'], language);
  }
  for (const language of ['en', 'en-GB', 'EN-us']) {
    assert.deepEqual(read('Huawei sagte letzte Woche', language), [], language);
    // English phrases, and our own rules, read the same.
    assert.deepEqual(read('said last week', language), ['last week'], language);
    assert.deepEqual(
      read('in 2018 and on 5 March 2019', language),
      ['in 2018', 'on 5 March 2019'],
      language,
    );
  }
});

test('every phrase of a passage is found, in reading order', () => {
  const found = findDatePhrases(
    'Less than one month after WSJ reported on a campaign, the paper reported Tuesday',
    '2018-12-11',
  );
  assert.deepEqual(
    found.map((phrase) => phrase.text),
    ['Less than one month after', 'Tuesday'],
  );
});
