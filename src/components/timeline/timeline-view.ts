/**
 * <timeline-view>: the zoomable timeline above the server-rendered list of
 * events. This element only wires the parts together:
 *
 * - data-source.ts: where events come from (the site's per-period data files);
 * - vis-adapter.ts: vis-timeline, loaded by dynamic import when the view starts;
 * - url-sync.ts: the window and the selection live in the query string;
 * - selection.ts: the list highlight, the detail panel and the live region;
 * - keys.ts: what each key on the focused timeline does.
 *
 * Without JavaScript, or when anything here fails, the list is the site.
 */
import { PeriodDataSource, type TimelineDataSource, type TimelineItem } from './data-source.ts';
import { keyAction, type KeyAction } from './keys.ts';
import { SelectionView } from './selection.ts';
import { UrlSync } from './url-sync.ts';
import { MONTHS, dayAfter, dayStart, daysBetween, shiftDay } from '../../shared/days.ts';
import {
  ITEM_HEIGHT,
  ROW_GAP,
  assignRows,
  countBands,
  drawMode,
  itemsWindowAround,
  tierFor,
  type CountBand,
  type LayoutTier,
} from '../../shared/timeline-layout.ts';
import { resolveWindow, windowOfRange, type Bounds, type DayWindow } from './url-state.ts';
import { VisTimeline, type DrawnItem } from './vis-adapter.ts';

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class TimelineView extends HTMLElement {
  #started = false;
  #source: TimelineDataSource | null = null;
  #view: VisTimeline | null = null;
  #url: UrlSync | null = null;
  #selection: SelectionView | null = null;
  #selected: TimelineItem | undefined;
  #bounds: Bounds = { min: '', max: '' };
  #fallback: DayWindow = { from: '', to: '' };

  /** What is drawn, by id: events and count bands. */
  #shown = new Map<string, TimelineItem | CountBand>();
  /** Each drawn event's row, and the window width and tier they were laid out for. */
  #rows = new Map<string, number>();
  #layout = { width: 0, tier: '', mode: '' };
  #tier: LayoutTier = tierFor(0);
  /** Counts loads, so only the latest one draws. */
  #loadId = 0;
  /**
   * Selection changes, one after another: each may wait for data, and a
   * quick second key press must start from where the first one ended.
   */
  #queue: Promise<void> = Promise.resolve();

  #enqueue(change: () => Promise<void>): void {
    this.#queue = this.#queue.then(change).catch((error: unknown) => {
      console.error('timeline-view:', error);
    });
  }

  /** A zoom button pressed before vis-timeline was ready: done once it is. */
  #pendingZoom: string | undefined;
  /** Keys pressed on the timeline before vis-timeline was ready, in order. */
  readonly #pendingKeys: KeyAction[] = [];

  /**
   * vis-timeline is heavy and the opening view is already drawn: it loads
   * when the reader reaches for the timeline (pointer, touch, focus, wheel,
   * keys, a zoom button), and at once when the URL asks for a view.
   */
  connectedCallback(): void {
    this.querySelector('.timeline-canvas')?.addEventListener('keydown', (event) => {
      if (!(event instanceof KeyboardEvent)) return;
      const action = keyAction(event);
      if (action === null) return;
      if (this.#view === null) {
        this.#pendingKeys.push(action);
        event.preventDefault();
      } else if (this.#perform(action)) {
        event.preventDefault();
      }
    });
    this.addEventListener('click', (event) => {
      if (this.#view !== null || !(event.target instanceof Element)) return;
      const button = event.target.closest<HTMLElement>('[data-zoom]');
      if (button === null) return;
      this.#pendingZoom = button.dataset.zoom;
      this.#start();
    });
    const params = new URLSearchParams(window.location.search);
    if (['event', 'from', 'to'].some((name) => params.has(name))) {
      this.#start();
      return;
    }
    const start = (): void => {
      this.#start();
    };
    for (const type of [
      'pointerenter',
      'pointerdown',
      'focusin',
      'wheel',
      'keydown',
      'touchstart',
    ]) {
      this.addEventListener(type, start, { once: true, passive: true });
    }
  }

  #start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#upgrade().catch((error: unknown) => {
      // The list below still works; the timeline simply stays away.
      console.error('timeline-view: could not start the timeline', error);
      this.#setUpgraded(false);
    });
  }

  #part(selector: string): HTMLElement {
    const element = this.querySelector(selector);
    if (!(element instanceof HTMLElement)) throw new Error(`timeline-view: missing ${selector}`);
    return element;
  }

  #setUpgraded(upgraded: boolean): void {
    for (const element of this.querySelectorAll<HTMLElement>('[data-script-only]')) {
      element.hidden = !upgraded;
    }
    this.toggleAttribute('data-upgraded', upgraded);
  }

  async #upgrade(): Promise<void> {
    const list = document.getElementById(this.dataset.list ?? 'event-list');
    const { base, index } = this.dataset;
    if (base === undefined || index === undefined) return;
    const source = await PeriodDataSource.load(base, index);
    this.#source = source;
    this.#bounds = source.bounds;
    this.#fallback = { from: this.dataset.from ?? '', to: this.dataset.to ?? '' };
    const url = new UrlSync(
      { groups: new Set(source.lanes.map((lane) => lane.id)), tags: new Set(source.tags) },
      this.#bounds,
    );
    this.#url = url;
    const query = url.read();
    const deepLinked = query.event === null ? undefined : await source.byId(query.event);
    if (deepLinked === undefined) url.dropEvent();
    const initial = this.#windowFor(query, deepLinked);
    url.setShown(initial);
    const selection = new SelectionView(this, list, source.lanes);
    this.#selection = selection;
    this.#selected = deepLinked;

    // vis-timeline draws under the build-time view, in its geometry, and
    // replaces it once drawn: nothing moves.
    const canvas = this.#part('.timeline-canvas');
    const frame = this.#part('.timeline-frame');
    this.#applyTier(canvas, tierFor(frame.clientWidth));
    canvas.style.setProperty('--tl-item-h', `${String(ITEM_HEIGHT)}px`);
    canvas.style.setProperty('--tl-row-gap', `${String(ROW_GAP)}px`);
    const view = await VisTimeline.create(canvas, {
      lanes: source.lanes,
      bounds: this.#bounds,
      window: initial,
      itemNode: (id) => this.#itemNode(id),
      onSelect: (id) => {
        this.#enqueue(() => this.#selectId(id, { push: true, move: false }));
      },
      onWindow: (days) => {
        url.replaceWindow(days);
        void this.#load(days);
      },
    });
    this.#view = view;
    await this.#load(initial);
    this.#setUpgraded(true);

    for (const action of this.#pendingKeys.splice(0)) this.#perform(action);
    // A phone turned, a window resized: vis-timeline lays out for the new
    // width (it does not watch for itself, see vis-adapter.ts), and another
    // tier's layout is laid out afresh. Height follows the rows: not a resize.
    let width = frame.clientWidth;
    new ResizeObserver(() => {
      if (frame.clientWidth === width) return;
      width = frame.clientWidth;
      view.resized();
      const tier = tierFor(width);
      if (tier.name === this.#tier.name) return;
      this.#applyTier(canvas, tier);
      void this.#load(view.days());
    }).observe(frame);
    const zoom = (how: string | undefined): void => {
      if (how === 'in' || how === 'out') view.zoom(how);
      if (how === 'all') view.showRange(source.bounds);
    };
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        zoom(button.dataset.zoom);
      });
    }
    zoom(this.#pendingZoom);
    list?.addEventListener('click', (event) => {
      this.#onListClick(event);
    });
    url.onRestore((restored) => {
      this.#enqueue(() => this.#restore(restored));
    });

    if (deepLinked !== undefined) {
      this.#enqueue(() => this.#select(deepLinked, { push: false, announce: false }));
    }
  }

  #applyTier(canvas: HTMLElement, tier: LayoutTier): void {
    this.#tier = tier;
    canvas.style.setProperty('--tl-lane-w', `${String(tier.laneWidth)}px`);
    canvas.style.setProperty('--tl-label-share', String(tier.labelShare));
  }

  /**
   * Draws a window and as much again either side, its events in their rows;
   * or, when it holds too many events, the count bands of the whole timeline
   * at the window's granularity. Rows are laid out afresh
   * when the zoom or the tier changes, and kept while the window only pans.
   */
  async #load(days: DayWindow): Promise<void> {
    const source = this.#source;
    const view = this.#view;
    if (source === null || view === null) return;
    const id = ++this.#loadId;
    const width = daysBetween(days.from, days.to);
    const range = { from: shiftDay(days.from, -width), to: shiftDay(days.to, width) };
    const mode = drawMode(source.index, days);
    const shown = new Map<string, TimelineItem | CountBand>();
    let drawn: DrawnItem[];
    if (mode === 'counts') {
      // Every band at this granularity (a few hundred at most): a zoom or pan
      // then changes no item, only the window.
      const bands = countBands(
        source.index,
        { from: source.bounds.min, to: source.bounds.max },
        width,
      );
      for (const band of bands) shown.set(band.id, band);
      drawn = bands.map((band) => ({
        ...band,
        row: 0,
        className: `lane-${band.group} precision-count`,
      }));
    } else {
      const items = await source.inRange(range.from, range.to);
      const selected = this.#selected;
      if (selected !== undefined && !items.some((item) => item.id === selected.id)) {
        items.push(selected);
      }
      if (id !== this.#loadId) return;
      const fresh =
        this.#layout.width !== width ||
        this.#layout.tier !== this.#tier.name ||
        this.#layout.mode !== mode;
      this.#rows = assignRows(items, days, this.#tier.labelShare, fresh ? new Map() : this.#rows);
      for (const item of items) shown.set(item.id, item);
      drawn = items.map((item) => {
        const exact = item.precision === 'day' && item.start === item.end;
        return {
          id: item.id,
          group: item.group,
          start: item.start,
          end: item.end,
          row: this.#rows.get(item.id) ?? 0,
          className: `lane-${item.group} precision-${item.precision} ${exact ? 'exact' : 'imprecise'}`,
        };
      });
    }
    if (id !== this.#loadId) return;
    this.#layout = { width, tier: this.#tier.name, mode };
    this.#shown = shown;
    await view.draw(drawn);
    view.select(this.#selected?.id ?? null);
  }

  /**
   * The visible text of an item: an event's title, or a band's count; with
   * lane and date (or month) for assistive technology.
   */
  #itemNode(id: string): HTMLElement {
    const node = document.createElement('span');
    node.className = 'item-label';
    const thing = this.#shown.get(id);
    if (thing === undefined) return node;
    const lane = this.#selection?.laneLabel(thing.group) ?? thing.group;
    const extra = document.createElement('span');
    extra.className = 'visually-hidden';
    if ('count' in thing) {
      node.dataset.count = thing.id;
      node.textContent = String(thing.count);
      extra.textContent = ` events (${lane}; ${bucketWords(thing.bucket)})`;
    } else {
      node.dataset.event = thing.id;
      node.textContent = thing.title;
      extra.textContent = ` (${lane}; ${thing.label})`;
    }
    node.append(extra);
    return node;
  }

  #windowFor(
    query: { from: string | null; to: string | null },
    event: TimelineItem | undefined,
  ): DayWindow {
    const days = resolveWindow(
      { event: event?.id ?? null, from: query.from, to: query.to, groups: [], tags: [] },
      {
        fallback: this.#fallback,
        bounds: this.#bounds,
        event: event === undefined ? null : { start: event.start, end: event.end },
      },
    );
    // An event named with no window is shown as an event, not inside a count.
    const index = this.#source?.index;
    if (event === undefined || query.from !== null || query.to !== null || index === undefined) {
      return days;
    }
    return itemsWindowAround(index, days, event);
  }

  async #selectId(id: string | null, options: { push: boolean; move: boolean }): Promise<void> {
    const item = id === null ? undefined : await this.#source?.byId(id);
    await this.#select(item, options);
  }

  async #select(
    item: TimelineItem | undefined,
    options: { push: boolean; move?: boolean; announce?: boolean },
  ): Promise<void> {
    this.#selected = item;
    this.#selection?.show(item, options.announce !== false);
    if (options.push) this.#url?.pushSelection(item?.id ?? null);
    const view = this.#view;
    const index = this.#source?.index;
    if (view === null || index === undefined) return;
    if (item !== undefined && options.move === true) {
      // Inside a count, the event is not drawn: zoom in until it is.
      const days = view.days();
      const around = itemsWindowAround(index, days, item);
      if (around.from !== days.from || around.to !== days.to) {
        view.moveWindow(dayStart(around.from).getTime(), dayAfter(around.to).getTime());
      } else {
        view.reveal(item);
      }
    }
    if (item !== undefined && !view.has(item.id)) await this.#load(view.days());
    view.select(item?.id ?? null);
  }

  /** Carries out a key's action; false when there was nothing to do. */
  #perform(action: KeyAction): boolean {
    const view = this.#view;
    const source = this.#source;
    if (view === null || source === null) return false;
    switch (action.kind) {
      case 'step':
        this.#enqueue(() => this.#step(action.offset));
        return true;
      case 'first':
      case 'last':
        this.#enqueue(async () => {
          const item = await source.neighbour(null, action.kind === 'first' ? 1 : -1);
          await this.#select(item, { push: true, move: true });
        });
        return true;
      case 'pan':
        view.pan(action.direction);
        return true;
      case 'zoom':
        view.zoom(action.how);
        return true;
      case 'open':
        if (this.#selected === undefined) return false;
        window.location.assign(this.#selected.href);
        return true;
      case 'clear':
        if (this.#selected === undefined) return false;
        this.#enqueue(() => this.#select(undefined, { push: true }));
        return true;
    }
  }

  /** The next or previous event; with none selected, the first or last one on screen. */
  async #step(offset: 1 | -1): Promise<void> {
    const view = this.#view;
    const source = this.#source;
    if (view === null || source === null) return;
    let target: TimelineItem | undefined;
    if (this.#selected === undefined) {
      const { start, end } = view.window();
      const { from, to } = windowOfRange(new Date(start), new Date(end));
      const visible = await source.inRange(from, to);
      target = (offset > 0 ? visible[0] : visible.at(-1)) ?? (await source.neighbour(null, offset));
    } else {
      target = await source.neighbour(this.#selected.id, offset);
    }
    await this.#select(target, { push: true, move: true });
  }

  #onListClick(event: MouseEvent): void {
    const target = event.target;
    if (!(target instanceof Element)) return;
    // Links and controls keep their own meaning; text selection is not a click.
    if (target.closest('a, button, input, summary') !== null) return;
    if ((window.getSelection()?.toString() ?? '') !== '') return;
    const entry = target.closest<HTMLLIElement>('li[data-start]');
    if (entry === null) return;
    this.#enqueue(async () => {
      await this.#selectId(entry.id, { push: true, move: true });
      this.#part('.timeline-canvas').focus({ preventScroll: true });
      this.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    });
  }

  /** Back/forward: the URL says which window and selection to show. */
  async #restore(query: { event: string | null; from: string | null; to: string | null }) {
    const item = query.event === null ? undefined : await this.#source?.byId(query.event);
    if (item === undefined) this.#url?.dropEvent();
    const days = this.#windowFor(query, item);
    this.#url?.setShown(days);
    this.#view?.showWindow(days);
    await this.#select(item, { push: false });
  }
}

/** `2019-03` as "March 2019"; `2019` as itself. */
function bucketWords(bucket: string): string {
  const month = MONTHS[Number(bucket.slice(5, 7)) - 1];
  return month === undefined ? bucket : `${month} ${bucket.slice(0, 4)}`;
}

if (customElements.get('timeline-view') === undefined) {
  customElements.define('timeline-view', TimelineView);
}
