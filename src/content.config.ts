import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { afterNormalize, generatedEntries } from './lib/generated-loader.ts';
import { eventListing, sourceListing } from './lib/records.ts';
import { eventEntrySchema } from './shared/schema/event.ts';
import { aliasEntrySchema, sourceEntrySchema } from './shared/schema/source.ts';

/**
 * Everything here is written by `npm run normalize`; the pages only render it.
 * Each record is checked against the contract whole; the store keeps its
 * listing, and a record's own page reads the rest (src/lib/records.ts).
 */
const events = defineCollection({
  loader: afterNormalize(generatedEntries('./content/events', { body: 'render' })),
  schema: eventEntrySchema.transform(eventListing),
});

const sources = defineCollection({
  loader: afterNormalize(generatedEntries('./content/sources', { body: 'leave' })),
  schema: sourceEntrySchema.transform(sourceListing),
});

const aliases = defineCollection({
  loader: afterNormalize(file('./content/aliases.json')),
  schema: aliasEntrySchema,
});

export const collections = { events, sources, aliases };
