/**
 * How sharply a date is known, in words: one table for the legend, the
 * about page, the event page and the timeline's item descriptions.
 */
export const PRECISIONS = ['day', 'week', 'month', 'quarter', 'year', 'range'] as const;

export type Precision = (typeof PRECISIONS)[number];

interface PrecisionWords {
  /** What the precision means, for the method page. */
  means: string;
  /** After a date: "(some time in this month)". */
  within: string;
  /** A label of this precision, as the pipeline writes it (tested against it). */
  example: { start: string; end: string; label: string };
  /** How the timeline draws it. */
  drawn: string;
}

export const PRECISION_WORDS: Record<Precision, PrecisionWords> = {
  day: {
    means: 'A single day.',
    within: 'a known day',
    example: { start: '2018-12-01', end: '2018-12-01', label: '1 December 2018' },
    drawn: 'a dot',
  },
  week: {
    means: 'Some day in a calendar week (Monday to Sunday).',
    within: 'some time in this week',
    example: { start: '2019-02-18', end: '2019-02-24', label: 'Week of 18 February 2019' },
    drawn: 'a hatched bar over the week',
  },
  month: {
    means: 'Some day in a month.',
    within: 'some time in this month',
    example: { start: '2018-12-01', end: '2018-12-31', label: 'December 2018' },
    drawn: 'a hatched bar over the month',
  },
  quarter: {
    means: 'Some day in a calendar quarter.',
    within: 'some time in this quarter',
    example: { start: '2019-01-01', end: '2019-03-31', label: 'First quarter of 2019' },
    drawn: 'a hatched bar over the quarter',
  },
  year: {
    means: 'Some day in a year.',
    within: 'some time in this year',
    example: { start: '2012-01-01', end: '2012-12-31', label: '2012' },
    drawn: 'a hatched bar over the year',
  },
  range: {
    means: 'Some day between two dates: any other span, such as two days or “on or before”.',
    within: 'some time in this span',
    example: { start: '2018-12-01', end: '2018-12-03', label: '1–3 December 2018' },
    drawn: 'a hatched bar over the span',
  },
};

/** The legend's two keys: exact days are dots, everything vaguer a hatched span. */
export const LEGEND_WORDS = {
  day: PRECISION_WORDS.day.within,
  span: 'some time within a span',
} as const;
