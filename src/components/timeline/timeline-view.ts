/**
 * <timeline-view>: turns the server-rendered event list into a zoomable
 * vis-timeline. The list stays the source of truth (each <li> carries its
 * dates, precision and lane as data attributes); vis-timeline and its CSS are
 * loaded only here, by dynamic import, once the list is on screen. The
 * window and the selection live in the query string.
 */
import type { DataGroup, DataItem, IdType, Timeline, TimelineOptions } from 'vis-timeline/esnext';
import { dayAfter, dayStart } from '../../shared/days.ts';
import {
  parseQuery,
  resolveWindow,
  roundedWindow,
  toSearch,
  windowOfRange,
  type Bounds,
  type DayWindow,
  type KnownValues,
  type TimelineQuery,
} from './url-state.ts';
import { LANES } from '../../shared/schema/lanes.ts';

interface TimelineEvent {
  id: string;
  start: string;
  end: string;
  precision: string;
  group: string;
  label: string;
  title: string;
  href: string;
  laneLabel: string;
  entry: HTMLLIElement;
}

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

function readEvents(list: HTMLElement): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const entry of list.querySelectorAll<HTMLLIElement>('li[data-start]')) {
    const { start, end, precision, group, label } = entry.dataset;
    const link = entry.querySelector<HTMLAnchorElement>('.event-title a');
    if (
      start === undefined ||
      end === undefined ||
      precision === undefined ||
      group === undefined ||
      label === undefined ||
      link === null
    ) {
      continue;
    }
    events.push({
      id: entry.id,
      start,
      end,
      precision,
      group,
      label,
      title: link.textContent.trim(),
      href: link.getAttribute('href') ?? link.href,
      laneLabel: LANES.find((lane) => lane.id === group)?.label ?? group,
      entry,
    });
  }
  return events;
}

/** The visible text of an item: its title, with lane and date for assistive technology. */
function itemNode(event: TimelineEvent): HTMLElement {
  const node = document.createElement('span');
  node.className = 'item-label';
  node.dataset.eventId = event.id;
  node.textContent = event.title;
  const extra = document.createElement('span');
  extra.className = 'visually-hidden';
  extra.textContent = ` (${event.laneLabel}; ${event.label})`;
  node.append(extra);
  return node;
}

function groupNode(id: string, label: string): HTMLElement {
  const node = document.createElement('span');
  node.className = `lane-tag lane-${id}`;
  node.textContent = label;
  return node;
}

function laneIndex(id: string): number {
  return LANES.findIndex((lane) => lane.id === id);
}

function isPoint(event: TimelineEvent): boolean {
  return event.precision === 'day' && event.start === event.end;
}

function toItem(event: TimelineEvent): DataItem {
  const className = `lane-${event.group} precision-${event.precision} event-${event.id}`;
  // `content` is never drawn as HTML: the template below always returns a DOM node.
  return isPoint(event)
    ? {
        id: event.id,
        group: event.group,
        start: dayStart(event.start),
        type: 'point',
        content: event.id,
        className,
      }
    : {
        id: event.id,
        group: event.group,
        start: dayStart(event.start),
        end: dayAfter(event.end),
        type: 'range',
        content: event.id,
        className: `${className} imprecise`,
      };
}

export class TimelineView extends HTMLElement {
  #started = false;
  #timeline: Timeline | null = null;
  #events: TimelineEvent[] = [];
  #byId = new Map<string, TimelineEvent>();
  #selected: string | null = null;
  #query: TimelineQuery = { event: null, from: null, to: null, groups: [], tags: [] };
  #known: KnownValues = { events: new Set(), groups: new Set(), tags: new Set() };
  #bounds: Bounds = { min: '2011-01-01', max: '2020-12-31' };
  #fallback: DayWindow = { from: '2018-10-01', to: '2019-07-31' };
  /** The window the URL implies now; a rangechanged to the same days writes nothing. */
  #urlWindow: DayWindow = this.#fallback;
  #redrawn = false;
  /** Counts moves, so only the latest one records its window. */
  #moveId = 0;
  /** Where an animated move is heading (see #window). */
  #target: { start: number; end: number } | null = null;

  connectedCallback(): void {
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
    for (const element of this.querySelectorAll<HTMLElement>('[data-upgraded-only]')) {
      element.hidden = !upgraded;
    }
    this.toggleAttribute('data-upgraded', upgraded);
  }

  async #upgrade(): Promise<void> {
    const listId = this.dataset.list ?? 'event-list';
    const list = document.getElementById(listId);
    if (list === null) return;
    this.#events = readEvents(list);
    if (this.#events.length === 0) return;
    this.#byId = new Map(this.#events.map((event) => [event.id, event]));
    this.#bounds = {
      min: this.dataset.min ?? this.#bounds.min,
      max: this.dataset.max ?? this.#bounds.max,
    };
    this.#fallback = {
      from: this.dataset.from ?? this.#fallback.from,
      to: this.dataset.to ?? this.#fallback.to,
    };
    this.#known = {
      events: new Set(this.#byId.keys()),
      groups: new Set(LANES.map((lane) => lane.id)),
      tags: new Set(this.#events.flatMap((event) => (event.entry.dataset.tags ?? '').split(','))),
    };

    const [{ Timeline: TimelineClass }, { DataSet }] = await Promise.all([
      import('vis-timeline/esnext'),
      import('vis-data/esnext'),
      import('vis-timeline/styles/vis-timeline-graph2d.min.css?url').then(({ default: href }) =>
        loadStylesheet(href),
      ),
    ]);

    this.#setUpgraded(true);
    const canvas = this.#part('.timeline-canvas');

    this.#query = parseQuery(window.location.search, this.#known, this.#bounds);
    const initial = this.#windowFor(this.#query);
    this.#urlWindow = initial;

    const groups = new DataSet<DataGroup>(
      LANES.map((lane) => ({
        id: lane.id,
        content: groupNode(lane.id, lane.label),
        className: `lane-${lane.id}`,
      })),
    );
    const items = new DataSet<DataItem>(this.#events.map(toItem));
    const options: TimelineOptions = {
      start: dayStart(initial.from),
      end: dayAfter(initial.to),
      min: dayStart(this.#bounds.min),
      max: dayAfter(this.#bounds.max),
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
      stack: true,
      selectable: true,
      multiselect: false,
      editable: false,
      showCurrentTime: false,
      showTooltips: false,
      groupOrder: (a: { id: string }, b: { id: string }) => laneIndex(a.id) - laneIndex(b.id),
      margin: { item: { horizontal: 6, vertical: 4 }, axis: 6 },
      template: (item: unknown) => {
        const id = (item as { id?: unknown } | undefined)?.id;
        const event = typeof id === 'string' ? this.#byId.get(id) : undefined;
        return event === undefined ? document.createElement('span') : itemNode(event);
      },
    };
    const timeline = new TimelineClass(canvas, items, groups, options);
    this.#timeline = timeline;

    timeline.on('rangechange', (properties: unknown) => {
      // A drag, pinch or wheel zoom overrides any move under way.
      if (byUser(properties)) this.#target = null;
    });
    timeline.on('rangechanged', (properties: unknown) => {
      if (!this.#redrawn) {
        // vis-timeline keeps an initial start/end hidden until a delayed
        // redraw; forcing one on the first rangechanged paints it at once.
        this.#redrawn = true;
        timeline.redraw();
      }
      // Moves made here record themselves when they end (see #moveWindow);
      // vis-timeline also reports them, 200 ms late, which must not count.
      if (byUser(properties)) this.#settleUserMove();
    });
    timeline.on('select', (properties: unknown) => {
      const ids = (properties as { items?: IdType[] } | undefined)?.items ?? [];
      const first = ids[0];
      this.#select(typeof first === 'string' ? first : null, { push: true, move: false });
    });

    canvas.addEventListener('keydown', (event) => {
      this.#onKey(event);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        this.#zoom(button.dataset.zoom ?? '');
      });
    }
    list.addEventListener('click', (event) => {
      this.#onListClick(event);
    });
    window.addEventListener('popstate', () => {
      this.#restore();
    });

    if (this.#query.event !== null) {
      this.#select(this.#query.event, { push: false, move: false, announce: false });
    }
  }

  #windowFor(query: TimelineQuery): DayWindow {
    const event = query.event === null ? undefined : this.#byId.get(query.event);
    return resolveWindow(query, {
      fallback: this.#fallback,
      bounds: this.#bounds,
      event: event === undefined ? null : { start: event.start, end: event.end },
    });
  }

  /** The state to write: the selection and, once the reader has moved it, the window. */
  #currentQuery(): TimelineQuery {
    return { ...this.#query, event: this.#selected };
  }

  /**
   * After a drag, pinch or wheel zoom: ease the window to whole days (what
   * the URL can say, so a copied link shows exactly this view).
   */
  #settleUserMove(): void {
    const timeline = this.#timeline;
    if (timeline === null) return;
    const { start, end } = timeline.getWindow();
    this.#moveWindow(start.getTime(), end.getTime(), SNAP_DURATION);
  }

  #writeWindow(days: DayWindow): void {
    if (days.from === this.#urlWindow.from && days.to === this.#urlWindow.to) return;
    this.#urlWindow = days;
    this.#query = { ...this.#currentQuery(), from: days.from, to: days.to };
    history.replaceState(history.state, '', this.#url(this.#query));
  }

  #url(query: TimelineQuery): string {
    const search = toSearch(query);
    return `${window.location.pathname}${search}${window.location.hash}`;
  }

  #select(id: string | null, options: { push: boolean; move: boolean; announce?: boolean }): void {
    const timeline = this.#timeline;
    if (timeline === null) return;
    const event = id === null ? undefined : this.#byId.get(id);
    const next = event?.id ?? null;
    const changed = next !== this.#selected;
    this.#selected = next;
    timeline.setSelection(next === null ? [] : [next]);

    for (const entry of this.#events) {
      if (entry.id === next) entry.entry.setAttribute('aria-current', 'true');
      else entry.entry.removeAttribute('aria-current');
    }
    this.#showDetail(event);
    if (options.announce !== false) {
      this.#announce(event === undefined ? 'No event selected.' : `${event.label}: ${event.title}`);
    }
    if (event !== undefined && options.move) this.#reveal(event);
    if (changed && options.push) {
      this.#query = this.#currentQuery();
      history.pushState(null, '', this.#url(this.#query));
    }
  }

  /** Moves the window (same zoom) so the event is in view, when it is not. */
  #reveal(event: TimelineEvent): void {
    const { start, end } = this.#window();
    const itemStart = dayStart(event.start).getTime();
    const itemEnd = dayAfter(event.end).getTime();
    const width = end - start;
    const margin = width * 0.05;
    if (itemStart >= start + margin && itemStart <= end - margin) return;
    const centre =
      itemEnd - itemStart < width ? (itemStart + itemEnd) / 2 : itemStart + width * 0.4;
    this.#moveWindow(centre - width / 2, centre + width / 2);
  }

  /**
   * The window the timeline is showing or, while an animation runs, heading
   * for: a zoom or pan pressed mid-animation then applies to where the view
   * is going, not to a frame of the way there.
   */
  #window(): { start: number; end: number } {
    if (this.#target !== null) return this.#target;
    const window = this.#timeline?.getWindow();
    return { start: window?.start.getTime() ?? 0, end: window?.end.getTime() ?? 0 };
  }

  /**
   * Moves the view to the whole days nearest [start, end), animated unless
   * the reader prefers less motion, and records the window in the URL when
   * the move ends. A newer move cancels an older one, whose record then never
   * happens.
   */
  #moveWindow(start: number, end: number, duration = MOVE_DURATION): void {
    const timeline = this.#timeline;
    if (timeline === null) return;
    const days = roundedWindow(new Date(start), new Date(end));
    const target = { start: dayStart(days.from).getTime(), end: dayAfter(days.to).getTime() };
    const current = timeline.getWindow();
    if (current.start.getTime() === target.start && current.end.getTime() === target.end) {
      this.#target = null;
      this.#writeWindow(days);
      return;
    }
    this.#target = target;
    const id = ++this.#moveId;
    // An animation, always: vis-timeline calls back as it ends. With reduced
    // motion it lasts one frame.
    const animation = { duration: reducedMotion() ? 1 : duration };
    timeline.setWindow(target.start, target.end, { animation }, () => {
      if (id !== this.#moveId) return;
      this.#target = null;
      const settled = timeline.getWindow();
      this.#writeWindow(roundedWindow(settled.start, settled.end));
    });
  }

  #showDetail(event: TimelineEvent | undefined): void {
    const empty = this.#part('.detail-empty');
    const body = this.#part('.detail-body');
    empty.hidden = event !== undefined;
    body.hidden = event === undefined;
    if (event === undefined) return;
    this.#part('.detail-when').textContent = event.label;
    this.#part('.detail-lane').textContent = event.laneLabel;
    this.#part('.detail-lane').className = `detail-lane lane-tag lane-${event.group}`;
    const link = this.#part('.detail-link');
    if (!(link instanceof HTMLAnchorElement)) return;
    link.textContent = event.title;
    link.href = event.href;
    const summary = event.entry.querySelector('.event-summary');
    // A copy of the list's own (server-rendered) summary nodes: no HTML strings.
    this.#part('.detail-summary').replaceChildren(
      ...(summary === null ? [] : [...summary.childNodes].map((node) => node.cloneNode(true))),
    );
  }

  #announce(text: string): void {
    const status = this.#part('#timeline-status');
    status.textContent = text;
  }

  #step(offset: number): void {
    const index =
      this.#selected === null ? -1 : this.#events.findIndex((e) => e.id === this.#selected);
    let target: TimelineEvent | undefined;
    if (index === -1) {
      // Nothing selected yet: start from what is on screen.
      const { start, end } = this.#window();
      const { from, to } = windowOfRange(new Date(start), new Date(end));
      target =
        offset > 0
          ? (this.#events.find((event) => event.end >= from) ?? this.#events.at(-1))
          : ([...this.#events].reverse().find((event) => event.start <= to) ?? this.#events[0]);
    } else {
      target = this.#events[Math.min(this.#events.length - 1, Math.max(0, index + offset))];
    }
    if (target !== undefined) this.#select(target.id, { push: true, move: true });
  }

  #pan(direction: number): void {
    const { start, end } = this.#window();
    const shift = (end - start) * PAN_SHARE * direction;
    this.#moveWindow(start + shift, end + shift);
  }

  /** Zooms about the middle of the window: halves or doubles its width, within the limits. */
  #zoom(how: string): void {
    const timeline = this.#timeline;
    if (timeline === null) return;
    if (how === 'all') {
      const { min, max } = timeline.getItemRange();
      const margin = (max.getTime() - min.getTime()) * 0.02;
      this.#moveWindow(min.getTime() - margin, max.getTime() + margin);
      return;
    }
    const { start, end } = this.#window();
    const factor = how === 'in' ? 0.5 : 2;
    const width = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, (end - start) * factor));
    const centre = (start + end) / 2;
    this.#moveWindow(centre - width / 2, centre + width / 2);
  }

  #onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = ((): boolean => {
      switch (event.key) {
        case 'ArrowRight':
          if (event.shiftKey) this.#pan(1);
          else this.#step(1);
          return true;
        case 'ArrowLeft':
          if (event.shiftKey) this.#pan(-1);
          else this.#step(-1);
          return true;
        case 'Home': {
          const first = this.#events[0];
          if (first !== undefined) this.#select(first.id, { push: true, move: true });
          return true;
        }
        case 'End': {
          const last = this.#events.at(-1);
          if (last !== undefined) this.#select(last.id, { push: true, move: true });
          return true;
        }
        case 'Enter': {
          const selected = this.#selected === null ? undefined : this.#byId.get(this.#selected);
          if (selected === undefined) return false;
          window.location.assign(selected.href);
          return true;
        }
        case '+':
        case '=':
          this.#zoom('in');
          return true;
        case '-':
        case '_':
          this.#zoom('out');
          return true;
        case 'Escape':
          if (this.#selected === null) return false;
          this.#select(null, { push: true, move: false });
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  }

  #onListClick(event: MouseEvent): void {
    const target = event.target;
    if (!(target instanceof Element)) return;
    // Links and controls keep their own meaning; text selection is not a click.
    if (target.closest('a, button, input, summary') !== null) return;
    if ((window.getSelection()?.toString() ?? '') !== '') return;
    const entry = target.closest<HTMLLIElement>('li[data-start]');
    if (entry === null || !this.#byId.has(entry.id)) return;
    this.#select(entry.id, { push: true, move: true });
    const canvas = this.#part('.timeline-canvas');
    canvas.focus({ preventScroll: true });
    this.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** Back/forward: the URL says which window and selection to show. */
  #restore(): void {
    const timeline = this.#timeline;
    if (timeline === null) return;
    this.#query = parseQuery(window.location.search, this.#known, this.#bounds);
    const days = this.#windowFor(this.#query);
    this.#urlWindow = days;
    this.#target = null;
    this.#moveId += 1;
    timeline.setWindow(dayStart(days.from), dayAfter(days.to), { animation: false });
    this.#select(this.#query.event, { push: false, move: false });
  }
}

if (customElements.get('timeline-view') === undefined) {
  customElements.define('timeline-view', TimelineView);
}
