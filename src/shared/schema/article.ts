import { z } from 'zod';
import { MONTHS } from '../days.ts';
import { isCalendarDate } from './dates.ts';
import { httpUrl } from './url.ts';

/** `2019-05-09`, or a moment with its UTC offset: `2019-05-09T06:48:00+02:00`. */
const publishedPattern = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Why `YYYY-MM-DD` is not a date: "2019-02-30 is not a date: February 2019 has 28 days". */
function whyNotADate(text: string): string {
  const [year = 0, month = 0] = text.split('-').map(Number);
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${String(month)}`;
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0); // day 0 of the next month: this month's last day
  const days = last.getUTCDate();
  return `${text} is not a date: ${MONTHS[month - 1] ?? ''} ${String(year)} has ${String(days)} days`;
}

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
    .refine((text) => publishedPattern.test(text), {
      error: (issue) => `'${String(issue.input)}' is not a date written YYYY-MM-DD`,
      params: {
        fix: 'write the day the article gives as YYYY-MM-DD (e.g. 2019-05-09), or with its time and UTC offset: 2019-05-09T06:48:00+02:00',
      },
    })
    .refine((text) => !publishedPattern.test(text) || isCalendarDate(text.slice(0, 10)), {
      error: (issue) => whyNotADate(String(issue.input).slice(0, 10)),
      params: {
        fix: 'check the date against the article and write the day it gives, YYYY-MM-DD',
      },
    }),
  /** `stated` (the article says it) or `inferred: <reason>`. Never blank. */
  published_basis: z.string().refine((text) => /^(stated|inferred: .{10,})$/.test(text), {
    message: "must be 'stated' or 'inferred: <the reason, in words>'",
    params: {
      fix: "write `stated` when the article shows its date, or `inferred: ` and the reason in at least ten characters (e.g. 'inferred: the capture's file date')",
    },
  }),
  /** The original address, when known. */
  url: httpUrl.optional(),
  /** BCP 47 language tag of the text: English (`en`, `en-GB`) is read for English dates only, any other for English and German. */
  language: z.string().default('en'),
  /** When the archived text is a republication: the original it copies. */
  republishes: z
    .strictObject({
      publisher: z.string().min(1),
      title: z.string().min(1),
      url: httpUrl.optional(),
    })
    .optional(),
  /** What a reader should know about this copy (headline missing, date uncertain…). */
  notes: z.string().optional(),
  /** File name of the untouched capture in `seeds/raw/`. */
  raw: z.string().refine((text) => /^[\w.-]+\.txt$/.test(text), {
    message: 'must be a .txt file name in seeds/raw/',
    params: {
      fix: "write the capture's file name only, e.g. 001_dbc646547e4499cb.txt (no folder)",
    },
  }),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

/** The calendar date an article's relative phrases are read against. */
export function referenceDate(published: string): string {
  return published.slice(0, 10);
}
