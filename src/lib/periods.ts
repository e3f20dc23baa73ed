/**
 * The timeline's periods: calendar years. Each event belongs to the year it
 * starts in, so the period pages and the per-period data list every event
 * exactly once. Grouped once per build (the module caches it), not by every
 * page that needs it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortEvents } from './events.ts';

export interface Period {
  /** `2019`: the page is `/years/2019/`, the data `/data/years/2019.json`. */
  id: string;
  /** Its events, in date order. */
  events: CollectionEntry<'events'>[];
}

let grouped: Promise<Period[]> | undefined;

/** Every period that holds an event, in order, each with its events in date order. */
export function periods(): Promise<Period[]> {
  grouped ??= getCollection('events').then((entries) => {
    const byYear = new Map<string, CollectionEntry<'events'>[]>();
    for (const event of sortEvents(entries)) {
      const year = event.data.start.slice(0, 4);
      const list = byYear.get(year) ?? [];
      list.push(event);
      byYear.set(year, list);
    }
    return [...byYear].map(([id, events]) => ({ id, events }));
  });
  return grouped;
}
