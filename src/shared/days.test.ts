import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayAfter, daysBetween, isoDay, longDay, parseDay, shiftDay } from './days.ts';

test('parses real calendar days only', () => {
  assert.equal(parseDay('2019-02-30'), null);
  assert.equal(parseDay('2019-2-3'), null);
  assert.equal(parseDay('yesterday'), null);
  const day = parseDay('2018-12-01');
  assert.ok(day);
  assert.equal(day.getFullYear(), 2018);
  assert.equal(day.getMonth(), 11);
  assert.equal(day.getDate(), 1);
  assert.equal(day.getHours(), 0);
});

test('round-trips and shifts', () => {
  assert.equal(isoDay(dayAfter('2018-12-31')), '2019-01-01');
  assert.equal(shiftDay('2019-03-01', -1), '2019-02-28');
  assert.equal(daysBetween('2018-10-01', '2019-07-31'), 303);
});

test('long day in house style', () => {
  assert.equal(longDay('2019-05-09'), '9 May 2019');
});

test('years before 100 are not read as 19xx', () => {
  assert.equal(isoDay(parseDay('0099-01-01') ?? new Date(0)), '0099-01-01');
});

test('leap days', () => {
  assert.equal(parseDay('2019-02-29'), null);
  assert.equal(shiftDay('2020-02-28', 1), '2020-02-29');
  assert.equal(daysBetween('2019-03-30', '2019-04-01'), 2);
});
