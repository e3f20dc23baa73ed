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
import { hash } from 'node:crypto';
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

/** A digest of a generated file's text, which the store keeps with its entry. */
export function contentDigest(text: string): string {
  return hash('sha256', text, 'base64url');
}

/** A store entry's file and digest, as the content loader (src/lib/generated-entries.ts) set them. */
interface StoredFile {
  filePath?: string | undefined;
  digest?: string | number | undefined;
}

/**
 * The generated file of `entry`. When its text is the one the content loader
 * checked against the contract in this build (the same digest), the record
 * is not checked again; otherwise (the file changed since) it is.
 */
function readRecord<T>(
  { filePath, digest }: StoredFile,
  schema: z.ZodType<T>,
): { data: T; body: string } {
  if (filePath === undefined) throw new Error('a content entry has no file path');
  // Read at once: pages are built one after another, and a trip through
  // libuv's thread pool per page (shared with Astro's own writes) costs more.
  const text = readFileSync(path.resolve(filePath), 'utf8');
  const { data, body } = splitGenerated(text);
  if (digest === contentDigest(text)) return { data: data as T, body };
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`${filePath}: not a valid record (${parsed.error.message}); run npm run build`);
  }
  return { data: parsed.data, body };
}

/** The whole record of an event's store entry, and its summary (Markdown). */
export function readEventRecord(entry: StoredFile): { data: EventEntry; body: string } {
  return readRecord(entry, eventEntrySchema);
}

/** The whole record of a source's store entry, and its archived text (the body the offsets count in). */
export function readSourceRecord(entry: StoredFile): { data: SourceEntry; body: string } {
  return readRecord(entry, sourceEntrySchema);
}
