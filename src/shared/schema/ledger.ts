import { z } from 'zod';
import { kebabCase } from './dates.ts';
import { LANE_IDS } from './lanes.ts';
import { isEditorialDate } from './editorial-date.ts';

/** One piece of evidence: words in one article that say when an event happened. */
export const evidenceSchema = z.strictObject({
  /** The article's source id (its file name in `seeds/articles/` without `.md`). */
  source: kebabCase,
  /** Words copied from the article; whitespace and typographic quotes may differ. */
  quote: z.string().min(8, { message: 'is too short to locate reliably (8 characters at least)' }),
  /**
   * The date words inside `quote` that date the event, when its phrases
   * disagree: one phrase, or a list of them (read together). Only these are
   * resolved.
   */
  phrase: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
});

/** Where an editorial date comes from. */
export const citationSchema = z.strictObject({
  /** Address of the document that gives the date. */
  url: z.url(),
  /** Who published it. */
  publisher: z.string().min(1),
  /** Its title, as the page gives it. */
  title: z.string().min(1),
  /** The cited page's own words that give the date, copied exactly (short). */
  quote: z.string().min(8).optional(),
  /** What the cited text states about the date, and how it was checked, for the next editor. */
  note: z.string().min(10).optional(),
});

/** One entry of `seeds/events.yaml`, the editorial ledger. */
export const ledgerEventSchema = z
  .strictObject({
    /** kebab-case, unique, never reused: it is the URL. */
    id: kebabCase,
    /** Neutral, in the site's own words. */
    title: z.string().min(8),
    /** Markdown, neutral, 1–4 sentences. */
    summary: z.string().min(20),
    /** The lane on the timeline. */
    group: z.enum(LANE_IDS),
    /** Free kebab-case tags for filtering. */
    tags: z.array(kebabCase).default([]),
    /** Every article passage that mentions the event, each with its date words. */
    evidence: z.array(evidenceSchema).min(1),
    /**
     * A sharper (or corrected) date than the evidence gives: YYYY, YYYY-MM,
     * YYYY-MM-DD, or two of those joined by `/` for a span.
     */
    date: z
      .union([z.string(), z.number().int().transform(String)])
      .refine(isEditorialDate, {
        message: 'must be YYYY, YYYY-MM, YYYY-MM-DD or start/end, and a real date',
      })
      .optional(),
    /** Required with `date`: where that date comes from. */
    date_citation: citationSchema.optional(),
    /** Why the sources' own dating is wrong, when `date` lies outside it. */
    date_note: z.string().min(10).optional(),
    /** Old ids that must keep working as links. */
    aliases: z.array(kebabCase).default([]),
  })
  .superRefine((event, ctx) => {
    if (event.date !== undefined && event.date_citation === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['date_citation'],
        message:
          'is required with `date`: add date_citation with the url, publisher and title that give it',
      });
    }
    if (event.date === undefined && event.date_citation !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: 'is missing although date_citation is given: add the date it cites',
      });
    }
    if (event.date_note !== undefined && event.date === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['date_note'],
        message:
          'explains a correction, but there is no editorial `date`: add one or drop the note',
      });
    }
  });

export type Evidence = z.infer<typeof evidenceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type LedgerEvent = z.infer<typeof ledgerEventSchema>;
