/**
 * The period pages that list the events: one page a year, or, for a year
 * with more events than a phone should load as one page, one page a month
 * under a year page that lists the months. An event goes on the page of the
 * year it begins in (its first possible day), as in the timeline's
 * per-period data. In a year listed by month, a month's page lists the
 * events within the month, then the spans that end in it (a week, a quarter
 * or a range that began in an earlier month of the year): a span is filed by
 * its last day because phrases such as "earlier this year" all begin on
 * 1 January but end on different days. The year's own page lists the rest:
 * events known only to the year, and spans that run into a later year. In
 * order, the pages list every event once, and each page links to the one
 * before and after it. A month with more events than a page holds is listed
 * in parts, in the same order: `years/2019/03/`, then `years/2019/03/2/`
 * and on. The same pages list the archived articles by the day they were
 * published, under another folder (`about/sources/2019/`). Pure: years in,
 * pages out.
 */

import { MONTHS } from '../shared/days.ts';

/**
 * A year holding more events than this is listed a month a page. Parsing a
 * long page blocks a phone's main thread after the first paint: a page of
 * about 300 events (270 KB of HTML) scored 99 or 100 on Lighthouse's mobile
 * performance from run to run, 250 events 100 in each of 3 runs; 200 keeps
 * a margin.
 */
export const EVENTS_PER_PAGE = 200;

export interface PeriodPage<T> {
  /** `2019` or `2019-05`: also the page's `<time datetime>`. */
  id: string;
  /** `years/2019/` or `years/2019/05/` (under the folder given), relative to the site's base. */
  path: string;
  /** `2019` or `May 2019`. */
  label: string;
  /** Its first and last days (YYYY-MM-DD), for a link to it on the timeline. */
  days: { from: string; to: string };
  /** Events that began in it (on a year listed by month: in all its months). */
  count: number;
  /** The year's page, for a month's page; null for a year's. */
  year: { path: string; label: string } | null;
  /**
   * The events listed, in date order: on a month's page, those within the
   * month; on the page of a year listed by month, those of no one month
   * (known only to the year, or running into a later year).
   */
  events: T[];
  /** On a month's page, the spans that end in it and began in an earlier month, in date order. */
  spans: T[];
  /** The months of a year listed by month (pages of their own; a month in parts, by its first); else empty. */
  months: PeriodPage<T>[];
  /**
   * A crowded month's page: which part of the month's listing it holds
   * (`first` and `last` count the month's events, from 1; `spans`: the
   * month's spans, in any part). Null: the whole period.
   */
  part: { number: number; of: number; first: number; last: number; spans: number } | null;
  /** The pages before and after this one, in reading order. */
  prev: PeriodLink | null;
  next: PeriodLink | null;
}

export interface PeriodLink {
  path: string;
  label: string;
  id: string;
  /** Which part of a month in parts (see `PeriodPage.part`); null for a whole period. */
  part: { number: number; of: number } | null;
}

/** The last day of the month, two digits (`28` to `31`). */
function lastDay(year: string, month: string): string {
  return String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate());
}

/** A link to `page`, as its neighbours and the pages it lists show it. */
export function periodLink(page: PeriodPage<unknown>): PeriodLink {
  const { path, label, id, part } = page;
  return { path, label, id, part: part === null ? null : { number: part.number, of: part.of } };
}

/**
 * A month's page, or its parts when it lists more than `limit` events: the
 * month's events, then its spans, cut in order into pages of `limit`.
 */
function monthParts<T>(month: PeriodPage<T>, limit: number): PeriodPage<T>[] {
  if (month.count <= limit) return [month];
  const of = Math.ceil(month.count / limit);
  return Array.from({ length: of }, (_, index) => {
    const first = index * limit;
    const last = Math.min(first + limit, month.count);
    return {
      ...month,
      path: index === 0 ? month.path : `${month.path}${String(index + 1)}/`,
      events: month.events.slice(first, last),
      spans: month.spans.slice(
        Math.max(0, first - month.events.length),
        Math.max(0, last - month.events.length),
      ),
      part: { number: index + 1, of, first: first + 1, last, spans: month.spans.length },
    };
  });
}

/**
 * Every period page, in reading order: a year's page, then (for a year
 * listed by month) its months' pages. `years` are in order, each with its
 * events in date order; `daysOf` gives an event's first and last days
 * (YYYY-MM-DD); `folder` is where the pages go, relative to the base.
 */
export function periodPages<T>(
  years: readonly { id: string; events: readonly T[] }[],
  daysOf: (event: T) => { start: string; end: string },
  limit = EVENTS_PER_PAGE,
  folder = 'years/',
): PeriodPage<T>[] {
  const pages: PeriodPage<T>[] = [];
  for (const year of years) {
    const page: PeriodPage<T> = {
      id: year.id,
      path: `${folder}${year.id}/`,
      label: year.id,
      days: { from: `${year.id}-01-01`, to: `${year.id}-12-31` },
      count: year.events.length,
      year: null,
      events: [],
      spans: [],
      months: [],
      part: null,
      prev: null,
      next: null,
    };
    pages.push(page);
    if (year.events.length <= limit) {
      page.events = [...year.events];
      continue;
    }
    const byMonth = new Map<string, { events: T[]; spans: T[] }>();
    for (const event of year.events) {
      const { start, end } = daysOf(event);
      const wholeYear = start === `${year.id}-01-01` && end === `${year.id}-12-31`;
      if (wholeYear || end.slice(0, 4) !== year.id) {
        page.events.push(event);
        continue;
      }
      const month = end.slice(5, 7);
      const lists = byMonth.get(month) ?? { events: [], spans: [] };
      (start.slice(0, 7) === end.slice(0, 7) ? lists.events : lists.spans).push(event);
      byMonth.set(month, lists);
    }
    for (const [month, { events, spans }] of [...byMonth].sort(([a], [b]) => a.localeCompare(b))) {
      const monthPage: PeriodPage<T> = {
        id: `${year.id}-${month}`,
        path: `${folder}${year.id}/${month}/`,
        label: `${MONTHS[Number(month) - 1] ?? month} ${year.id}`,
        days: {
          from: `${year.id}-${month}-01`,
          to: `${year.id}-${month}-${lastDay(year.id, month)}`,
        },
        count: events.length + spans.length,
        year: { path: page.path, label: page.label },
        events,
        spans,
        months: [],
        part: null,
        prev: null,
        next: null,
      };
      const parts = monthParts(monthPage, limit);
      page.months.push(parts[0] ?? monthPage);
      pages.push(...parts);
    }
  }
  for (const [index, page] of pages.entries()) {
    const before = pages[index - 1];
    const after = pages[index + 1];
    page.prev = before === undefined ? null : periodLink(before);
    page.next = after === undefined ? null : periodLink(after);
  }
  return pages;
}

/** The routes of a list of period pages, as `getStaticPaths` gives them. */
interface PeriodRoute<T, P> {
  params: P;
  props: { page: PeriodPage<T> };
}

/** The years' pages: `…/2019/`. */
export function yearRoutes<T>(pages: PeriodPage<T>[]): PeriodRoute<T, { year: string }>[] {
  return pages
    .filter((page) => page.year === null)
    .map((page) => ({ params: { year: page.id }, props: { page } }));
}

/** The months' pages, or the first part of a crowded month: `…/2019/05/`. */
export function monthRoutes<T>(
  pages: PeriodPage<T>[],
): PeriodRoute<T, { year: string; month: string }>[] {
  return pages
    .filter((page) => page.year !== null && (page.part?.number ?? 1) === 1)
    .map((page) => ({
      params: { year: page.id.slice(0, 4), month: page.id.slice(5, 7) },
      props: { page },
    }));
}

/** The second and later parts of a crowded month: `…/2019/05/2/`. */
export function partRoutes<T>(
  pages: PeriodPage<T>[],
): PeriodRoute<T, { year: string; month: string; part: string }>[] {
  return pages.flatMap((page) =>
    page.part === null || page.part.number === 1
      ? []
      : [
          {
            params: {
              year: page.id.slice(0, 4),
              month: page.id.slice(5, 7),
              part: String(page.part.number),
            },
            props: { page },
          },
        ],
  );
}
