/**
 * The timeline's periods: calendar years. Each event belongs to the year it
 * starts in, so the per-period data lists every event exactly once, and so
 * do the period pages (a year's, or its months' for a crowded year). Grouped
 * once per build (the module caches it), not by every page that needs it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortEvents } from './events.ts';
import { EVENTS_PER_PAGE, periodPages, type PeriodPage } from './period-pages.ts';

export interface Period {
  /** `2019`: the page is `/years/2019/`, the data `/data/years/2019.json`. */
  id: string;
  /** Its events, in date order. */
  events: CollectionEntry<'events'>[];
}

/** Items already in order, grouped by the year of their day (YYYY-MM-DD), years in order. */
function byYear<T>(items: readonly T[], dayOf: (item: T) => string): { id: string; events: T[] }[] {
  return [...Map.groupBy(items, (item) => dayOf(item).slice(0, 4))].map(([id, events]) => ({
    id,
    events,
  }));
}

let grouped: Promise<Period[]> | undefined;

/** Every period that holds an event, in order, each with its events in date order. */
export function periods(): Promise<Period[]> {
  grouped ??= getCollection('events').then((entries) =>
    byYear(sortEvents(entries), (event) => event.data.start),
  );
  return grouped;
}

let listed: Promise<PeriodPage<CollectionEntry<'events'>>[]> | undefined;

/** The period pages (src/lib/period-pages.ts), in reading order. */
export function periodPageList(): Promise<PeriodPage<CollectionEntry<'events'>>[]> {
  listed ??= periods().then((years) => periodPages(years, (event) => event.data));
  return listed;
}

/** Where the lists of archived articles by publication date go, under the base. */
const SOURCE_PAGES_FOLDER = 'about/sources/';

let sourcesSorted: Promise<CollectionEntry<'sources'>[]> | undefined;

/** Every archived article, oldest first (by the day its dates are read against, then id). */
export function sourcesInOrder(): Promise<CollectionEntry<'sources'>[]> {
  sourcesSorted ??= getCollection('sources').then((entries) =>
    entries.sort((a, b) =>
      a.data.reference === b.data.reference
        ? a.data.id.localeCompare(b.data.id)
        : a.data.reference < b.data.reference
          ? -1
          : 1,
    ),
  );
  return sourcesSorted;
}

let sourcesListed: Promise<PeriodPage<CollectionEntry<'sources'>>[]> | undefined;

/**
 * The pages that list the archived articles by the year (or, for a crowded
 * year, the month) they were published, like the events' period pages:
 * `about/sources/2019/`. The about page lists them all only while they fit
 * one page.
 */
export function sourcePageList(): Promise<PeriodPage<CollectionEntry<'sources'>>[]> {
  sourcesListed ??= sourcesInOrder().then((sources) =>
    periodPages(
      byYear(sources, (source) => source.data.reference),
      (source) => ({ start: source.data.reference, end: source.data.reference }),
      EVENTS_PER_PAGE,
      SOURCE_PAGES_FOLDER,
    ),
  );
  return sourcesListed;
}
