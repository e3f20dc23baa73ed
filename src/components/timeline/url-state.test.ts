import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EMPTY_QUERY,
  parseQuery,
  resolveWindow,
  roundedWindow,
  toSearch,
  windowOfRange,
  type KnownValues,
} from './url-state.ts';

const known: KnownValues = {
  groups: new Set(['legal', 'huawei']),
  tags: new Set(['canada', 'iran']),
};
const bounds = { min: '2011-06-01', max: '2019-12-31' };
const fallback = { from: '2018-10-01', to: '2019-07-31' };

test('reads every part', () => {
  assert.deepEqual(
    parseQuery(
      '?event=prague&from=2019-01-01&to=2019-06-30&group=legal,huawei&tag=iran',
      known,
      bounds,
    ),
    {
      event: 'prague',
      from: '2019-01-01',
      to: '2019-06-30',
      groups: ['legal', 'huawei'],
      tags: ['iran'],
    },
  );
});

test('ignores unknown values instead of failing', () => {
  assert.deepEqual(
    parseQuery(
      '?event=<b>nope</b>&from=2019-02-30&to=soon&group=legal,,bogus,legal&tag=<script>&x=1',
      known,
      bounds,
    ),
    { ...EMPTY_QUERY, groups: ['legal'] },
  );
  assert.deepEqual(parseQuery('', known, bounds), EMPTY_QUERY);
});

test('clamps dates outside the data, drops an inverted window', () => {
  const clamped = parseQuery('?from=1999-01-01&to=2099-01-01', known, bounds);
  assert.equal(clamped.from, bounds.min);
  assert.equal(clamped.to, bounds.max);
  const inverted = parseQuery('?from=2019-05-01&to=2019-01-01', known, bounds);
  assert.equal(inverted.from, null);
  assert.equal(inverted.to, null);
});

test('writes a readable query in a fixed order, and nothing for no state', () => {
  assert.equal(toSearch(EMPTY_QUERY), '');
  assert.equal(
    toSearch({
      event: 'prague',
      from: '2019-01-01',
      to: '2019-02-01',
      groups: ['legal', 'huawei'],
      tags: [],
    }),
    '?event=prague&from=2019-01-01&to=2019-02-01&group=legal,huawei',
  );
});

test('round-trips', () => {
  const query = {
    event: 'meng-arrested',
    from: '2018-11-01',
    to: '2018-12-31',
    groups: [],
    tags: ['canada'],
  };
  assert.deepEqual(parseQuery(toSearch(query), known, bounds), query);
});

test('window: the default, an explicit one, or centred on the event', () => {
  const options = { fallback, bounds, event: null };
  assert.deepEqual(resolveWindow(EMPTY_QUERY, options), fallback);
  assert.deepEqual(
    resolveWindow({ ...EMPTY_QUERY, from: '2012-01-01', to: '2012-12-31' }, options),
    { from: '2012-01-01', to: '2012-12-31' },
  );
  const centred = resolveWindow(
    { ...EMPTY_QUERY, event: 'meng-arrested' },
    { ...options, event: { start: '2012-10-08', end: '2012-10-08' } },
  );
  assert.equal(centred.from < '2012-10-08' && centred.to > '2012-10-08', true);
  assert.deepEqual(centred, { from: '2012-05-10', to: '2013-03-09' });
});

test('window: an event near the edge keeps the window inside the bounds', () => {
  const window = resolveWindow(
    { ...EMPTY_QUERY, event: 'x' },
    { fallback, bounds, event: { start: '2019-12-20', end: '2019-12-20' } },
  );
  assert.equal(window.to, bounds.max);
  assert.equal(window.from, '2019-03-03');
});

test('window: only one end given', () => {
  const options = { fallback, bounds, event: null };
  assert.deepEqual(resolveWindow({ ...EMPTY_QUERY, from: '2019-01-01' }, options), {
    from: '2019-01-01',
    to: '2019-10-31',
  });
  assert.deepEqual(resolveWindow({ ...EMPTY_QUERY, to: '2011-09-01' }, options), {
    from: '2011-06-01',
    to: '2012-03-30',
  });
});

test('a timeline range maps to the days it shows', () => {
  assert.deepEqual(windowOfRange(new Date(2019, 0, 1), new Date(2019, 1, 1)), {
    from: '2019-01-01',
    to: '2019-01-31',
  });
  assert.deepEqual(windowOfRange(new Date(2019, 0, 1, 6), new Date(2019, 0, 9, 12)), {
    from: '2019-01-01',
    to: '2019-01-09',
  });
});

test('a timeline range rounds to the nearest whole days', () => {
  assert.deepEqual(roundedWindow(new Date(2019, 0, 1, 11), new Date(2019, 1, 1, 13)), {
    from: '2019-01-01',
    to: '2019-02-01',
  });
  assert.deepEqual(roundedWindow(new Date(2018, 11, 31, 12), new Date(2019, 1, 1, 11, 59)), {
    from: '2019-01-01',
    to: '2019-01-31',
  });
  // Never less than one day.
  assert.deepEqual(roundedWindow(new Date(2019, 0, 1, 1), new Date(2019, 0, 1, 2)), {
    from: '2019-01-01',
    to: '2019-01-01',
  });
});
