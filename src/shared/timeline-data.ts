/**
 * The timeline's data files, as the site writes them and the timeline's
 * data source reads them (the contract between the two):
 *
 * - `data/index.json`: lanes, bounds, every tag, and each period with its
 *   count of events per lane;
 * - `data/years/<year>.json`: the events of one period, compact;
 * - `data/ids/<first character>.json`: which period each event id is in,
 *   so a deep link to any event finds its period with one small request.
 */

/** One event as the timeline draws, lists and announces it. */
export interface TimelineItemData {
  id: string;
  title: string;
  /** First and last day, inclusive. */
  start: string;
  end: string;
  precision: string;
  /** Lane id. */
  group: string;
  /** The date in words. */
  label: string;
  tags: string[];
  /** The summary as plain text, shortened. */
  summary: string;
}

export interface PeriodSummary {
  /** `2019`. */
  id: string;
  /** First and last day of the period. */
  start: string;
  end: string;
  /** The last day any of its events runs to (an event may run on past its period). */
  lastEnd: string;
  /** Events in the period, per lane id. */
  counts: Record<string, number>;
  /** Events per month (`2019-03`) that has any, per lane id: what wide windows draw. */
  months: Record<string, Record<string, number>>;
}

export interface TimelineIndex {
  lanes: { id: string; label: string }[];
  /** The days the timeline may show. */
  bounds: { min: string; max: string };
  tags: string[];
  periods: PeriodSummary[];
}

export interface PeriodData {
  id: string;
  /** In date order. */
  items: TimelineItemData[];
}

export const INDEX_PATH = 'data/index.json';

export function periodPath(id: string): string {
  return `data/years/${id}.json`;
}

/** The id map an event id is in: the one for its first character. */
export function idBucket(id: string): string {
  return id.charAt(0);
}

export function idsPath(bucket: string): string {
  return `data/ids/${bucket}.json`;
}
