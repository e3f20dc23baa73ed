import { z } from 'zod';
import { isCalendarDate } from './dates.ts';

/** `2019-05-09`, or a moment with its UTC offset: `2019-05-09T06:48:00+02:00`. */
const publishedPattern = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Frontmatter of one archived article, `seeds/articles/<source-id>.md`. */
export const articleFrontmatterSchema = z.strictObject({
  /** The headline as published (or, where the capture lacks it, what it has; see `notes`). */
  title: z.string().min(1),
  /** Who published the text that `seeds/raw/` holds. */
  publisher: z.string().min(1),
  /** Bylines; empty for a house byline or none. */
  authors: z.array(z.string().min(1)).default([]),
  /**
   * When it was published, in the publisher's own time zone: the reference
   * point for every relative date phrase in the article.
   */
  published: z
    .string()
    .regex(publishedPattern, {
      message: 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM(:SS)±HH:MM',
    })
    .refine((text) => isCalendarDate(text.slice(0, 10)), {
      message: 'is not a real calendar date',
    }),
  /** `stated` (the article says it) or `inferred: <reason>`. Never blank. */
  published_basis: z.string().regex(/^(stated|inferred: .{10,})$/, {
    message: "must be 'stated' or 'inferred: <the reason, in words>'",
  }),
  /** The original address, when known. */
  url: z.url().optional(),
  /** BCP 47 language tag of the text. */
  language: z.string().default('en'),
  /** When the archived text is a republication: the original it copies. */
  republishes: z
    .strictObject({
      publisher: z.string().min(1),
      title: z.string().min(1),
      url: z.url().optional(),
    })
    .optional(),
  /** What a reader should know about this copy (headline missing, date uncertain…). */
  notes: z.string().optional(),
  /** File name of the untouched capture in `seeds/raw/`. */
  raw: z.string().regex(/^[\w.-]+\.txt$/, { message: 'must be a .txt file name in seeds/raw/' }),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** The calendar date an article's relative phrases are read against. */
export function referenceDate(published: string): string {
  return published.slice(0, 10);
}
