import { z } from 'zod';
import { calendarDate, kebabCase } from './dates.ts';
import { citationSchema } from './ledger.ts';

/** How sharply a date is known. `range` is any other span, open ones included. */
export const PRECISIONS = ['day', 'week', 'month', 'quarter', 'year', 'range'] as const;
export const precisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precisionSchema>;

/** A date that may be open-ended: `null` means "no bound on this side". */
const openDate = calendarDate.nullable();

/** One step of the date's derivation: one quote read against its article's date. */
export const derivationStepSchema = z.strictObject({
  /** The article the quote is from. */
  source: kebabCase,
  /** The date words found in the quote; `null` when it has none (the article's date then bounds it). */
  phrase: z.string().nullable(),
  /** The article's publication date the phrase was read against. */
  reference: calendarDate,
  /** First possible day (inclusive), or `null` when open. */
  start: openDate,
  /** Last possible day (inclusive), or `null` when open. */
  end: openDate,
  /** How sharp this step's interval is. */
  precision: precisionSchema,
  /** The interval in words. */
  label: z.string(),
});

/** One source passage cited for the event. */
export const eventSourceSchema = z.strictObject({
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
  /** The passage exactly as the archived article has it. */
  quote: z.string(),
  /** Character offsets [start, end) of the passage in the archived article body. */
  offset: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
});

/** What the evidence alone implies: the intersection of every derivation step. */
export const impliedSchema = z.strictObject({
  start: openDate,
  end: openDate,
  precision: precisionSchema,
  label: z.string(),
});

/** An editor's sharper or corrected date, with where it comes from. */
export const editorialSchema = z.strictObject({
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
  /** Timeline lane. */
  group: kebabCase,
  /** Tags for filtering. */
  tags: z.array(kebabCase),
  /** What the sources imply, before any editorial date. */
  implied: impliedSchema,
  /** The editorial date, when the ledger gives one. */
  editorial: editorialSchema.nullable(),
  /** How the date was worked out, one step per quote. */
  derivation: z.array(derivationStepSchema).min(1),
  /** The quoted passages, in ledger order. */
  sources: z.array(eventSourceSchema).min(1),
  /** Old ids that still resolve to this event. */
  aliases: z.array(kebabCase),
});

export type DerivationStep = z.infer<typeof derivationStepSchema>;
export type EventSource = z.infer<typeof eventSourceSchema>;
export type Implied = z.infer<typeof impliedSchema>;
export type Editorial = z.infer<typeof editorialSchema>;
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
