/**
 * A date label split into the pieces that can carry a machine-readable
 * `datetime`, so every date a person reads is in a valid <time>: a day, a
 * week (2019-W08), a month (2018-12) or a year stands whole; a span becomes
 * two <time>s around its dash; "On or before 3 December 2018" keeps its words
 * outside the <time>; a quarter's year is a <time> of its own.
 *
 * Pure and dependency-free: the pages and the timeline's detail panel share it.
 */
import { dayStart } from './days.ts';

export interface TimePart {
  text: string;
  /** The `datetime` of a <time> around `text`; absent for plain words. */
  datetime?: string;
}

/** The ISO week of a day: `2019-W08` (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(day: string): string {
  const date = dayStart(day);
  const utc = (y: number, m: number, d: number): number => Date.UTC(y, m, d) / 86_400_000;
  const weekday = (date.getDay() + 6) % 7; // Monday 0 … Sunday 6
  // The week belongs to the year its Thursday falls in.
  const thursday = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 3 - weekday);
  const year = thursday.getFullYear();
  const dayOfYear = utc(year, thursday.getMonth(), thursday.getDate()) - utc(year, 0, 1);
  return `${String(year)}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

const OPEN = /^(On or before |On or after )(.+)$/;
const DASH = /^(.+?)(\s?–\s?)(.+)$/;

export function timeParts(
  start: string | null,
  end: string | null,
  precision: string,
  label: string,
): TimePart[] {
  const open = OPEN.exec(label);
  if (open !== null) {
    const day = open[1] === 'On or before ' ? end : start;
    return [
      { text: open[1] ?? '' },
      day === null ? { text: open[2] ?? '' } : { text: open[2] ?? '', datetime: day },
    ];
  }
  if (start === null || end === null) return [{ text: label }];
  switch (precision) {
    case 'day':
      return [{ text: label, datetime: start }];
    case 'week':
      return [{ text: label, datetime: isoWeek(start) }];
    case 'month':
      return [{ text: label, datetime: start.slice(0, 7) }];
    case 'year':
      return [{ text: label, datetime: start.slice(0, 4) }];
    case 'quarter': {
      const year = start.slice(0, 4);
      const at = label.lastIndexOf(year);
      return at < 0
        ? [{ text: label }]
        : [
            { text: label.slice(0, at) },
            { text: year, datetime: year },
            { text: label.slice(at + 4) },
          ].filter((part) => part.text !== '');
    }
    default: {
      const span = DASH.exec(label);
      if (span === null) return [{ text: label }];
      return [
        { text: span[1] ?? '', datetime: rangeEnd(start, span[1] ?? '') },
        { text: span[2] ?? '' },
        { text: span[3] ?? '', datetime: rangeEnd(end, span[3] ?? '') },
      ];
    }
  }
}

/** The datetime of one end of a span, as precise as its words: "2011" is a year, "March" a month. */
function rangeEnd(day: string, words: string): string {
  if (/^\d{4}$/.test(words.trim())) return day.slice(0, 4);
  if (!/\d/.test(words) || /^[A-Z][a-z]+ \d{4}$/.test(words.trim())) return day.slice(0, 7);
  return day;
}
