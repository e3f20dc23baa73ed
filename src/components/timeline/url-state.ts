/**
 * The timeline's state lives in the query string:
 * `?event=<id>&from=<YYYY-MM-DD>&to=<YYYY-MM-DD>&group=<g1,g2>&tag=<t1,t2>`.
 * Every part is optional; unknown values are dropped (never an error) and
 * dates outside the data are clamped. Pure functions, shared by the page and
 * its tests.
 */
import { dayAfter, daysBetween, isoDay, parseDay, shiftDay } from '../../shared/days.ts';

export interface TimelineQuery {
  /** Selected event id. */
  event: string | null;
  /** First visible day. */
  from: string | null;
  /** Last visible day (inclusive). */
  to: string | null;
  /** Lane filter (reserved for filters; parsed and kept, not yet applied). */
  groups: string[];
  /** Tag filter (reserved, as `groups`). */
  tags: string[];
}

/**
 * The lanes and tags the data has. (Event ids are only checked for their
 * shape here: whether one exists is the data source's to say.)
 */
export interface KnownValues {
  groups: ReadonlySet<string>;
  tags: ReadonlySet<string>;
}

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The first and last day the timeline may show. */
export interface Bounds {
  min: string;
  max: string;
}

export interface DayWindow {
  from: string;
  to: string;
}

export const EMPTY_QUERY: TimelineQuery = {
  event: null,
  from: null,
  to: null,
  groups: [],
  tags: [],
};

function clampDay(day: string, bounds: Bounds): string {
  if (day < bounds.min) return bounds.min;
  if (day > bounds.max) return bounds.max;
  return day;
}

function knownList(value: string | null, known: ReadonlySet<string>): string[] {
  if (value === null) return [];
  const seen = new Set<string>();
  for (const part of value.split(',')) {
    const item = part.trim();
    if (known.has(item)) seen.add(item);
  }
  return [...seen];
}

function day(value: string | null, bounds: Bounds): string | null {
  if (value === null) return null;
  const parsed = parseDay(value.trim());
  return parsed === null ? null : clampDay(isoDay(parsed), bounds);
}

export function parseQuery(search: string, known: KnownValues, bounds: Bounds): TimelineQuery {
  const params = new URLSearchParams(search);
  const event = params.get('event');
  let from = day(params.get('from'), bounds);
  let to = day(params.get('to'), bounds);
  if (from !== null && to !== null && from >= to) {
    // An empty or inverted window says nothing usable.
    from = null;
    to = null;
  }
  return {
    event: event !== null && EVENT_ID.test(event) ? event : null,
    from,
    to,
    groups: knownList(params.get('group'), known.groups),
    tags: knownList(params.get('tag'), known.tags),
  };
}

/** `?event=…&from=…` (readable commas, fixed order), or '' when there is nothing to say. */
export function toSearch(query: TimelineQuery): string {
  const parts: string[] = [];
  const add = (name: string, value: string): void => {
    parts.push(`${name}=${value.split(',').map(encodeURIComponent).join(',')}`);
  };
  if (query.event !== null) add('event', query.event);
  if (query.from !== null) add('from', query.from);
  if (query.to !== null) add('to', query.to);
  if (query.groups.length > 0) add('group', query.groups.join(','));
  if (query.tags.length > 0) add('tag', query.tags.join(','));
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export interface WindowOptions {
  /** The window when the query names none. */
  fallback: DayWindow;
  bounds: Bounds;
  /** The selected event's days, to centre on when the query gives no window. */
  event: { start: string; end: string } | null;
}

/** Moves a window of unchanged width inside the bounds (shrinking it only when wider). */
function fitInside(window: DayWindow, bounds: Bounds): DayWindow {
  const width = daysBetween(window.from, window.to);
  if (daysBetween(bounds.min, bounds.max) <= width) return { from: bounds.min, to: bounds.max };
  if (window.from < bounds.min) return { from: bounds.min, to: shiftDay(bounds.min, width) };
  if (window.to > bounds.max) return { from: shiftDay(bounds.max, -width), to: bounds.max };
  return window;
}

/** The days to show for a query. */
export function resolveWindow(query: TimelineQuery, options: WindowOptions): DayWindow {
  const width = daysBetween(options.fallback.from, options.fallback.to);
  if (query.from !== null && query.to !== null) return { from: query.from, to: query.to };
  if (query.from !== null) {
    return fitInside({ from: query.from, to: shiftDay(query.from, width) }, options.bounds);
  }
  if (query.to !== null) {
    return fitInside({ from: shiftDay(query.to, -width), to: query.to }, options.bounds);
  }
  if (options.event !== null) {
    const middle = shiftDay(
      options.event.start,
      Math.floor(daysBetween(options.event.start, options.event.end) / 2),
    );
    const from = shiftDay(middle, -Math.floor(width / 2));
    return fitInside({ from, to: shiftDay(from, width) }, options.bounds);
  }
  return options.fallback;
}

/** The days a timeline window [start, end) covers, for the query string. */
export function windowOfRange(start: Date, end: Date): DayWindow {
  const lastMoment = new Date(end.getTime() - 1);
  return { from: isoDay(start), to: isoDay(lastMoment < start ? start : lastMoment) };
}

/** The local midnight nearest to a moment. */
function nearestMidnight(date: Date): Date {
  const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  return date.getHours() >= 12 ? dayAfter(isoDay(midnight)) : midnight;
}

/**
 * The whole days nearest to a timeline window [start, end): what the URL can
 * say. The timeline snaps to it, so a copied link shows exactly this view.
 */
export function roundedWindow(start: Date, end: Date): DayWindow {
  const first = nearestMidnight(start);
  const after = nearestMidnight(end);
  const lastMoment = new Date(Math.max(after.getTime(), dayAfter(isoDay(first)).getTime()) - 1);
  return { from: isoDay(first), to: isoDay(lastMoment) };
}
