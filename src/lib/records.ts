/**
 * What the content collections keep of each generated record, and how a
 * record's own page reads the rest.
 *
 * Astro loads its content store whole for every page, bundles it as a module
 * and keeps it in memory for the whole build; at 10,000 events the quoted
 * evidence alone was 18 of its 31 MB. So the collections check every record
 * against the contract in full, but keep only its listing: what the lists,
 * the timeline's data and the neighbours' links read. An event's page and a
 * source's page read their own whole record from its file (normalize wrote
 * it; nothing is worked out again).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { eventEntrySchema, type EventEntry } from '../shared/schema/event.ts';
import { sourceEntrySchema, type SourceEntry } from '../shared/schema/source.ts';
import { splitGenerated } from './archived-text.ts';

/**
 * An event as the lists and the timeline show it, with the number of articles
 * it quotes, and its old ids (each a page that sends readers on to it).
 */
export function eventListing(entry: EventEntry) {
  const { id, title, start, end, precision, label, group, tags, evidence, aliases } = entry;
  const sourceCount = new Set(evidence.map((item) => item.source.id)).size;
  return { id, title, start, end, precision, label, group, tags, sourceCount, aliases };
}

/** A source as the lists show it, with the number of events that quote it. */
export function sourceListing({ citations, ...listing }: SourceEntry) {
  return { ...listing, eventCount: new Set(citations.map((citation) => citation.event)).size };
}

/** Each collection's schema: the record is checked whole, its listing kept. */
export const collectionSchemas = {
  events: eventEntrySchema.transform(eventListing),
  sources: sourceEntrySchema.transform(sourceListing),
};

export type CollectionName = keyof typeof collectionSchemas;

/** Each collection's folder of generated files, relative to the project root. */
export const collectionFolders = {
  events: 'content/events',
  sources: 'content/sources',
} as const satisfies Record<CollectionName, string>;

/** A store entry: its id names its file. */
interface StoredEntry {
  id: string;
}

/**
 * The generated file of a store entry, checked against the contract: the
 * loader checked the same file, but its checked data is only the listing,
 * and the schema's output is what the page needs (it may differ from the
 * file's raw data, as a date YAML reads as a Date becomes a string). `root`
 * is the project's folder: the build runs in it.
 */
function readRecord<T>(
  collection: CollectionName,
  { id }: StoredEntry,
  schema: z.ZodType<T>,
  root: string,
): { data: T; body: string } {
  const file = `${collectionFolders[collection]}/${id}.md`;
  // Read at once: pages are built one after another, and a trip through
  // libuv's thread pool per page (shared with Astro's own writes) costs more.
  const { data, body } = splitGenerated(readFileSync(path.resolve(root, file), 'utf8'));
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`${file}: not a valid record (${parsed.error.message}); run npm run build`);
  }
  return { data: parsed.data, body };
}

/** The whole record of an event's store entry, and its summary (Markdown). */
export function readEventRecord(
  entry: StoredEntry,
  root = process.cwd(),
): { data: EventEntry; body: string } {
  return readRecord('events', entry, eventEntrySchema, root);
}

/** The whole record of a source's store entry, and its archived text (the body the offsets count in). */
export function readSourceRecord(
  entry: StoredEntry,
  root = process.cwd(),
): { data: SourceEntry; body: string } {
  return readRecord('sources', entry, sourceEntrySchema, root);
}
