import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventEntrySchema } from './schema/event.ts';
import { sourceEntrySchema } from './schema/source.ts';

const events = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/events' }),
  schema: eventEntrySchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/sources' }),
  schema: sourceEntrySchema,
});

export const collections = { events, sources };
