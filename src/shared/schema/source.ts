import { z } from 'zod';
import { articleFrontmatterSchema } from './article.ts';
import { calendarDate, kebabCase } from './dates.ts';
import { precisionSchema } from './event.ts';

/** One passage of the article that an event quotes. */
const citationEntrySchema = z.strictObject({
  /** The event quoting it. */
  event: kebabCase,
  /** The event's title. */
  title: z.string(),
  /** The event's shown date: first and last day, precision and words. */
  start: calendarDate,
  end: calendarDate,
  precision: precisionSchema,
  label: z.string(),
  /** The passage's id on the source page (`quote-<event>-<n>`), as the event links it. */
  anchor: z.string(),
  /** Character offsets [start, end) of the passage in this article's body. */
  offset: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
});

/**
 * Frontmatter of `content/sources/<id>.md`, written by `npm run normalize`:
 * the article's metadata as the editor wrote it, plus what the build worked
 * out. The body is the archived article text, byte for byte, so the offsets
 * index into it.
 */
export const sourceEntrySchema = z.strictObject({
  /** Source id; the page is `/sources/<id>/`. */
  id: kebabCase,
  ...articleFrontmatterSchema.shape,
  /** The calendar date relative phrases in this article were read against. */
  reference: calendarDate,
  /** Original address, or `null` when it is not known. */
  url: z.url().nullable(),
  /** The original this copy republishes, or `null`. */
  republishes: articleFrontmatterSchema.shape.republishes.unwrap().nullable(),
  /** Notes for the reader, or `null`. */
  notes: z.string().nullable(),
  /** Authors (always present in the output). */
  authors: z.array(z.string()),
  /** Language tag (always present in the output). */
  language: z.string(),
  /** Every passage events quote from it: in the events' date order, then evidence order. */
  citations: z.array(citationEntrySchema),
});

export type CitationEntry = z.infer<typeof citationEntrySchema>;
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/** One entry of `content/aliases.json`: an old event id that must keep working as a link. */
export const aliasEntrySchema = z.strictObject({
  /** The old id: `/events/<id>/` redirects. */
  id: kebabCase,
  /** The id of the event it now is. */
  event: kebabCase,
});

export type AliasEntry = z.infer<typeof aliasEntrySchema>;
