/**
 * The one calendar-day vocabulary of the project, for the pipeline and the
 * site alike:
 *
 * - a *day* is a `YYYY-MM-DD` string (what content/ stores);
 * - `dayStart(day)` is its local midnight as a `Date`, `dayAfter(day)` the
 *   next midnight (the timeline, via vis-timeline, works in local time);
 * - `isoDay(date)` is the day a `Date` falls on, back as `YYYY-MM-DD`;
 * - `longDay(day)` is how a day reads to a person: "9 May 2019".
 *
 * Plain arithmetic, no library: this ships in the timeline's first script.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Month names, January first: the house style's words for months. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Each day's local midnight as a time value, once worked out: local-time
 * arithmetic asks the time zone every time, and normalize reads the same few
 * thousand days some 100,000 times at 10,000 events.
 */
const midnights = new Map<string, number | null>();

/** The local midnight starting `text` (YYYY-MM-DD), or null when it is not a real date. */
export function parseDay(text: string): Date | null {
  let time = midnights.get(text);
  if (time === undefined) {
    time = localMidnight(text);
    midnights.set(text, time);
  }
  return time === null ? null : new Date(time);
}

function localMidnight(text: string): number | null {
  const match = DAY.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // Years 0–99 would be read as 1900–1999.
  date.setFullYear(year);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date.getTime()
    : null;
}

/** Like parseDay, for text already known to be valid (from the content schema). */
export function dayStart(text: string): Date {
  const date = parseDay(text);
  if (date === null) throw new RangeError(`not a calendar date: ${text}`);
  return date;
}

function addDays(date: Date, days: number): Date {
  const next = new Date(date.getTime());
  next.setDate(next.getDate() + days);
  return next;
}

/** The local midnight after the last day: the exclusive end of an inclusive `end`. */
export function dayAfter(text: string): Date {
  return addDays(dayStart(text), 1);
}

/** The calendar day a moment falls on (local time), as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

export function shiftDay(text: string, days: number): string {
  return isoDay(addDays(dayStart(text), days));
}

/** Whole calendar days from `from` to `to` (daylight-saving safe). */
export function daysBetween(from: string, to: string): number {
  const utc = (text: string): number => {
    const date = dayStart(text);
    return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** "9 May 2019", the house style for a single day. */
export function longDay(text: string): string {
  const date = dayStart(text);
  return `${String(date.getDate())} ${MONTHS[date.getMonth()] ?? ''} ${String(date.getFullYear())}`;
}
