import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openingView, type OpeningEvent } from './opening-view.ts';
import type { TimelineIndex } from '../shared/timeline-data.ts';

const WINDOW = { from: '2019-01-01', to: '2019-03-31' };

function event(id: string, start: string, end = start, group = 'a'): OpeningEvent {
  return {
    id,
    group,
    start,
    end,
    title: id,
    precision: start === end ? 'day' : 'month',
  };
}

function index(months: Record<string, Record<string, number>>): TimelineIndex {
  return {
    lanes: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    bounds: { min: '2018-01-01', max: '2020-12-31' },
    tags: [],
    periods: [
      {
        id: '2019',
        start: '2019-01-01',
        end: '2019-12-31',
        lastEnd: '2019-12-31',
        counts: {},
        months,
      },
    ],
  };
}

test('few events: each in the window is drawn, with its geometry and rows per tier', () => {
  const events = [
    event('first', '2019-01-01'),
    event('second', '2019-01-02'),
    event('span', '2019-02-01', '2019-02-28', 'b'),
    event('before', '2018-10-01'), // outside: not drawn
  ];
  const view = openingView(index({ '2019-01': { a: 2 }, '2019-02': { b: 1 } }), WINDOW, events);
  assert.equal(view.mode, 'items');
  assert.deepEqual(
    view.entries.map((entry) => [entry.id, entry.exact]),
    [
      ['first', true],
      ['second', true],
      ['span', false],
    ],
  );
  // The first day of the window is at 0; a day is 1/90 of it.
  assert.match(view.css, /\.tl-e0\{--x:0;--w:0\.011111\}/);
  // Wide tier (the default): `second` fits under `first`'s label only in a new row.
  assert.match(view.css, /\.tl-e1\{--r:1\}/);
  assert.match(view.css, /\.tl-l0\{--rows:2\}/);
  assert.match(view.css, /\.tl-l1\{--rows:1\}/);
  assert.match(view.css, /@container timeline \(width < 640px\)\{/);
  assert.deepEqual(
    view.ticks.map((tick) => [tick.text, tick.year, tick.quarter]),
    [
      ['Jan', '2019', true],
      ['Feb', null, false],
      ['Mar', null, false],
    ],
  );
});

test('many events: count bands per lane and month instead', () => {
  const view = openingView(index({ '2019-01': { a: 50, b: 20 }, '2019-03': { a: 5 } }), WINDOW, []);
  assert.equal(view.mode, 'counts');
  assert.deepEqual(
    view.entries.map((entry) => [entry.id, entry.text, entry.kind]),
    [
      ['count-a-2019-01', '50', 'count'],
      ['count-b-2019-01', '20', 'count'],
      ['count-a-2019-03', '5', 'count'],
    ],
  );
  // Nothing in the geometry but numbers and classes (it is inline, allowed by hash).
  assert.match(view.css, /^[\w\s.{}:;()<,%@-]*$/);
});
