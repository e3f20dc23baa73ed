/**
 * Where the timeline gets its events: one small interface, so the view, the
 * keys, the URL and the selection never care how events arrive. For now the
 * events come from the server-rendered list on the page (`ListDataSource`);
 * a source that loads per-period data can replace it without touching the
 * rest. Every method is async for that reason.
 */

/** One event as the timeline draws and announces it. */
export interface TimelineItem {
  id: string;
  title: string;
  /** First and last day, inclusive (YYYY-MM-DD). */
  start: string;
  end: string;
  precision: string;
  /** Lane id. */
  group: string;
  /** The date in words. */
  label: string;
  /** The event page. */
  href: string;
  tags: readonly string[];
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
  /** The event with this id, if there is one. */
  byId(id: string): Promise<TimelineItem | undefined>;
  /** Every event that overlaps the days [from, to], in date order. */
  inRange(from: string, to: string): Promise<TimelineItem[]>;
  /**
   * The event `offset` places away from `id` in date order (1 next, -1
   * previous), staying at the ends; with `id` null, the first (offset > 0)
   * or last event.
   */
  neighbour(id: string | null, offset: number): Promise<TimelineItem | undefined>;
}

/** Reads one `<li>` of the event list: its data attributes and title link. */
function readItem(entry: HTMLElement): TimelineItem | null {
  const { start, end, precision, group, label, tags } = entry.dataset;
  const link = entry.querySelector<HTMLAnchorElement>('.event-title a');
  if (
    start === undefined ||
    end === undefined ||
    precision === undefined ||
    group === undefined ||
    label === undefined ||
    link === null
  ) {
    return null;
  }
  return {
    id: entry.id,
    title: link.textContent.trim(),
    start,
    end,
    precision,
    group,
    label,
    href: link.getAttribute('href') ?? link.href,
    tags: (tags ?? '').split(',').filter((tag) => tag !== ''),
  };
}

/** The events of the server-rendered list (already in date order) and the legend's lanes. */
export class ListDataSource implements TimelineDataSource {
  readonly lanes: readonly TimelineLane[];
  readonly tags: readonly string[];
  readonly #items: readonly TimelineItem[];
  readonly #index: ReadonlyMap<string, number>;

  constructor(list: HTMLElement, legend: ParentNode) {
    this.#items = [...list.querySelectorAll<HTMLElement>('li[data-start]')]
      .map(readItem)
      .filter((item) => item !== null);
    this.#index = new Map(this.#items.map((item, index) => [item.id, index]));
    this.tags = [...new Set(this.#items.flatMap((item) => item.tags))].sort();
    this.lanes = [...legend.querySelectorAll<HTMLElement>('[data-lane]')].map((node) => ({
      id: node.dataset.lane ?? '',
      label: node.textContent.trim(),
    }));
  }

  /** Every event, in date order (the list holds them all). */
  get all(): readonly TimelineItem[] {
    return this.#items;
  }

  byId(id: string): Promise<TimelineItem | undefined> {
    const index = this.#index.get(id);
    return Promise.resolve(index === undefined ? undefined : this.#items[index]);
  }

  inRange(from: string, to: string): Promise<TimelineItem[]> {
    return Promise.resolve(this.#items.filter((item) => item.end >= from && item.start <= to));
  }

  neighbour(id: string | null, offset: number): Promise<TimelineItem | undefined> {
    const last = this.#items.length - 1;
    const here = id === null ? undefined : this.#index.get(id);
    const index =
      here === undefined ? (offset > 0 ? 0 : last) : Math.min(last, Math.max(0, here + offset));
    return Promise.resolve(this.#items[index]);
  }
}
