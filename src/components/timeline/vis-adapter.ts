/**
 * vis-timeline behind a small surface: lanes and items in, a window that
 * moves (animated unless the reader prefers less motion, always snapped to
 * whole days), a selection, and two callbacks out. vis-timeline and its CSS
 * are loaded here, by dynamic import, only when the view starts.
 */
import type { DataGroup, DataItem, IdType, Timeline, TimelineOptions } from 'vis-timeline/esnext';
import type { DataSet } from 'vis-data/esnext';
import { dayAfter, dayStart } from '../../shared/days.ts';
import type { TimelineItem, TimelineLane } from './data-source.ts';
import { roundedWindow, type Bounds, type DayWindow } from './url-state.ts';

const DAY_MS = 86_400_000;
/** Zoom limits: a week (day labels) to twelve years (year labels). */
const ZOOM_MIN = 7 * DAY_MS;
const ZOOM_MAX = 12 * 365.25 * DAY_MS;
/** Shift+arrow pans by this share of the window. */
const PAN_SHARE = 0.2;
/** Animation lengths (ms): a move, and the settle to whole days after a drag. */
const MOVE_DURATION = 400;
const SNAP_DURATION = 150;

function byUser(properties: unknown): boolean {
  return (properties as { byUser?: unknown } | undefined)?.byUser === true;
}

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * vis-timeline's stylesheet, linked only when the timeline starts. (A plain
 * CSS import would be hoisted into every page's <head> by the build.)
 */
function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => {
      resolve();
    });
    link.addEventListener('error', () => {
      reject(new Error(`could not load ${href}`));
    });
    // Before the page's own styles, so those win at equal specificity.
    document.head.prepend(link);
  });
}

/** One thing on the timeline: an event, or a count band standing for several. */
export interface DrawnItem {
  id: string;
  /** Lane id. */
  group: string;
  /** First and last day, inclusive. */
  start: string;
  end: string;
  /** Row in its lane (see src/shared/timeline-layout.ts). */
  row: number;
  /** Classes: lane, precision, exact or imprecise. */
  className: string;
}

function toDataItem(item: DrawnItem): DataItem & { subgroup: number } {
  // Every item is a range (a known day is one day long, drawn as a dot by
  // CSS): one geometry, which the page's build-time view reproduces.
  // `content` is never drawn as HTML: the template always returns a DOM node.
  return {
    id: item.id,
    group: item.group,
    subgroup: item.row,
    start: dayStart(item.start),
    end: dayAfter(item.end),
    type: 'range',
    content: item.id,
    className: item.className,
  };
}

/** What vis-timeline is told about an item, to skip updates that change nothing. */
function signature(item: DrawnItem): string {
  return `${item.group}|${String(item.row)}|${item.start}|${item.end}|${item.className}`;
}

function groupNode(lane: TimelineLane): HTMLElement {
  const node = document.createElement('span');
  node.className = `lane-tag lane-${lane.id}`;
  node.textContent = lane.label;
  return node;
}

export interface VisOptions {
  lanes: readonly TimelineLane[];
  bounds: Bounds;
  /** The days to open on. */
  window: DayWindow;
  /** The drawn content of an item, by id (a DOM node, never HTML). */
  itemNode: (id: string) => HTMLElement;
  /** A click or tap selected an item (or cleared the selection). */
  onSelect: (id: string | null) => void;
  /** A move ended on these whole days (after the reader's drag or zoom, or a move made here). */
  onWindow: (days: DayWindow) => void;
}

export class VisTimeline {
  readonly #timeline: Timeline;
  readonly #items: DataSet<DataItem>;
  /** What each drawn item was last drawn as. */
  readonly #drawn = new Map<string, string>();
  readonly #onWindow: (days: DayWindow) => void;
  /** Counts moves, so only the latest one records its window. */
  #moveId = 0;
  /** Where an animated move is heading (see `window`). */
  #target: { start: number; end: number } | null = null;

  /** Loads vis-timeline and draws an empty timeline in `canvas`. */
  static async create(canvas: HTMLElement, options: VisOptions): Promise<VisTimeline> {
    const [TimelineClass, DataSetClass] = await Promise.all([
      import('vis-timeline/esnext').then(({ Timeline }) => Timeline),
      import('vis-data/esnext').then(({ DataSet }) => DataSet),
      import('vis-timeline/styles/vis-timeline-graph2d.min.css?url').then(({ default: href }) =>
        loadStylesheet(href),
      ),
      import('./vis-theme.css?url').then(({ default: href }) => loadStylesheet(href)),
    ]);
    const groups = new DataSetClass<DataGroup>(
      options.lanes.map((lane) => ({
        id: lane.id,
        content: groupNode(lane),
        className: `lane-${lane.id}`,
        subgroupOrder: (a: { subgroup?: number }, b: { subgroup?: number }) =>
          (a.subgroup ?? 0) - (b.subgroup ?? 0),
      })),
    );
    const items = new DataSetClass<DataItem>([]);
    const laneOrder = new Map(options.lanes.map((lane, index) => [lane.id, index]));
    // No `start`/`end` here (the window is set below): given them,
    // vis-timeline keeps its root hidden until its first `rangechanged`,
    // which it sends 200 ms after the window is set and again 200 ms after
    // every later move, so a zoom made meanwhile waited for it.
    const timelineOptions: TimelineOptions = {
      min: dayStart(options.bounds.min),
      max: dayAfter(options.bounds.max),
      // A little slack, so a whole-day window across a daylight-saving change
      // is never nudged off its midnights by vis-timeline's own limits.
      zoomMin: ZOOM_MIN - DAY_MS,
      zoomMax: ZOOM_MAX + 2 * DAY_MS,
      // The page scrolls on wheel and vertical swipes; Ctrl+wheel (and a
      // trackpad pinch, which browsers send as Ctrl+wheel) zooms.
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      verticalScroll: false,
      preferZoom: false,
      orientation: { axis: 'top', item: 'top' },
      // Rows are assigned by src/shared/timeline-layout.ts (as subgroups):
      // the same rows the build-time view drew.
      stack: false,
      stackSubgroups: true,
      selectable: true,
      multiselect: false,
      editable: false,
      showCurrentTime: false,
      // Its own resize check polls every second and redraws whenever the
      // timeline's height differs from the last poll, which it does after
      // every zoom that changes the rows: a second full redraw, up to a second
      // after the first. The page tells it of real resizes instead (resized()).
      autoResize: false,
      showTooltips: false,
      groupOrder: (a: { id: string }, b: { id: string }) =>
        (laneOrder.get(a.id) ?? 0) - (laneOrder.get(b.id) ?? 0),
      margin: { item: { horizontal: 6, vertical: 4 }, axis: 6 },
      template: (item: unknown) => {
        const id = (item as { id?: unknown } | undefined)?.id;
        return typeof id === 'string' ? options.itemNode(id) : document.createElement('span');
      },
    };
    // vis-timeline styles the element it is given (position, among others):
    // an inner one, so the canvas keeps the page's own layout.
    const host = document.createElement('div');
    canvas.append(host);
    const timeline = new TimelineClass(host, items, groups, timelineOptions);
    timeline.setWindow(dayStart(options.window.from), dayAfter(options.window.to), {
      animation: false,
    });
    // Its first draw (next frame) shows the root, and would fit the window to
    // the items it has: none yet, so the window stays.
    await new Promise<void>((resolve) => {
      const drawn = (): void => {
        timeline.off('changed', drawn);
        resolve();
      };
      timeline.on('changed', drawn);
    });
    return new VisTimeline(timeline, items, options);
  }

  private constructor(timeline: Timeline, items: DataSet<DataItem>, options: VisOptions) {
    this.#timeline = timeline;
    this.#items = items;
    this.#onWindow = options.onWindow;
    timeline.on('rangechange', (properties: unknown) => {
      // A drag, pinch or wheel zoom overrides any move under way.
      if (byUser(properties)) this.#target = null;
    });
    timeline.on('rangechanged', (properties: unknown) => {
      // Moves made here record themselves when they end (see moveWindow);
      // vis-timeline also reports them, 200 ms late, which must not count.
      if (byUser(properties)) {
        const { start, end } = timeline.getWindow();
        this.moveWindow(start.getTime(), end.getTime(), SNAP_DURATION);
      }
    });
    timeline.on('select', (properties: unknown) => {
      const ids = (properties as { items?: IdType[] } | undefined)?.items ?? [];
      const first = ids[0];
      options.onSelect(typeof first === 'string' ? first : null);
    });
  }

  /**
   * Draws exactly these items: new ones are added, changed ones updated,
   * and the rest removed. Resolves once vis-timeline has drawn them.
   */
  draw(items: readonly DrawnItem[]): Promise<void> {
    const wanted = new Map(items.map((item) => [item.id, item]));
    const gone = [...this.#drawn.keys()].filter((id) => !wanted.has(id));
    const changed = items.filter((item) => this.#drawn.get(item.id) !== signature(item));
    if (gone.length === 0 && changed.length === 0) return Promise.resolve();
    const drawn = new Promise<void>((resolve) => {
      const timeline = this.#timeline;
      const done = (): void => {
        timeline.off('changed', done);
        resolve();
      };
      timeline.on('changed', done);
    });
    for (const id of gone) this.#drawn.delete(id);
    for (const item of changed) this.#drawn.set(item.id, signature(item));
    // A changed item is removed and added again: vis-timeline does not move
    // an updated item out of its old subgroup (row), and then fails.
    this.#items.remove([...gone, ...changed.map((item) => item.id)]);
    this.#items.add(changed.map(toDataItem));
    return drawn;
  }

  /** Whether an item with this id is drawn. */
  has(id: string): boolean {
    return this.#drawn.has(id);
  }

  /** The window's whole days now (or where a move is heading). */
  days(): DayWindow {
    const { start, end } = this.window();
    return roundedWindow(new Date(start), new Date(end));
  }

  select(id: string | null): void {
    this.#timeline.setSelection(id === null ? [] : [id]);
  }

  /**
   * The window the timeline is showing or, while an animation runs, heading
   * for: a zoom or pan pressed mid-animation then applies to where the view
   * is going, not to a frame of the way there.
   */
  window(): { start: number; end: number } {
    if (this.#target !== null) return this.#target;
    const { start, end } = this.#timeline.getWindow();
    return { start: start.getTime(), end: end.getTime() };
  }

  /**
   * Moves the view to the whole days nearest [start, end), animated unless
   * the reader prefers less motion, and reports the window when the move
   * ends. A newer move cancels an older one, whose report then never comes.
   */
  moveWindow(start: number, end: number, duration = MOVE_DURATION): void {
    const timeline = this.#timeline;
    const days = roundedWindow(new Date(start), new Date(end));
    const target = { start: dayStart(days.from).getTime(), end: dayAfter(days.to).getTime() };
    const current = timeline.getWindow();
    if (current.start.getTime() === target.start && current.end.getTime() === target.end) {
      this.#target = null;
      this.#onWindow(days);
      return;
    }
    this.#target = target;
    const id = ++this.#moveId;
    // vis-timeline calls back as the move ends: at once when there is no
    // animation (the reader prefers less motion).
    const animation = reducedMotion() ? false : { duration };
    timeline.setWindow(target.start, target.end, { animation }, () => {
      if (id !== this.#moveId) return;
      this.#target = null;
      const settled = timeline.getWindow();
      this.#onWindow(roundedWindow(settled.start, settled.end));
    });
  }

  /** Jumps to these days at once (back/forward), cancelling any move under way. */
  showWindow(days: DayWindow): void {
    this.#target = null;
    this.#moveId += 1;
    this.#timeline.setWindow(dayStart(days.from), dayAfter(days.to), { animation: false });
  }

  /** Moves the window (same zoom) so the item is in view, when it is not. */
  reveal(item: Pick<TimelineItem, 'start' | 'end'>): void {
    const { start, end } = this.window();
    const itemStart = dayStart(item.start).getTime();
    const itemEnd = dayAfter(item.end).getTime();
    const width = end - start;
    const margin = width * 0.05;
    if (itemStart >= start + margin && itemStart <= end - margin) return;
    const centre =
      itemEnd - itemStart < width ? (itemStart + itemEnd) / 2 : itemStart + width * 0.4;
    this.moveWindow(centre - width / 2, centre + width / 2);
  }

  pan(direction: 1 | -1): void {
    const { start, end } = this.window();
    const shift = (end - start) * PAN_SHARE * direction;
    this.moveWindow(start + shift, end + shift);
  }

  /** Shows these days whole (e.g. all the data). */
  showRange(days: { min: string; max: string }): void {
    this.moveWindow(dayStart(days.min).getTime(), dayAfter(days.max).getTime());
  }

  /** The container's width changed: lays the timeline out for it. */
  resized(): void {
    this.#timeline.redraw();
  }

  /** Zooms about the middle of the window: halves or doubles it, within the limits. */
  zoom(how: 'in' | 'out'): void {
    const { start, end } = this.window();
    const factor = how === 'in' ? 0.5 : 2;
    const width = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, (end - start) * factor));
    const centre = (start + end) / 2;
    this.moveWindow(centre - width / 2, centre + width / 2);
  }
}
