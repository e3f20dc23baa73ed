import { defineCollection } from 'astro:content';
import { afterNormalize, generatedEntries } from './lib/generated-loader.ts';
import { eventListing, sourceListing } from './lib/records.ts';
import { eventEntrySchema } from './shared/schema/event.ts';
import { sourceEntrySchema } from './shared/schema/source.ts';

/**
 * Everything here is written by `npm run normalize`; the pages only render it.
 * Each record is checked against the contract whole; the store keeps its
 * listing, and a record's own page reads the rest (src/lib/records.ts).
 * Old event ids come with the events' listings: a collection of its own
 * (content/aliases.json, which the sitemap's filter reads) was empty, and
 * Astro warned so at every build, for most ledgers.
 */
const events = defineCollection({
  loader: afterNormalize(generatedEntries('./content/events', { body: 'render' })),
  schema: eventEntrySchema.transform(eventListing),
});

const sources = defineCollection({
  loader: afterNormalize(generatedEntries('./content/sources', { body: 'leave' })),
  schema: sourceEntrySchema.transform(sourceListing),
});

export const collections = { events, sources };
