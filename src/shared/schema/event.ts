import { z } from 'zod';
import { PRECISIONS } from '../precision.ts';
import { calendarDate, kebabCase } from './dates.ts';
import { citationSchema } from './ledger.ts';

export const precisionSchema = z.enum(PRECISIONS);

/** A date that may be open-ended: `null` means "no bound on this side". */
const openDate = calendarDate.nullable();

/** A span of days with its precision and how it reads. */
const datedSpan = {
  /** First possible day (inclusive), or `null` when open. */
  start: openDate,
  /** Last possible day (inclusive), or `null` when open. */
  end: openDate,
  /** How sharp the span is. */
  precision: precisionSchema,
  /** The span in words ("December 2018", "On or before 3 December 2018"). */
  label: z.string(),
};

/** One date phrase of a quote, read against its article's date. */
const readingSchema = z.strictObject({
  /** The date words as they stand in the quote. */
  phrase: z.string(),
  ...datedSpan,
});

/** The article a quote comes from, as the event page cites it. */
const citedSourceSchema = z.strictObject({
  /** Source id: its page is `/sources/<id>/`. */
  id: kebabCase,
  /** Publisher of the archived copy. */
  publisher: z.string(),
  /** Headline. */
  title: z.string(),
  /** Publication date (calendar date in the publisher's zone). */
  published: calendarDate,
  /** Original address, when known. */
  url: z.url().nullable(),
});

/** One piece of evidence: a quoted passage, where it stands, and the date it gives. */
const evidenceSchema = z.strictObject({
  /** The article quoted. */
  source: citedSourceSchema,
  /** The passage exactly as the archived article has it. */
  quote: z.string(),
  /** Character offsets [start, end) of the passage in the archived article body. */
  offset: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  /** Its id on the source page (`quote-<event>-<n>`, from `quoteAnchor`). */
  anchor: z.string(),
  /** The article's publication date, which the date words are read against. */
  reference: calendarDate,
  /** One reading per date phrase in the quote; none when it has no date words. */
  reading: z.array(readingSchema),
  /** What the quote gives: its readings together, or "on or before" the reference when none. */
  gives: z.strictObject(datedSpan),
});

/** What the evidence alone implies: the intersection of every quote's span. */
const impliedSchema = z.strictObject(datedSpan);

/** An editor's sharper or corrected date, with where it comes from. */
const editorialSchema = z.strictObject({
  /**
   * The date as the ledger wrote it (`2012`, `2018-04`, `2018-12-01`,
   * `2019-05-02/2019-05-03`). YAML 1.1 readers turn `2012` into a number and
   * `2018-12-01` into a Date; both are folded back to the text.
   */
  date: z.union([
    z.string(),
    z.number().int().transform(String),
    z.date().transform((date) => date.toISOString().slice(0, 10)),
  ]),
  /** Why the sources are wrong, when the date lies outside what they imply. */
  note: z.string().nullable(),
  /** Where the date comes from. */
  citation: citationSchema,
});

/** Frontmatter of `content/events/<id>.md`, written by `npm run normalize`. */
export const eventEntrySchema = z.strictObject({
  /** kebab-case id; the page is `/events/<id>/`. */
  id: kebabCase,
  /** Headline of the event. */
  title: z.string(),
  /** First day (inclusive) of the date the site shows. */
  start: calendarDate,
  /** Last day (inclusive). Equal to `start` for a single day. */
  end: calendarDate,
  /** How sharp the shown date is. */
  precision: precisionSchema,
  /** The shown date in words ("December 2018"). */
  label: z.string(),
  /** Timeline lane: the id of a lane in content/lanes.json. */
  group: kebabCase,
  /** Tags for filtering. */
  tags: z.array(kebabCase),
  /** What the sources imply, before any editorial date. */
  implied: impliedSchema,
  /** The editorial date, when the ledger gives one. */
  editorial: editorialSchema.nullable(),
  /** Every quoted passage, in ledger order, with the date it gives. */
  evidence: z.array(evidenceSchema).min(1),
  /** Old ids that still resolve to this event. */
  aliases: z.array(kebabCase),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type EventEntry = z.infer<typeof eventEntrySchema>;

/**
 * Date order, the one order of the whole site: by first day, then the
 * sharper (earlier-ending) date first, then by id so ties are stable.
 */
export function compareByDate(
  a: Pick<EventEntry, 'id' | 'start' | 'end'>,
  b: Pick<EventEntry, 'id' | 'start' | 'end'>,
): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
