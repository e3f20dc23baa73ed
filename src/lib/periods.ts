/**
 * The timeline's periods: calendar years. Each event belongs to the year it
 * starts in, so the per-period data lists every event exactly once, and so
 * do the period pages (a year's, or its months' for a crowded year). Grouped
 * once per build (the module caches it), not by every page that needs it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortEvents } from './events.ts';
import { periodPages, type PeriodPage } from './period-pages.ts';

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

let listed: Promise<PeriodPage<CollectionEntry<'events'>>[]> | undefined;

/** The period pages (src/lib/period-pages.ts), in reading order. */
export function periodPageList(): Promise<PeriodPage<CollectionEntry<'events'>>[]> {
  listed ??= periods().then((years) => periodPages(years, (event) => event.data));
  return listed;
}
