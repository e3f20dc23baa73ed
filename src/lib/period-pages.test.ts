import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthRoutes, partRoutes, periodPages, yearRoutes } from './period-pages.ts';

/** Events as their start days; `n` events a month in the months given. */
function year(id: string, perMonth: Record<string, number>): { id: string; events: string[] } {
  const events: string[] = [];
  for (const [month, n] of Object.entries(perMonth)) {
    for (let day = 1; day <= n; day++) {
      events.push(`${id}-${month}-${String(Math.min(day, 28)).padStart(2, '0')}`);
    }
  }
  // In date order (an object lists a key like `12` before `02`).
  return { id, events: events.sort() };
}

/** An event as its days: `2019-05-02` is one day, `2019-05-30/2019-06-02` a span. */
const daysOf = (event: string): { start: string; end: string } => {
  const [start = '', end = start] = event.split('/');
  return { start, end };
};

test('a year within the limit is one page listing its events', () => {
  const pages = periodPages([year('2018', { '03': 2, '11': 1 })], daysOf, 3);
  assert.deepEqual(
    pages.map((page) => [page.id, page.path, page.label, page.events.length, page.months.length]),
    [['2018', 'years/2018/', '2018', 3, 0]],
  );
});

test('a year over the limit lists its months, each a page of its own, in order', () => {
  const pages = periodPages(
    [year('2018', { '01': 1 }), year('2019', { '02': 2, '05': 3 }), year('2020', { '01': 1 })],
    daysOf,
    4,
  );
  assert.deepEqual(
    pages.map((page) => [page.id, page.path, page.label, page.events.length]),
    [
      ['2018', 'years/2018/', '2018', 1],
      ['2019', 'years/2019/', '2019', 0],
      ['2019-02', 'years/2019/02/', 'February 2019', 2],
      ['2019-05', 'years/2019/05/', 'May 2019', 3],
      ['2020', 'years/2020/', '2020', 1],
    ],
  );
  const hub = pages[1];
  assert.deepEqual(
    hub?.months.map((month) => month.id),
    ['2019-02', '2019-05'],
  );
  assert.deepEqual(pages[2]?.year, { path: 'years/2019/', label: '2019' });
  assert.deepEqual(
    pages.map((page) => [page.count, page.days.from, page.days.to]),
    [
      [1, '2018-01-01', '2018-12-31'],
      [5, '2019-01-01', '2019-12-31'],
      [2, '2019-02-01', '2019-02-28'],
      [3, '2019-05-01', '2019-05-31'],
      [1, '2020-01-01', '2020-12-31'],
    ],
  );
  assert.equal(pages[0]?.year, null);
});

test('each page links to the one before and after it; the first and last to none', () => {
  const pages = periodPages(
    [year('2018', { '01': 1 }), year('2019', { '02': 3, '05': 3 })],
    daysOf,
    4,
  );
  assert.deepEqual(
    pages.map((page) => [page.prev?.id ?? null, page.id, page.next?.id ?? null]),
    [
      [null, '2018', '2019'],
      ['2018', '2019', '2019-02'],
      ['2019', '2019-02', '2019-05'],
      ['2019-02', '2019-05', null],
    ],
  );
  assert.deepEqual(pages[1]?.next, {
    id: '2019-02',
    path: 'years/2019/02/',
    label: 'February 2019',
    part: null,
  });
});

test('together the pages list every event once, in order', () => {
  const years = [year('2017', { '06': 5 }), year('2018', { '01': 40, '07': 1, '12': 9 })];
  const listed = periodPages(years, daysOf, 10).flatMap((page) => [...page.events, ...page.spans]);
  assert.deepEqual(
    listed,
    years.flatMap((entry) => entry.events),
  );
});

test('a year exactly at the limit stays one page', () => {
  const pages = periodPages([year('2019', { '01': 2, '02': 2 })], daysOf, 4);
  assert.deepEqual(
    pages.map((page) => page.id),
    ['2019'],
  );
});

test('a month page ends on the month’s last day, leap years included', () => {
  const pages = periodPages([year('2020', { '02': 1, '04': 1, '12': 1 })], daysOf, 1);
  assert.deepEqual(
    pages.slice(1).map((page) => page.days.to),
    ['2020-02-29', '2020-04-30', '2020-12-31'],
  );
});

test('in a year listed by month, a month lists the events within it, then the spans that end in it', () => {
  const events = [
    '2019-01-01/2019-03-31',
    '2019-01-01/2019-05-14',
    '2019-01-01/2019-12-31',
    '2019-02-03',
    '2019-02-25/2019-03-03',
    '2019-03-01/2019-03-31',
    '2019-04-09',
    '2019-12-30/2020-01-05',
  ];
  const pages = periodPages([{ id: '2019', events }], daysOf, 3);
  assert.deepEqual(
    pages.map((page) => [page.id, page.events, page.spans, page.count]),
    [
      // Known only to the year, or running into the next.
      ['2019', ['2019-01-01/2019-12-31', '2019-12-30/2020-01-05'], [], 8],
      ['2019-02', ['2019-02-03'], [], 1],
      ['2019-03', ['2019-03-01/2019-03-31'], ['2019-01-01/2019-03-31', '2019-02-25/2019-03-03'], 3],
      ['2019-04', ['2019-04-09'], [], 1],
      ['2019-05', [], ['2019-01-01/2019-05-14'], 1],
    ],
  );
});

test('a month over the limit is listed in parts, in order, the year linking its first', () => {
  const pages = periodPages([year('2019', { '01': 1, '03': 5 })], daysOf, 2);
  assert.deepEqual(
    pages.map((page) => [page.id, page.path, page.part, page.events.length, page.count]),
    [
      ['2019', 'years/2019/', null, 0, 6],
      ['2019-01', 'years/2019/01/', null, 1, 1],
      ['2019-03', 'years/2019/03/', { number: 1, of: 3, first: 1, last: 2, spans: 0 }, 2, 5],
      ['2019-03', 'years/2019/03/2/', { number: 2, of: 3, first: 3, last: 4, spans: 0 }, 2, 5],
      ['2019-03', 'years/2019/03/3/', { number: 3, of: 3, first: 5, last: 5, spans: 0 }, 1, 5],
    ],
  );
  assert.deepEqual(
    pages[0]?.months.map((month) => [month.path, month.count]),
    [
      ['years/2019/01/', 1],
      ['years/2019/03/', 5],
    ],
  );
  assert.deepEqual(pages[3]?.prev, {
    id: '2019-03',
    path: 'years/2019/03/',
    label: 'March 2019',
    part: { number: 1, of: 3 },
  });
  assert.deepEqual(pages[1]?.next, pages[3].prev);
  assert.equal(pages[4]?.next, null);
});

test('a month in parts cuts its events, then its spans, in order', () => {
  const events = ['2019-01-05', '2019-03-01', '2019-03-02', '2019-02-20/2019-03-04', '2019-03-03'];
  const pages = periodPages([{ id: '2019', events: events.sort() }], daysOf, 2);
  assert.deepEqual(
    pages.filter((page) => page.id === '2019-03').map((page) => [page.events, page.spans]),
    [
      [['2019-03-01', '2019-03-02'], []],
      [['2019-03-03'], ['2019-02-20/2019-03-04']],
    ],
  );
});

test('the same pages go under another folder: the articles by the day they were published', () => {
  const pages = periodPages([year('2019', { '01': 2, '03': 3 })], daysOf, 3, 'about/sources/');
  assert.deepEqual(
    pages.map((page) => [page.path, page.count, page.part?.number ?? null]),
    [
      ['about/sources/2019/', 5, null],
      ['about/sources/2019/01/', 2, null],
      ['about/sources/2019/03/', 3, null],
    ],
  );
  assert.deepEqual(pages[1]?.year, { path: 'about/sources/2019/', label: '2019' });
  assert.equal(pages[2]?.prev?.path, 'about/sources/2019/01/');
});

test('each page has one route: a year, a month (or its first part), or a later part', () => {
  const pages = periodPages(
    [year('2018', { '01': 1 }), year('2019', { '01': 1, '03': 5 })],
    daysOf,
    2,
  );
  const params = (routes: { params: object }[]): object[] => routes.map((route) => route.params);
  assert.deepEqual(params(yearRoutes(pages)), [{ year: '2018' }, { year: '2019' }]);
  assert.deepEqual(params(monthRoutes(pages)), [
    { year: '2019', month: '01' },
    { year: '2019', month: '03' },
  ]);
  assert.deepEqual(params(partRoutes(pages)), [
    { year: '2019', month: '03', part: '2' },
    { year: '2019', month: '03', part: '3' },
  ]);
  const routed = [...yearRoutes(pages), ...monthRoutes(pages), ...partRoutes(pages)];
  assert.equal(routed.length, pages.length);
});
