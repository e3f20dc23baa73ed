/**
 * <timeline-view>: the zoomable timeline above the server-rendered list of
 * events. This element only wires the parts together:
 *
 * - data-source.ts: where events come from (for now, the list on the page);
 * - vis-adapter.ts: vis-timeline, loaded by dynamic import when the view starts;
 * - url-sync.ts: the window and the selection live in the query string;
 * - selection.ts: the list highlight, the detail panel and the live region;
 * - keys.ts: what each key on the focused timeline does.
 *
 * Without JavaScript, or when anything here fails, the list is the site.
 */
import { ListDataSource, type TimelineDataSource, type TimelineItem } from './data-source.ts';
import { keyAction, type KeyAction } from './keys.ts';
import { SelectionView } from './selection.ts';
import { UrlSync } from './url-sync.ts';
import { resolveWindow, windowOfRange, type Bounds, type DayWindow } from './url-state.ts';
import { VisTimeline } from './vis-adapter.ts';

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
    const list = document.getElementById(this.dataset.list ?? 'event-list');
    if (list === null) return;
    const source = new ListDataSource(list, this);
    if (source.all.length === 0) return;
    this.#source = source;
    this.#bounds = { min: this.dataset.min ?? '', max: this.dataset.max ?? '' };
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

    const canvas = this.#part('.timeline-canvas');
    const view = await VisTimeline.create(canvas, {
      lanes: source.lanes,
      bounds: this.#bounds,
      window: initial,
      itemNode: (item) => this.#itemNode(item),
      onSelect: (id) => {
        void this.#selectId(id, { push: true, move: false });
      },
      onWindow: (days) => {
        url.replaceWindow(days);
      },
    });
    this.#view = view;
    view.setItems(source.all);
    this.#setUpgraded(true);

    canvas.addEventListener('keydown', (event) => {
      const action = keyAction(event);
      if (action !== null && this.#perform(action)) event.preventDefault();
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        const how = button.dataset.zoom;
        if (how === 'in' || how === 'out' || how === 'all') view.zoom(how);
      });
    }
    list.addEventListener('click', (event) => {
      this.#onListClick(event);
    });
    url.onRestore((restored) => {
      void this.#restore(restored);
    });

    if (deepLinked !== undefined) this.#select(deepLinked, { push: false, announce: false });
  }

  /** The visible text of an item: its title, with lane and date for assistive technology. */
  #itemNode(item: TimelineItem): HTMLElement {
    const node = document.createElement('span');
    node.className = 'item-label';
    node.dataset.event = item.id;
    node.textContent = item.title;
    const extra = document.createElement('span');
    extra.className = 'visually-hidden';
    extra.textContent = ` (${this.#selection?.laneLabel(item.group) ?? item.group}; ${item.label})`;
    node.append(extra);
    return node;
  }

  #windowFor(
    query: { from: string | null; to: string | null },
    event: TimelineItem | undefined,
  ): DayWindow {
    return resolveWindow(
      { event: event?.id ?? null, from: query.from, to: query.to, groups: [], tags: [] },
      {
        fallback: this.#fallback,
        bounds: this.#bounds,
        event: event === undefined ? null : { start: event.start, end: event.end },
      },
    );
  }

  async #selectId(id: string | null, options: { push: boolean; move: boolean }): Promise<void> {
    const item = id === null ? undefined : await this.#source?.byId(id);
    this.#select(item, options);
  }

  #select(
    item: TimelineItem | undefined,
    options: { push: boolean; move?: boolean; announce?: boolean },
  ): void {
    this.#selected = item;
    this.#view?.select(item?.id ?? null);
    this.#selection?.show(item, options.announce !== false);
    if (item !== undefined && options.move === true) this.#view?.reveal(item);
    if (options.push) this.#url?.pushSelection(item?.id ?? null);
  }

  /** Carries out a key's action; false when there was nothing to do. */
  #perform(action: KeyAction): boolean {
    const view = this.#view;
    const source = this.#source;
    if (view === null || source === null) return false;
    switch (action.kind) {
      case 'step':
        void this.#step(action.offset);
        return true;
      case 'first':
      case 'last':
        void source.neighbour(null, action.kind === 'first' ? 1 : -1).then((item) => {
          this.#select(item, { push: true, move: true });
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
        this.#select(undefined, { push: true });
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
      target =
        (offset > 0 ? visible[0] : visible.at(-1)) ?? (await source.neighbour(null, -offset));
    } else {
      target = await source.neighbour(this.#selected.id, offset);
    }
    this.#select(target, { push: true, move: true });
  }

  #onListClick(event: MouseEvent): void {
    const target = event.target;
    if (!(target instanceof Element)) return;
    // Links and controls keep their own meaning; text selection is not a click.
    if (target.closest('a, button, input, summary') !== null) return;
    if ((window.getSelection()?.toString() ?? '') !== '') return;
    const entry = target.closest<HTMLLIElement>('li[data-start]');
    if (entry === null) return;
    void this.#selectId(entry.id, { push: true, move: true }).then(() => {
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
    this.#select(item, { push: false });
  }
}

if (customElements.get('timeline-view') === undefined) {
  customElements.define('timeline-view', TimelineView);
}
