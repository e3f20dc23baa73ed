/**
 * Calendar intervals as inclusive `YYYY-MM-DD` bounds, `null` for an open
 * side. Pure functions over date-fns; no time zones are involved because
 * every value is a calendar day.
 */
import {
  addDays,
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  format,
  getDay,
  isSameMonth,
  isSameYear,
  lastDayOfMonth,
  parseISO,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from 'date-fns';
import type { Precision } from '../../shared/schema/event.ts';

/** Inclusive bounds; `null` means unbounded on that side. */
export interface Interval {
  start: string | null;
  end: string | null;
}

/** A closed interval: both bounds known. */
export interface ClosedInterval {
  start: string;
  end: string;
}

/** Parses a calendar day as a local Date at midnight. */
export function toDate(day: string): Date {
  return parseISO(day);
}

/** Formats a Date as a calendar day. */
export function toDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Shifts a calendar day by whole days. */
export function shiftDays(day: string, days: number): string {
  return toDay(addDays(toDate(day), days));
}

/** The intersection of intervals; `null` bounds are ignored. */
export function intersect(intervals: readonly Interval[]): Interval {
  let start: string | null = null;
  let end: string | null = null;
  for (const interval of intervals) {
    if (interval.start !== null && (start === null || interval.start > start))
      start = interval.start;
    if (interval.end !== null && (end === null || interval.end < end)) end = interval.end;
  }
  return { start, end };
}

/** True when the interval holds no day at all. */
export function isEmpty(interval: Interval): boolean {
  return interval.start !== null && interval.end !== null && interval.start > interval.end;
}

/** True when `inner` lies wholly inside `outer` (open sides of `outer` contain everything). */
export function contains(outer: Interval, inner: ClosedInterval): boolean {
  return (
    (outer.start === null || inner.start >= outer.start) &&
    (outer.end === null || inner.end <= outer.end)
  );
}

/** True when both bounds are known. */
export function isClosed(interval: Interval): interval is ClosedInterval {
  return interval.start !== null && interval.end !== null;
}

/**
 * The precision an interval's shape shows: one day, a Monday–Sunday week, a
 * calendar month, quarter or year, or any other span (`range`).
 */
export function precisionOf(interval: Interval): Precision {
  if (!isClosed(interval)) return 'range';
  const start = toDate(interval.start);
  const end = toDate(interval.end);
  if (interval.start === interval.end) return 'day';
  if (getDay(start) === 1 && differenceInCalendarDays(end, start) === 6) return 'week';
  const sameSpan = (from: (d: Date) => Date, to: (d: Date) => Date): boolean =>
    toDay(from(start)) === interval.start && toDay(to(start)) === interval.end;
  if (sameSpan(startOfMonth, endOfMonth)) return 'month';
  if (sameSpan(startOfQuarter, endOfQuarter)) return 'quarter';
  if (sameSpan(startOfYear, endOfYear)) return 'year';
  return 'range';
}

const QUARTER_NAMES = ['First', 'Second', 'Third', 'Fourth'] as const;

/** How an interval reads to a person: "1 December 2018", "December 2018", "On or before 3 December 2018". */
export function formatInterval(interval: Interval): string {
  if (interval.start === null && interval.end === null) return 'Undated';
  if (interval.start === null) return `On or before ${formatDay(interval.end ?? '')}`;
  if (interval.end === null) return `On or after ${formatDay(interval.start)}`;
  const start = toDate(interval.start);
  const end = toDate(interval.end);
  switch (precisionOf(interval)) {
    case 'day':
      return formatDay(interval.start);
    case 'week':
      return `Week of ${formatDay(interval.start)}`;
    case 'month':
      return format(start, 'MMMM yyyy');
    case 'quarter':
      return `${QUARTER_NAMES[Math.floor(start.getMonth() / 3)] ?? ''} quarter of ${format(start, 'yyyy')}`;
    case 'year':
      return format(start, 'yyyy');
    case 'range':
      return formatRange(start, end);
  }
}

function formatDay(day: string): string {
  return format(toDate(day), 'd MMMM yyyy');
}

/** A span with the shared parts said once: "1–3 December 2018", "March–May 2019", "2011–2012". */
function formatRange(start: Date, end: Date): string {
  const wholeMonths = start.getDate() === 1 && toDay(lastDayOfMonth(end)) === toDay(end);
  const wholeYears = wholeMonths && start.getMonth() === 0 && end.getMonth() === 11;
  if (wholeYears) return `${format(start, 'yyyy')}–${format(end, 'yyyy')}`;
  if (wholeMonths) {
    return isSameYear(start, end)
      ? `${format(start, 'MMMM')}–${format(end, 'MMMM yyyy')}`
      : `${format(start, 'MMMM yyyy')} – ${format(end, 'MMMM yyyy')}`;
  }
  if (isSameMonth(start, end)) return `${format(start, 'd')}–${format(end, 'd MMMM yyyy')}`;
  if (isSameYear(start, end)) return `${format(start, 'd MMMM')} – ${format(end, 'd MMMM yyyy')}`;
  return `${format(start, 'd MMMM yyyy')} – ${format(end, 'd MMMM yyyy')}`;
}

/** The interval an editorial date names: `2018`, `2018-04`, `2018-12-01`, or `a/b`. */
export function editorialInterval(text: string): ClosedInterval {
  const [first, second] = text.split('/') as [string, string | undefined];
  return { start: partInterval(first).start, end: partInterval(second ?? first).end };
}

function partInterval(part: string): ClosedInterval {
  if (/^\d{4}$/.test(part)) {
    const date = toDate(`${part}-01-01`);
    return { start: toDay(date), end: toDay(endOfYear(date)) };
  }
  if (/^\d{4}-\d{2}$/.test(part)) {
    const date = toDate(`${part}-01`);
    return { start: toDay(date), end: toDay(endOfMonth(date)) };
  }
  return { start: part, end: part };
}
