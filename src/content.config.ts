import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { generatedEntries } from './lib/generated-loader.ts';
import { eventEntrySchema } from './shared/schema/event.ts';
import { aliasEntrySchema, sourceEntrySchema } from './shared/schema/source.ts';

/** Everything here is written by `npm run normalize`; the pages only render it. */
const events = defineCollection({
  loader: generatedEntries('./content/events', { body: 'render' }),
  schema: eventEntrySchema,
});

const sources = defineCollection({
  loader: generatedEntries('./content/sources', { body: 'leave' }),
  schema: sourceEntrySchema,
});

const aliases = defineCollection({
  loader: file('./content/aliases.json'),
  schema: aliasEntrySchema,
});

export const collections = { events, sources, aliases };
