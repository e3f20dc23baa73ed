/**
 * The timeline's opening view, drawn at build time so it is on screen before
 * any script runs: the window's items (or its count bands, when it holds too
 * many events), in their lanes and rows, and the month ticks, with the
 * geometry in one small stylesheet. The rows come from the same
 * `assignRows` the script gives vis-timeline, per layout tier, so the
 * takeover moves nothing.
 */
import { MONTHS, daysBetween, shiftDay } from '../shared/days.ts';
import {
  ITEM_HEIGHT,
  LAYOUT_TIERS,
  ROW_GAP,
  assignRows,
  countBands,
  drawMode,
  drawnFor,
  overlaps,
  rowsInWindow,
  span,
  type DayWindow,
  type Placeable,
} from '../shared/timeline-layout.ts';
import type { TimelineIndex } from '../shared/timeline-data.ts';

export interface OpeningEvent extends Placeable {
  title: string;
  precision: string;
}

interface OpeningEntry {
  kind: 'event' | 'count';
  id: string;
  group: string;
  /** Class carrying this entry's geometry in the stylesheet. */
  slot: string;
  /** Visible text: the title, or the count. */
  text: string;
  /** Whether the days are exact (a day) or a span. */
  exact: boolean;
}

interface OpeningTick {
  slot: string;
  /** `2019-03`. */
  month: string;
  /** `Mar`. */
  text: string;
  /** The year, on January and on the first tick. */
  year: string | null;
  /** January, April, July or October: the ticks a narrow timeline keeps. */
  quarter: boolean;
}

export interface OpeningView {
  mode: 'items' | 'counts';
  entries: OpeningEntry[];
  ticks: OpeningTick[];
  /** The lanes with their slot classes (rows per tier live in the stylesheet). */
  lanes: { id: string; label: string; slot: string }[];
  /** Geometry: one rule per entry, lane and tick, and the tiers' container queries. */
  css: string;
}

/** A share as CSS, short and exact enough (a 10-thousandth of the width). */
function share(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** The window and as much again either side: what the view hands vis-timeline. */
export function around(window: DayWindow): DayWindow {
  const width = daysBetween(window.from, window.to);
  return { from: shiftDay(window.from, -width), to: shiftDay(window.to, width) };
}

function monthsOf(window: DayWindow): string[] {
  const months: string[] = [];
  let month = window.from.slice(0, 7);
  while (`${month}-01` <= window.to) {
    if (`${month}-01` >= window.from) months.push(month);
    const [year = 0, number = 1] = month.split('-').map(Number);
    month =
      number === 12
        ? `${String(year + 1)}-01`
        : `${String(year)}-${String(number + 1).padStart(2, '0')}`;
  }
  return months;
}

export function openingView(
  index: TimelineIndex,
  window: DayWindow,
  events: readonly OpeningEvent[],
): OpeningView {
  const mode = drawMode(index, window);
  const shown: (Placeable & { entry: Omit<OpeningEntry, 'slot'> })[] =
    mode === 'items'
      ? events
          .filter((event) => drawnFor(event, window))
          .map((event) => ({
            ...event,
            entry: {
              kind: 'event',
              id: event.id,
              group: event.group,
              text: event.title,
              exact: event.precision === 'day' && event.start === event.end,
            },
          }))
      : countBands(index, around(window), daysBetween(window.from, window.to))
          .filter((band) => drawnFor(band, window))
          .map((band) => ({
            ...band,
            entry: {
              kind: 'count',
              id: band.id,
              group: band.group,
              text: String(band.count),
              precision: 'count',
              exact: false,
            },
          }));

  const rules: string[] = [];
  const tierRules = LAYOUT_TIERS.map(() => [] as string[]);
  // vis-timeline also draws items just outside the window (off screen): they
  // count for rows, but only the window's are drawn here.
  const drawn = shown.filter((item) => overlaps(item, window));
  const entries = drawn.map((item, position) => {
    const slot = `tl-e${String(position)}`;
    const { x, w } = span(item, window);
    rules.push(`.${slot}{--x:${share(x)};--w:${share(w)}}`);
    return { ...item.entry, slot };
  });
  const lanes = index.lanes.map((lane, position) => ({
    ...lane,
    slot: `tl-l${String(position)}`,
  }));
  LAYOUT_TIERS.forEach((tier, t) => {
    const rows =
      mode === 'items'
        ? assignRows(shown, window, tier.labelShare)
        : new Map(shown.map((item) => [item.id, 0]));
    const needed = rowsInWindow(shown, rows, window);
    const target = tierRules[t] ?? [];
    target.push(
      `.tl-static{--tl-lane-w:${String(tier.laneWidth)}px;--tl-label-share:${share(tier.labelShare)}}`,
    );
    drawn.forEach((item, position) => {
      target.push(`.tl-e${String(position)}{--r:${String(rows.get(item.id) ?? 0)}}`);
    });
    for (const lane of lanes) {
      target.push(`.${lane.slot}{--rows:${String(needed.get(lane.id) ?? 0)}}`);
    }
  });

  const months = monthsOf(window);
  const ticks = months.map((month, position) => {
    const slot = `tl-t${String(position)}`;
    const { x } = span({ start: `${month}-01`, end: `${month}-01` }, window);
    rules.push(`.${slot}{--x:${share(x)}}`);
    const number = Number(month.slice(5, 7));
    return {
      slot,
      month,
      text: (MONTHS[number - 1] ?? '').slice(0, 3),
      year: number === 1 || position === 0 ? month.slice(0, 4) : null,
      quarter: number % 3 === 1,
    };
  });

  // The last tier is the default; each narrower one applies below its width.
  const css = [
    `.tl-static{--tl-item-h:${String(ITEM_HEIGHT)}px;--tl-row-gap:${String(ROW_GAP)}px}`,
    ...rules,
    ...(tierRules.at(-1) ?? []),
    ...LAYOUT_TIERS.slice(0, -1).map(
      (tier, t) =>
        `@container timeline (width < ${String(tier.below)}px){${(tierRules[t] ?? []).join('')}}`,
    ),
  ].join('\n');
  return { mode, entries, ticks, lanes, css };
}
