/**
 * Where the timeline draws things: pure geometry shared by the page that
 * draws the opening view at build time and the script that hands items to
 * vis-timeline, so the two agree and the takeover does not move anything.
 *
 * Horizontal positions are shares of the window (0 = its first day, 1 = the
 * day after its last), so they hold at any width. Rows are computed here, not
 * by vis-timeline's stacking (which measures text in the browser): each item
 * goes in the first row of its lane where its bar and label fit.
 */
import { daysBetween, shiftDay } from './days.ts';
import type { TimelineIndex } from './timeline-data.ts';

export interface DayWindow {
  from: string;
  to: string;
}

/**
 * Layouts by the width of the timeline: how wide an item's label may be, as
 * a share of the window. (A narrow phone gets fewer, wider labels per row.)
 */
export interface LayoutTier {
  name: string;
  /** The tier holds while the timeline is narrower than this (CSS px). */
  below: number;
  /** An item's label may take this share of the window's width. */
  labelShare: number;
  /** The lane label column, in CSS px. */
  laneWidth: number;
}

const WIDE: LayoutTier = {
  name: 'wide',
  below: Number.POSITIVE_INFINITY,
  labelShare: 0.2,
  laneWidth: 136,
};

/** Narrowest first; the last one has no upper limit. */
export const LAYOUT_TIERS: readonly LayoutTier[] = [
  { name: 'narrow', below: 640, labelShare: 0.5, laneWidth: 100 },
  WIDE,
];

export function tierFor(width: number): LayoutTier {
  return LAYOUT_TIERS.find((tier) => width < tier.below) ?? WIDE;
}

/** Items and rows, in CSS px: an item's height and the gap between rows (vis-timeline's vertical item margin). */
export const ITEM_HEIGHT = 22;
export const ROW_GAP = 4;
/** Space kept free after a label, as a share of the window. */
const LABEL_GAP = 0.01;

/**
 * More events than this in a window and the timeline draws counts (bands per
 * lane and month or year) instead: a wide window never lays out thousands of
 * items.
 */
export const MAX_DRAWN_ITEMS = 50;

export interface Placeable {
  id: string;
  /** Lane id. */
  group: string;
  /** First and last day, inclusive. */
  start: string;
  end: string;
}

/** An item's bar, as shares of the window: left edge and width. */
export function span(
  item: Pick<Placeable, 'start' | 'end'>,
  window: DayWindow,
): {
  x: number;
  w: number;
} {
  const days = daysBetween(window.from, window.to) + 1;
  return {
    x: daysBetween(window.from, item.start) / days,
    w: (daysBetween(item.start, item.end) + 1) / days,
  };
}

/** Whether the item shows in the window (its days overlap the window's). */
export function overlaps(item: Pick<Placeable, 'start' | 'end'>, window: DayWindow): boolean {
  return item.start <= window.to && item.end >= window.from;
}

/**
 * Whether vis-timeline draws the item for this window (and so counts its
 * row): it overlaps the window, or starts within a quarter of the window's
 * width before or after it (vis-timeline draws those, off screen, ready).
 */
export function drawnFor(item: Pick<Placeable, 'start' | 'end'>, window: DayWindow): boolean {
  if (overlaps(item, window)) return true;
  const days = daysBetween(window.from, window.to) + 1;
  const offset = daysBetween(window.from, item.start);
  return offset >= -days / 4 && offset <= days + days / 4;
}

/**
 * The row of each item in its lane. Items drawn for the window come first, in date
 * order, each in the first row where its bar and its label (which stays in
 * view when the bar starts before the window) fit; then the others, around
 * them. So the window's rows depend only on the window's items, as on the
 * page drawn at build time; `keep` holds rows that must not move (items
 * already drawn, when the window only pans).
 */
export function assignRows(
  items: readonly Placeable[],
  window: DayWindow,
  labelShare: number,
  keep: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const rows = new Map<string, number>();
  /** Per lane, per row, the occupied [from, to) shares. */
  const taken = new Map<string, [number, number][][]>();
  const occupy = (item: Placeable, row: number, extent: [number, number]): void => {
    const lane = taken.get(item.group) ?? [];
    taken.set(item.group, lane);
    while (lane.length <= row) lane.push([]);
    lane[row]?.push(extent);
    rows.set(item.id, row);
  };
  const extentOf = (item: Placeable): [number, number] => {
    const { x, w } = span(item, window);
    return [x, Math.max(x + w, Math.max(x, 0) + labelShare) + LABEL_GAP];
  };
  for (const item of items) {
    const row = keep.get(item.id);
    if (row !== undefined) occupy(item, row, extentOf(item));
  }
  const inWindow = items.filter((item) => !rows.has(item.id) && drawnFor(item, window));
  const others = items.filter((item) => !rows.has(item.id) && !drawnFor(item, window));
  for (const item of [...inWindow, ...others]) {
    const extent = extentOf(item);
    const lane = taken.get(item.group) ?? [];
    let row = lane.findIndex((ranges) =>
      ranges.every(([from, to]) => to <= extent[0] || from >= extent[1]),
    );
    if (row < 0) row = lane.length;
    occupy(item, row, extent);
  }
  return rows;
}

/** The rows each lane needs for the items drawn for the window. */
export function rowsInWindow(
  items: readonly Placeable[],
  rows: ReadonlyMap<string, number>,
  window: DayWindow,
): Map<string, number> {
  const needed = new Map<string, number>();
  for (const item of items) {
    if (!drawnFor(item, window)) continue;
    const row = rows.get(item.id) ?? 0;
    needed.set(item.group, Math.max(needed.get(item.group) ?? 0, row + 1));
  }
  return needed;
}

/** A band that stands for the events of one lane in one month or year. */
export interface CountBand {
  /** `count-<lane>-<bucket>`. */
  id: string;
  group: string;
  /** `2019-03` or `2019`. */
  bucket: string;
  start: string;
  end: string;
  count: number;
}

function monthEnd(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  const next =
    number === 12 ? `${String(year + 1)}-01-01` : `${month.slice(0, 5)}${pad(number + 1)}-01`;
  return shiftDay(next, -1);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * About how many events the window holds: each month's events that start in
 * it, in proportion to the days of the month the window covers.
 */
export function eventsInWindow(index: TimelineIndex, window: DayWindow): number {
  let total = 0;
  for (const period of index.periods) {
    if (period.start > window.to || period.lastEnd < window.from) continue;
    for (const [month, counts] of Object.entries(period.months)) {
      const first = `${month}-01`;
      const last = monthEnd(month);
      if (first > window.to || last < window.from) continue;
      const covered =
        daysBetween(
          first < window.from ? window.from : first,
          last > window.to ? window.to : last,
        ) + 1;
      const share = covered / (daysBetween(first, last) + 1);
      for (const count of Object.values(counts)) total += count * share;
    }
  }
  return total;
}

/** A window this narrow always draws its events, however dense. */
const ALWAYS_ITEMS_DAYS = 14;

/** Items when the window holds few enough events (or is narrow); counts when not. */
export function drawMode(index: TimelineIndex, window: DayWindow): 'items' | 'counts' {
  if (daysBetween(window.from, window.to) + 1 <= ALWAYS_ITEMS_DAYS) return 'items';
  return eventsInWindow(index, window) > MAX_DRAWN_ITEMS ? 'counts' : 'items';
}

/** Windows wider than this count by year, narrower ones by month. */
const MONTH_BANDS_UP_TO_DAYS = 3 * 366;

/** The count bands that overlap the days [from, to], for a window of `width` days. */
export function countBands(index: TimelineIndex, range: DayWindow, width: number): CountBand[] {
  const byMonth = width <= MONTH_BANDS_UP_TO_DAYS;
  const bands = new Map<string, CountBand>();
  for (const period of index.periods) {
    for (const [month, counts] of Object.entries(period.months)) {
      const bucket = byMonth ? month : period.id;
      const start = byMonth ? `${month}-01` : period.start;
      const end = byMonth ? monthEnd(month) : period.end;
      if (start > range.to || end < range.from) continue;
      for (const [group, count] of Object.entries(counts)) {
        const id = `count-${group}-${bucket}`;
        const band = bands.get(id) ?? { id, group, bucket, start, end, count: 0 };
        band.count += count;
        bands.set(id, band);
      }
    }
  }
  return [...bands.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * A window around an event that is narrow enough to draw items (halving
 * `window` about the event until it is, down to a week): so a deep link to
 * one event in dense data shows that event, not a count.
 */
export function itemsWindowAround(
  index: TimelineIndex,
  window: DayWindow,
  event: Pick<Placeable, 'start' | 'end'>,
): DayWindow {
  let current = window;
  let width = daysBetween(window.from, window.to);
  const middle = shiftDay(event.start, Math.floor(daysBetween(event.start, event.end) / 2));
  while (drawMode(index, current) === 'counts' && width > 7) {
    width = Math.max(7, Math.floor(width / 2));
    const from = shiftDay(middle, -Math.floor(width / 2));
    current = { from, to: shiftDay(from, width) };
  }
  return current;
}
