/** Site helpers over event entries: date order, lanes, words. */
import { getISOWeek, getISOWeekYear } from 'date-fns';
import { compareByDate, type EventEntry, type Precision } from '../shared/schema/event.ts';
import { LANES, type Lane, type LaneId } from '../shared/schema/lanes.ts';
import { dayStart, shiftDay } from '../shared/days.ts';

type Dated = Pick<EventEntry, 'id' | 'start' | 'end'>;

/** Date order, as the normalizer uses it. */
export const compareEvents = compareByDate;

export function sortEvents<T extends { data: Dated }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareEvents(a.data, b.data));
}

export function laneOf(group: LaneId): Lane {
  const lane = LANES.find((candidate) => candidate.id === group);
  if (lane === undefined) throw new Error(`unknown lane ${group}`);
  return lane;
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
  if (events.length === 0) return { min: '2012-01-01', max: '2019-12-31' };
  const starts = events.map((event) => event.start).sort();
  const ends = events.map((event) => event.end).sort();
  return {
    min: shiftDay(starts[0] ?? '2012-01-01', -183),
    max: shiftDay(ends.at(-1) ?? '2019-12-31', 183),
  };
}

/** Words for each precision, for the method page and for item descriptions. */
export const PRECISION_WORDS: Record<Precision, string> = {
  day: 'on this day',
  week: 'some time in this week',
  month: 'some time in this month',
  quarter: 'some time in this quarter',
  year: 'some time in this year',
  range: 'some time in this span',
};
