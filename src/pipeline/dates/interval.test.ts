import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  contains,
  editorialInterval,
  formatInterval,
  intersect,
  isEmpty,
  precisionOf,
} from './interval.ts';

test('labels say the date as a person would', () => {
  const cases: [string | null, string | null, string][] = [
    ['2018-12-01', '2018-12-01', '1 December 2018'],
    ['2019-04-29', '2019-05-05', 'Week of 29 April 2019'],
    ['2018-12-01', '2018-12-31', 'December 2018'],
    ['2019-01-01', '2019-03-31', 'First quarter of 2019'],
    ['2018-01-01', '2018-12-31', '2018'],
    ['2011-01-01', '2012-12-31', '2011–2012'],
    ['2018-12-01', '2018-12-03', '1–3 December 2018'],
    ['2018-11-12', '2018-12-11', '12 November – 11 December 2018'],
    ['2018-05-10', '2019-05-09', '10 May 2018 – 9 May 2019'],
    ['2019-03-01', '2019-05-31', 'March–May 2019'],
    ['2018-11-01', '2019-02-28', 'November 2018 – February 2019'],
    // Years before 1000 read as their days do, without padding.
    ['0999-01-01', '0999-12-31', '999'],
    ['0999-05-01', '0999-05-31', 'May 999'],
    ['0999-05-09', '0999-05-09', '9 May 999'],
    [null, '2018-12-03', 'On or before 3 December 2018'],
    ['2019-05-10', null, 'On or after 10 May 2019'],
    [null, null, 'Undated'],
  ];
  for (const [start, end, label] of cases) assert.equal(formatInterval({ start, end }), label);
});

test('precision follows the shape of the interval', () => {
  assert.equal(precisionOf({ start: '2020-02-29', end: '2020-02-29' }), 'day');
  assert.equal(precisionOf({ start: '2018-12-24', end: '2018-12-30' }), 'week');
  assert.equal(
    precisionOf({ start: '2018-12-25', end: '2018-12-31' }),
    'range',
    'a week must start on Monday',
  );
  assert.equal(precisionOf({ start: '2020-02-01', end: '2020-02-29' }), 'month');
  assert.equal(precisionOf({ start: '2019-10-01', end: '2019-12-31' }), 'quarter');
  assert.equal(precisionOf({ start: '2012-01-01', end: '2012-12-31' }), 'year');
  assert.equal(precisionOf({ start: null, end: '2012-12-31' }), 'range');
});

test('intersection keeps the latest start and the earliest end', () => {
  const together = intersect([
    { start: null, end: '2018-12-03' },
    { start: '2018-12-01', end: '2018-12-31' },
    { start: '2018-12-01', end: '2018-12-31' },
  ]);
  assert.deepEqual(together, { start: '2018-12-01', end: '2018-12-03' });
  assert.equal(isEmpty(together), false);
  assert.equal(
    isEmpty(
      intersect([
        { start: '2019-03-01', end: '2019-03-31' },
        { start: '2012-01-01', end: '2012-12-31' },
      ]),
    ),
    true,
  );
});

test('editorial dates name years, months, days and spans', () => {
  assert.deepEqual(editorialInterval('2012'), { start: '2012-01-01', end: '2012-12-31' });
  assert.deepEqual(editorialInterval('2018-04'), { start: '2018-04-01', end: '2018-04-30' });
  assert.deepEqual(editorialInterval('2020-02'), { start: '2020-02-01', end: '2020-02-29' });
  assert.deepEqual(editorialInterval('2018-12-01'), { start: '2018-12-01', end: '2018-12-01' });
  assert.deepEqual(editorialInterval('2019-05-02/2019-05-03'), {
    start: '2019-05-02',
    end: '2019-05-03',
  });
  assert.equal(
    contains(
      { start: '2019-04-29', end: '2019-05-05' },
      editorialInterval('2019-05-02/2019-05-03'),
    ),
    true,
  );
  assert.equal(
    contains({ start: '2018-05-10', end: '2019-05-09' }, editorialInterval('2018-04')),
    false,
  );
  assert.equal(contains({ start: null, end: '2018-12-03' }, editorialInterval('2018-12-01')), true);
});
