/**
 * What a selection shows outside the drawing: the list entry highlighted,
 * the detail panel filled in, and the live region announcing it. Every node
 * is built from text: content markup is never copied into the page.
 */
import type { TimelineItem, TimelineLane } from './data-source.ts';

export class SelectionView {
  readonly #root: HTMLElement;
  readonly #list: HTMLElement | null;
  readonly #lanes: ReadonlyMap<string, string>;
  #current: HTMLElement | null = null;

  constructor(root: HTMLElement, list: HTMLElement | null, lanes: readonly TimelineLane[]) {
    this.#root = root;
    this.#list = list;
    this.#lanes = new Map(lanes.map((lane) => [lane.id, lane.label]));
  }

  #part(selector: string): HTMLElement {
    const element = this.#root.querySelector(selector);
    if (!(element instanceof HTMLElement)) throw new Error(`timeline-view: missing ${selector}`);
    return element;
  }

  /** The list entry of an event, when the list on the page holds it. */
  entry(id: string): HTMLElement | null {
    const entry = this.#list?.querySelector<HTMLElement>(`li[id="${CSS.escape(id)}"]`);
    return entry ?? null;
  }

  laneLabel(group: string): string {
    return this.#lanes.get(group) ?? group;
  }

  /** Shows `item` as the selection (or none), announcing it unless told not to. */
  show(item: TimelineItem | undefined, announce: boolean): void {
    this.#current?.removeAttribute('aria-current');
    this.#current = item === undefined ? null : this.entry(item.id);
    this.#current?.setAttribute('aria-current', 'true');
    this.#showDetail(item);
    if (announce) {
      this.#part('#timeline-status').textContent =
        item === undefined ? 'No event selected.' : `${item.label}: ${item.title}`;
    }
  }

  #showDetail(item: TimelineItem | undefined): void {
    this.#part('.detail-empty').hidden = item !== undefined;
    this.#part('.detail-body').hidden = item === undefined;
    if (item === undefined) return;
    this.#part('.detail-when').textContent = item.label;
    const lane = this.#part('.detail-lane');
    lane.textContent = this.laneLabel(item.group);
    lane.className = `detail-lane lane-tag lane-${item.group}`;
    const link = this.#part('.detail-link');
    link.textContent = item.title;
    link.setAttribute('href', item.href);
    this.#part('.detail-summary').replaceChildren(...this.#summary(item.id));
  }

  /** The summary's paragraphs as plain text, read from the list entry. */
  #summary(id: string): HTMLParagraphElement[] {
    const summary = this.entry(id)?.querySelector('.event-summary');
    if (summary === null || summary === undefined) return [];
    const blocks = [...summary.children];
    return (blocks.length > 0 ? blocks : [summary]).map((block) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = block.textContent.trim();
      return paragraph;
    });
  }
}
