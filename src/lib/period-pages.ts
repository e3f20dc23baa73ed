/**
 * The period pages that list the events: one page a year, or, for a year
 * with more events than a phone should load as one page, one page a month
 * under a year page that lists the months. An event goes on the page of the
 * year it starts in; in a year listed by month, on its month's page when its
 * first and last days are in that month, else (dated to the year, a quarter,
 * or a span across months) on the year's page, which cannot say which month
 * it began in. In order, the pages list every event once, and each page
 * links to the one before and after it. Pure: years in, pages out.
 */

import { MONTHS } from '../shared/days.ts';

/** A year holding more events than this is listed a month a page. */
const EVENTS_PER_PAGE = 300;

export interface PeriodPage<T> {
  /** `2019` or `2019-05`: also the page's `<time datetime>`. */
  id: string;
  /** `years/2019/` or `years/2019/05/`, relative to the site's base. */
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
   * The events listed, in date order; on the page of a year listed by month,
   * only those not within one month.
   */
  events: T[];
  /** The months of a year listed by month (pages of their own); else empty. */
  months: PeriodPage<T>[];
  /** The pages before and after this one, in reading order. */
  prev: PeriodLink | null;
  next: PeriodLink | null;
}

export interface PeriodLink {
  path: string;
  label: string;
  id: string;
}

/** The last day of the month, two digits (`28` to `31`). */
function lastDay(year: string, month: string): string {
  return String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate());
}

function link(page: PeriodPage<unknown>): PeriodLink {
  return { path: page.path, label: page.label, id: page.id };
}

/**
 * Every period page, in reading order: a year's page, then (for a year
 * listed by month) its months' pages. `years` are in order, each with its
 * events in date order; `daysOf` gives an event's first and last days
 * (YYYY-MM-DD).
 */
export function periodPages<T>(
  years: readonly { id: string; events: readonly T[] }[],
  daysOf: (event: T) => { start: string; end: string },
  limit = EVENTS_PER_PAGE,
): PeriodPage<T>[] {
  const pages: PeriodPage<T>[] = [];
  for (const year of years) {
    const page: PeriodPage<T> = {
      id: year.id,
      path: `years/${year.id}/`,
      label: year.id,
      days: { from: `${year.id}-01-01`, to: `${year.id}-12-31` },
      count: year.events.length,
      year: null,
      events: [],
      months: [],
      prev: null,
      next: null,
    };
    pages.push(page);
    if (year.events.length <= limit) {
      page.events = [...year.events];
      continue;
    }
    const byMonth = new Map<string, T[]>();
    for (const event of year.events) {
      const { start, end } = daysOf(event);
      if (start.slice(0, 7) !== end.slice(0, 7)) {
        page.events.push(event);
        continue;
      }
      const month = start.slice(5, 7);
      const list = byMonth.get(month) ?? [];
      list.push(event);
      byMonth.set(month, list);
    }
    for (const [month, events] of byMonth) {
      const monthPage: PeriodPage<T> = {
        id: `${year.id}-${month}`,
        path: `years/${year.id}/${month}/`,
        label: `${MONTHS[Number(month) - 1] ?? month} ${year.id}`,
        days: {
          from: `${year.id}-${month}-01`,
          to: `${year.id}-${month}-${lastDay(year.id, month)}`,
        },
        count: events.length,
        year: { path: page.path, label: page.label },
        events,
        months: [],
        prev: null,
        next: null,
      };
      page.months.push(monthPage);
      pages.push(monthPage);
    }
  }
  for (const [index, page] of pages.entries()) {
    const before = pages[index - 1];
    const after = pages[index + 1];
    page.prev = before === undefined ? null : link(before);
    page.next = after === undefined ? null : link(after);
  }
  return pages;
}
