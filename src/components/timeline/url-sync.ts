/**
 * The URL is the timeline's state. Reading it, and writing it back: moving
 * the window replaces the history entry (panning is not a step back), while
 * selecting an event pushes one, so back and forward walk the selections.
 */
import {
  parseQuery,
  toSearch,
  type Bounds,
  type DayWindow,
  type KnownValues,
  type TimelineQuery,
} from './url-state.ts';

export class UrlSync {
  readonly #known: KnownValues;
  readonly #bounds: Bounds;
  #query: TimelineQuery;
  /** The days on screen as the URL implies them; a move to these same days writes nothing. */
  #shown: DayWindow | null = null;

  constructor(known: KnownValues, bounds: Bounds) {
    this.#known = known;
    this.#bounds = bounds;
    this.#query = this.read();
  }

  /** The state the address bar holds now. */
  read(): TimelineQuery {
    this.#query = parseQuery(window.location.search, this.#known, this.#bounds);
    return this.#query;
  }

  /** Forgets a selected id the data does not have, so it is never written back. */
  dropEvent(): void {
    this.#query = { ...this.#query, event: null };
  }

  /** The window now on screen because of the URL (its own, or the one it implies). */
  setShown(days: DayWindow): void {
    this.#shown = days;
  }

  /** Records the visible window (replaceState), keeping the rest of the state. */
  replaceWindow(days: DayWindow): void {
    if (days.from === this.#shown?.from && days.to === this.#shown.to) return;
    this.#shown = days;
    this.#query = { ...this.#query, from: days.from, to: days.to };
    history.replaceState(history.state, '', this.#url());
  }

  /** Records a new selection (pushState), so back returns to the previous one. */
  pushSelection(event: string | null): void {
    if (event === this.#query.event) return;
    this.#query = { ...this.#query, event };
    history.pushState(null, '', this.#url());
  }

  /** Calls back after back/forward, with the state the URL now holds. */
  onRestore(callback: (query: TimelineQuery) => void): void {
    window.addEventListener('popstate', () => {
      callback(this.read());
    });
  }

  #url(): string {
    return `${window.location.pathname}${toSearch(this.#query)}${window.location.hash}`;
  }
}
