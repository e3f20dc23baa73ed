import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, format, getISOWeek, getISOWeekYear } from 'date-fns';
import { isoWeek, timeParts, type TimePart } from './time-parts.ts';

const html = (parts: TimePart[]): string =>
  parts
    .map((part) =>
      part.datetime === undefined
        ? part.text
        : `<time datetime="${part.datetime}">${part.text}</time>`,
    )
    .join('');

test('each label becomes <time>s with valid datetimes, its words unchanged', () => {
  const cases: [string | null, string | null, string, string, string][] = [
    [
      '2018-12-01',
      '2018-12-01',
      'day',
      '1 December 2018',
      '<time datetime="2018-12-01">1 December 2018</time>',
    ],
    [
      '2019-02-18',
      '2019-02-24',
      'week',
      'Week of 18 February 2019',
      '<time datetime="2019-W08">Week of 18 February 2019</time>',
    ],
    [
      '2018-12-01',
      '2018-12-31',
      'month',
      'December 2018',
      '<time datetime="2018-12">December 2018</time>',
    ],
    ['2012-01-01', '2012-12-31', 'year', '2012', '<time datetime="2012">2012</time>'],
    [
      '2019-01-01',
      '2019-03-31',
      'quarter',
      'First quarter of 2019',
      'First quarter of <time datetime="2019">2019</time>',
    ],
    [
      '2018-12-01',
      '2018-12-03',
      'range',
      '1–3 December 2018',
      '<time datetime="2018-12-01">1</time>–<time datetime="2018-12-03">3 December 2018</time>',
    ],
    [
      '2009-01-01',
      '2012-12-31',
      'range',
      '2009–2012',
      '<time datetime="2009">2009</time>–<time datetime="2012">2012</time>',
    ],
    [
      '2019-03-01',
      '2019-05-31',
      'range',
      'March–May 2019',
      '<time datetime="2019-03">March</time>–<time datetime="2019-05">May 2019</time>',
    ],
    [
      '2018-11-26',
      '2019-01-04',
      'range',
      '26 November 2018 – 4 January 2019',
      '<time datetime="2018-11-26">26 November 2018</time> – <time datetime="2019-01-04">4 January 2019</time>',
    ],
    [
      null,
      '2018-12-03',
      'range',
      'On or before 3 December 2018',
      'On or before <time datetime="2018-12-03">3 December 2018</time>',
    ],
    [
      '2019-05-10',
      null,
      'range',
      'On or after 10 May 2019',
      'On or after <time datetime="2019-05-10">10 May 2019</time>',
    ],
  ];
  for (const [start, end, precision, label, expected] of cases) {
    const parts = timeParts(start, end, precision, label);
    assert.equal(html(parts), expected, label);
    assert.equal(parts.map((part) => part.text).join(''), label, `${label}: words unchanged`);
  }
});

test('ISO weeks agree with date-fns across year ends', () => {
  for (let day = new Date(2008, 11, 20); day < new Date(2021, 0, 10); day = addDays(day, 1)) {
    const text = format(day, 'yyyy-MM-dd');
    const expected = `${String(getISOWeekYear(day))}-W${String(getISOWeek(day)).padStart(2, '0')}`;
    assert.equal(isoWeek(text), expected, text);
  }
});
