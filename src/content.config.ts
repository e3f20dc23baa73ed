import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { eventEntrySchema } from './shared/schema/event.ts';
import { aliasEntrySchema, sourceEntrySchema } from './shared/schema/source.ts';

/** Everything here is written by `npm run normalize`; the pages only render it. */
const events = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/events' }),
  schema: eventEntrySchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/sources' }),
  schema: sourceEntrySchema,
});

const aliases = defineCollection({
  loader: file('./content/aliases.json'),
  schema: aliasEntrySchema,
});

export const collections = { events, sources, aliases };
