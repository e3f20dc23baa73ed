/**
 * What the content collections keep of each generated record, and how a
 * record's own page reads the rest.
 *
 * Astro loads its content store whole for every page, bundles it as a module
 * and keeps it in memory for the whole build; at 10,000 events the quoted
 * evidence alone was 18 of its 31 MB. So the collections check every record
 * against the contract in full, but keep only its listing: what the lists,
 * the timeline's data and the neighbours' links read. An event's page and a
 * source's page read their own whole record, as the loader checked it, from
 * the collection's record pack (src/lib/record-pack.ts; normalize wrote the
 * record, nothing is worked out again).
 */
import type { z } from 'zod';
import { eventEntrySchema, type EventEntry } from '../shared/schema/event.ts';
import { sourceEntrySchema, type SourceEntry } from '../shared/schema/source.ts';
import { readPackedRecord, recordPackFile, type PackedRecord } from './record-pack.ts';

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

/** A record checked whole: its data, for its page, and its listing, for the store. */
type Checked =
  { record: unknown; listing: Record<string, unknown> } | { issues: z.core.$ZodIssue[] };

/** Pure: a generated record's frontmatter data against its collection's part of the contract. */
export function checkRecord(collection: CollectionName, data: unknown): Checked {
  if (collection === 'events') {
    const parsed = eventEntrySchema.safeParse(data);
    return parsed.success
      ? { record: parsed.data, listing: eventListing(parsed.data) }
      : { issues: parsed.error.issues };
  }
  const parsed = sourceEntrySchema.safeParse(data);
  return parsed.success
    ? { record: parsed.data, listing: sourceListing(parsed.data) }
    : { issues: parsed.error.issues };
}

/** Each collection's folder of generated files, relative to the project root. */
export const collectionFolders = {
  events: 'content/events',
  sources: 'content/sources',
} as const satisfies Record<CollectionName, string>;

/** A store entry: its id names its record. */
interface StoredEntry {
  id: string;
}

/** The whole record of an event's store entry, and its summary (Markdown). */
export function readEventRecord(
  entry: StoredEntry,
  root = process.cwd(),
): PackedRecord<EventEntry> {
  return readPackedRecord(recordPackFile(root, 'events'), entry.id);
}

/** The whole record of a source's store entry, and its archived text (the body the offsets count in). */
export function readSourceRecord(
  entry: StoredEntry,
  root = process.cwd(),
): PackedRecord<SourceEntry> {
  return readPackedRecord(recordPackFile(root, 'sources'), entry.id);
}
