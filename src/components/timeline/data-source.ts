/**
 * Where the timeline gets its events: one small interface, so the view, the
 * keys, the URL and the selection never care how events arrive.
 * `PeriodDataSource` reads the site's data files (see
 * src/shared/timeline-data.ts): the index first, then each period's events
 * as the window reaches it, keeping what it has loaded.
 */
import {
  idBucket,
  idsPath,
  periodPath,
  type PeriodSummary,
  type TimelineIndex,
  type TimelineItemData,
} from '../../shared/timeline-data.ts';

/** One event as the timeline draws and announces it. */
export interface TimelineItem extends TimelineItemData {
  /** The event page. */
  href: string;
}

/** A lane, top to bottom. */
export interface TimelineLane {
  id: string;
  label: string;
}

export interface TimelineDataSource {
  /** The lanes, in order. */
  readonly lanes: readonly TimelineLane[];
  /** Every tag the events use (for the URL's tag filter). */
  readonly tags: readonly string[];
  /** The days the timeline may show. */
  readonly bounds: { min: string; max: string };
  /** The index: counts per lane and month, for wide windows. */
  readonly index: TimelineIndex;
  /** The event with this id, if there is one. */
  byId(id: string): Promise<TimelineItem | undefined>;
  /** Every event that overlaps the days [from, to], in date order. */
  inRange(from: string, to: string): Promise<TimelineItem[]>;
  /**
   * The next (1) or previous (-1) event in date order, staying put at either
   * end; with `id` null, the first (1) or last (-1) event.
   */
  neighbour(id: string | null, step: 1 | -1): Promise<TimelineItem | undefined>;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${String(response.status)}`);
  return (await response.json()) as T;
}

/** Events loaded period by period from the site's static data files. */
export class PeriodDataSource implements TimelineDataSource {
  readonly lanes: readonly TimelineLane[];
  readonly tags: readonly string[];
  readonly bounds: { min: string; max: string };
  readonly index: TimelineIndex;
  readonly #base: string;
  /** Periods that hold events, in order. */
  readonly #periods: readonly PeriodSummary[];
  readonly #loaded = new Map<string, Promise<TimelineItem[]>>();
  readonly #idBuckets = new Map<string, Promise<Record<string, string>>>();
  /** Which period each loaded event is in. */
  readonly #periodOf = new Map<string, string>();

  /** Reads the index at `base` + data/index.json. */
  static async load(base: string, index: string): Promise<PeriodDataSource> {
    return new PeriodDataSource(base, await fetchJson<TimelineIndex>(index));
  }

  private constructor(base: string, index: TimelineIndex) {
    this.#base = base;
    this.lanes = index.lanes;
    this.tags = index.tags;
    this.bounds = index.bounds;
    this.index = index;
    this.#periods = index.periods;
  }

  /** The events of one period (loaded once). */
  #period(id: string): Promise<TimelineItem[]> {
    let items = this.#loaded.get(id);
    if (items === undefined) {
      items = fetchJson<{ items: TimelineItemData[] }>(`${this.#base}${periodPath(id)}`).then(
        (data) =>
          data.items.map((item) => {
            this.#periodOf.set(item.id, id);
            return { ...item, href: `${this.#base}events/${item.id}/` };
          }),
      );
      // A failed load is tried again next time.
      items.catch(() => this.#loaded.delete(id));
      this.#loaded.set(id, items);
    }
    return items;
  }

  /** The period an event id is in: known once loaded, else from its id bucket. */
  async #periodOfId(id: string): Promise<string | undefined> {
    const known = this.#periodOf.get(id);
    if (known !== undefined) return known;
    const key = idBucket(id);
    let bucket = this.#idBuckets.get(key);
    if (bucket === undefined) {
      bucket = fetchJson<Record<string, string>>(`${this.#base}${idsPath(key)}`).catch(() => ({}));
      this.#idBuckets.set(key, bucket);
    }
    return (await bucket)[id];
  }

  async byId(id: string): Promise<TimelineItem | undefined> {
    const period = await this.#periodOfId(id);
    if (period === undefined) return undefined;
    return (await this.#period(period)).find((item) => item.id === id);
  }

  async inRange(from: string, to: string): Promise<TimelineItem[]> {
    // An event belongs to the period it starts in, and may run on past it.
    const lists = await Promise.all(
      this.#periods
        .filter((period) => period.start <= to && period.lastEnd >= from)
        .map((period) => this.#period(period.id)),
    );
    return lists.flat().filter((item) => item.end >= from && item.start <= to);
  }

  async neighbour(id: string | null, step: 1 | -1): Promise<TimelineItem | undefined> {
    const last = this.#periods.length - 1;
    if (id === null) {
      const items = await this.#period(this.#periods[step > 0 ? 0 : last]?.id ?? '');
      return step > 0 ? items[0] : items.at(-1);
    }
    const period = await this.#periodOfId(id);
    let index = this.#periods.findIndex((candidate) => candidate.id === period);
    if (index < 0) return undefined;
    const items = await this.#period(this.#periods[index]?.id ?? '');
    const here = items.findIndex((item) => item.id === id);
    const next = items[here + step];
    if (next !== undefined) return next;
    // Across a period boundary, to the nearest period with events; at either
    // end of the data, stay where we are.
    for (index += step; index >= 0 && index <= last; index += step) {
      const adjacent = await this.#period(this.#periods[index]?.id ?? '');
      const edge = step > 0 ? adjacent[0] : adjacent.at(-1);
      if (edge !== undefined) return edge;
    }
    return items[here];
  }
}
