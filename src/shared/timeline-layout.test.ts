import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_DRAWN_ITEMS,
  assignRows,
  countBands,
  drawMode,
  drawnFor,
  eventsInWindow,
  itemsWindowAround,
  rowsInWindow,
  span,
  tierFor,
  type Placeable,
} from './timeline-layout.ts';
import type { TimelineIndex } from './timeline-data.ts';

const WINDOW = { from: '2019-01-01', to: '2019-01-10' };

function item(id: string, start: string, end = start, group = 'a'): Placeable {
  return { id, group, start, end };
}

test('span: shares of the window, the last day included', () => {
  assert.deepEqual(span(item('x', '2019-01-01'), WINDOW), { x: 0, w: 0.1 });
  assert.deepEqual(span(item('x', '2019-01-06', '2019-01-10'), WINDOW), { x: 0.5, w: 0.5 });
  assert.deepEqual(span(item('x', '2018-12-31', '2019-01-01'), WINDOW), { x: -0.1, w: 0.2 });
});

test('drawnFor: what vis-timeline draws for a window (overlap, or a start within a quarter width)', () => {
  const cases: [string, string, boolean][] = [
    ['2019-01-05', '2019-01-05', true],
    ['2018-12-01', '2019-01-01', true],
    ['2018-12-30', '2018-12-30', true], // 2 days before a 10-day window: within 2.5
    ['2018-12-29', '2018-12-29', false],
    ['2019-01-13', '2019-01-13', true],
    ['2019-01-14', '2019-01-14', false],
  ];
  for (const [start, end, expected] of cases) {
    const offset = start < WINDOW.from ? 'before' : 'after';
    assert.equal(drawnFor(item('x', start, end), WINDOW), expected, `${start}–${end} (${offset})`);
  }
});

test('assignRows: first row where bar and label fit, per lane, window items first', () => {
  const items = [
    item('a1', '2019-01-01'),
    item('a2', '2019-01-02'), // label of a1 (share 0.3) still runs: next row
    item('a3', '2019-01-05'), // a1's label is done: row 0 again
    item('b1', '2019-01-02', '2019-01-02', 'b'), // another lane starts at row 0
    item('far', '2019-03-01'), // outside: placed after, in a free row
  ];
  const rows = assignRows(items, WINDOW, 0.3);
  assert.deepEqual(Object.fromEntries(rows), { a1: 0, a2: 1, a3: 0, b1: 0, far: 0 });
  assert.deepEqual(Object.fromEntries(rowsInWindow(items, rows, WINDOW)), { a: 2, b: 1 });
});

test('assignRows: a label stays in view when its bar starts before the window', () => {
  const items = [item('long', '2018-11-01', '2019-01-02'), item('next', '2019-01-02')];
  // The long bar ends after day 2, but its label, pinned at the window's start, runs to 0.3.
  assert.deepEqual(Object.fromEntries(assignRows(items, WINDOW, 0.3)), { long: 0, next: 1 });
});

test('assignRows: kept rows do not move; new items fit around them', () => {
  const items = [item('a1', '2019-01-01'), item('a2', '2019-01-05')];
  const rows = assignRows(items, WINDOW, 0.3, new Map([['a2', 3]]));
  assert.deepEqual(Object.fromEntries(rows), { a2: 3, a1: 0 });
});

test('tierFor: narrow below 640 px, wide above', () => {
  assert.equal(tierFor(343).name, 'narrow');
  assert.equal(tierFor(639).name, 'narrow');
  assert.equal(tierFor(640).name, 'wide');
  assert.equal(tierFor(1168).name, 'wide');
});

function indexWith(months: Record<string, Record<string, number>>): TimelineIndex {
  const years = [...new Set(Object.keys(months).map((month) => month.slice(0, 4)))].sort();
  return {
    lanes: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    bounds: { min: '2018-01-01', max: '2020-12-31' },
    tags: [],
    periods: years.map((year) => {
      const own = Object.fromEntries(
        Object.entries(months).filter(([month]) => month.startsWith(year)),
      );
      return {
        id: year,
        start: `${year}-01-01`,
        end: `${year}-12-31`,
        lastEnd: `${year}-12-31`,
        counts: {},
        months: own,
      };
    }),
  };
}

test('drawMode: counts once a window holds more than the limit', () => {
  const index = indexWith({ '2019-01': { a: MAX_DRAWN_ITEMS, b: 0 }, '2019-02': { a: 5 } });
  assert.equal(drawMode(index, { from: '2019-01-01', to: '2019-01-31' }), 'items');
  assert.equal(drawMode(index, { from: '2019-01-01', to: '2019-02-10' }), 'counts');
  // Part of a month counts its share of the month's events: 17/31 of 60, and 10/28 of 5.
  const plain = indexWith({ '2019-01': { a: 60 }, '2019-02': { a: 5 } });
  assert.equal(
    Math.round(eventsInWindow(plain, { from: '2019-01-15', to: '2019-02-10' }) * 10) / 10,
    34.7,
  );
  // However dense, two weeks or less draw events.
  const dense = indexWith({ '2019-01': { a: 10_000 } });
  assert.equal(drawMode(dense, { from: '2019-01-01', to: '2019-01-14' }), 'items');
  assert.equal(drawMode(dense, { from: '2019-01-01', to: '2019-01-15' }), 'counts');
});

test('countBands: per lane and month in a narrow window, per year in a wide one', () => {
  const index = indexWith({ '2019-01': { a: 3, b: 1 }, '2019-02': { a: 2 }, '2020-05': { b: 4 } });
  assert.deepEqual(
    countBands(index, { from: '2019-01-20', to: '2019-02-05' }, 30).map(
      ({ id, start, end, count }) => [id, start, end, count],
    ),
    [
      ['count-a-2019-01', '2019-01-01', '2019-01-31', 3],
      ['count-b-2019-01', '2019-01-01', '2019-01-31', 1],
      ['count-a-2019-02', '2019-02-01', '2019-02-28', 2],
    ],
  );
  assert.deepEqual(
    countBands(index, { from: '2018-01-01', to: '2020-12-31' }, 2000).map(({ id, count }) => [
      id,
      count,
    ]),
    [
      ['count-a-2019', 5],
      ['count-b-2019', 1],
      ['count-b-2020', 4],
    ],
  );
});

test('itemsWindowAround: narrows about the event until items are drawn', () => {
  const index = indexWith({ '2019-01': { a: 100 }, '2019-06': { a: 3 } });
  const wide = { from: '2019-01-01', to: '2019-12-31' };
  const narrowed = itemsWindowAround(index, wide, { start: '2019-06-10', end: '2019-06-10' });
  assert.equal(drawMode(index, narrowed), 'items');
  assert.ok(narrowed.from <= '2019-06-10' && narrowed.to >= '2019-06-10');
  // Already items: unchanged.
  const calm = { from: '2019-05-01', to: '2019-07-01' };
  assert.deepEqual(
    itemsWindowAround(index, calm, { start: '2019-06-10', end: '2019-06-10' }),
    calm,
  );
});
