/** Site helpers over event entries: date order, the timeline's window, words. */
import { getISOWeek, getISOWeekYear } from 'date-fns';
import type { Precision } from '../shared/precision.ts';
import { compareByDate, type EventEntry } from '../shared/schema/event.ts';
import { dayStart, daysBetween, shiftDay } from '../shared/days.ts';
import { BOUNDS_MARGIN_DAYS, DEFAULT_WINDOW } from '../shared/site.ts';

type Dated = Pick<EventEntry, 'id' | 'start' | 'end'>;

/** In the one date order of the site (the normalizer's). */
export function sortEvents<T extends { data: Dated }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareByDate(a.data, b.data));
}

export function countLabel(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * A machine-readable `datetime` for <time>, when the interval is one:
 * a day, a month (2018-12), a year (2018) or an ISO week (2019-W08).
 * Quarters and other spans have no single form; the label says them.
 */
export function timeDatetime(start: string, end: string, precision: Precision): string | null {
  if (start === end) return start;
  switch (precision) {
    case 'month':
      return start.slice(0, 7);
    case 'year':
      return start.slice(0, 4);
    case 'week': {
      const day = dayStart(start);
      return `${String(getISOWeekYear(day))}-W${String(getISOWeek(day)).padStart(2, '0')}`;
    }
    default:
      return null;
  }
}

/** The days the timeline may show: the data, with half a year either side. */
export function dataBounds(events: readonly Dated[]): { min: string; max: string } {
  const starts = events.map((event) => event.start).sort();
  const ends = events.map((event) => event.end).sort();
  const first = starts[0] ?? DEFAULT_WINDOW.from;
  const last = ends.at(-1) ?? DEFAULT_WINDOW.to;
  return { min: shiftDay(first, -BOUNDS_MARGIN_DAYS), max: shiftDay(last, BOUNDS_MARGIN_DAYS) };
}

/**
 * The window the timeline opens on: the default one when it shows any of the
 * data, else one as wide that ends on the latest event (another story).
 */
export function openingWindow(events: readonly Dated[]): { from: string; to: string } {
  const last = events
    .map((event) => event.end)
    .sort()
    .at(-1);
  const first = events.map((event) => event.start).sort()[0];
  if (last === undefined || first === undefined) return DEFAULT_WINDOW;
  if (first <= DEFAULT_WINDOW.to && last >= DEFAULT_WINDOW.from) return DEFAULT_WINDOW;
  const width = daysBetween(DEFAULT_WINDOW.from, DEFAULT_WINDOW.to);
  return { from: shiftDay(last, -width), to: last };
}
