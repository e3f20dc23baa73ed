import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventEntrySchema } from './shared/schema/event.ts';
import { sourceEntrySchema } from './shared/schema/source.ts';

const events = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/events' }),
  schema: eventEntrySchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/sources' }),
  schema: sourceEntrySchema,
});

export const collections = { events, sources };
