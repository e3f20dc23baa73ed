import { z } from 'zod';
import { calendarDate, kebabCase } from './dates.ts';
import { articleFrontmatterSchema } from './article.ts';

/**
 * Frontmatter of `content/sources/<id>.md`, written by `npm run normalize`:
 * the article's metadata as the editor wrote it, plus what the build worked
 * out. The body is the archived article text, byte for byte, so the offsets
 * in `content/events/*.md` index into it.
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
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
