import { defineCollection } from 'astro:content';
import { generatedEntries } from './lib/generated-loader.ts';
import { collectionFolders, collectionSchemas } from './lib/records.ts';

/**
 * Everything here is written by `npm run normalize`; the pages only render it.
 * Each record is checked against the contract whole; the store keeps its
 * listing, and a record's own page reads the rest (src/lib/records.ts). The
 * loader checks the records with the same schemas (on a thread of its own);
 * the collections name them for the entries' types.
 * Old event ids come with the events' listings: a collection of its own
 * (content/aliases.json, which the sitemap's filter reads) was empty, and
 * Astro warned so at every build, for most ledgers.
 */
const events = defineCollection({
  loader: generatedEntries(collectionFolders.events, { collection: 'events', body: 'render' }),
  schema: collectionSchemas.events,
});

const sources = defineCollection({
  loader: generatedEntries(collectionFolders.sources, { collection: 'sources', body: 'leave' }),
  schema: collectionSchemas.sources,
});

export const collections = { events, sources };
