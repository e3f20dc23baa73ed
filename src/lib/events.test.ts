import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareByDate } from '../shared/schema/event.ts';
import { countLabel, dataBounds, openingWindow, sortEvents, timeDatetime } from './events.ts';

test('date order: start, then the shorter span, then id', () => {
  const entries = [
    { data: { id: 'b', start: '2018-12-01', end: '2018-12-31' } },
    { data: { id: 'c', start: '2018-12-01', end: '2018-12-01' } },
    { data: { id: 'a', start: '2018-12-01', end: '2018-12-01' } },
    { data: { id: 'z', start: '2012-01-01', end: '2012-12-31' } },
  ];
  assert.deepEqual(
    sortEvents(entries).map((entry) => entry.data.id),
    ['z', 'a', 'c', 'b'],
  );
  const one = { id: 'a', start: '2018-12-01', end: '2018-12-01' };
  assert.equal(compareByDate(one, { ...one }), 0);
});

test('datetime for <time> where the interval has one', () => {
  assert.equal(timeDatetime('2018-12-01', '2018-12-01', 'day'), '2018-12-01');
  assert.equal(timeDatetime('2018-12-01', '2018-12-31', 'month'), '2018-12');
  assert.equal(timeDatetime('2009-01-01', '2009-12-31', 'year'), '2009');
  assert.equal(timeDatetime('2019-02-18', '2019-02-24', 'week'), '2019-W08');
  assert.equal(timeDatetime('2019-01-01', '2019-03-31', 'quarter'), null);
  assert.equal(timeDatetime('2019-05-02', '2019-05-03', 'range'), null);
});

test('words', () => {
  assert.equal(countLabel(1, 'source'), '1 source');
  assert.equal(countLabel(3, 'source'), '3 sources');
});

test('the timeline opens on the default window, or on the latest events of another story', () => {
  const huawei = [
    { id: 'a', start: '2012-10-08', end: '2012-10-08' },
    { id: 'b', start: '2019-05-02', end: '2019-05-03' },
  ];
  assert.deepEqual(openingWindow(huawei), { from: '2018-10-01', to: '2019-07-31' });
  const other = [
    { id: 'c', start: '1969-07-16', end: '1969-07-16' },
    { id: 'd', start: '1969-07-24', end: '1969-07-24' },
  ];
  assert.deepEqual(openingWindow(other), { from: '1968-09-24', to: '1969-07-24' });
  assert.deepEqual(openingWindow([]), { from: '2018-10-01', to: '2019-07-31' });
});

test('bounds pad the data by half a year', () => {
  assert.deepEqual(
    dataBounds([
      { id: 'a', start: '2012-10-08', end: '2012-10-08' },
      { id: 'b', start: '2019-07-11', end: '2019-07-20' },
    ]),
    { min: '2012-04-08', max: '2020-01-19' },
  );
});
