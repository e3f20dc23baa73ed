/**
 * Finds the date phrases in a passage and resolves each against the
 * article's publication date into an interval with a precision.
 *
 * chrono-node finds most phrases (weekdays, months, "last week", German
 * dates); it returns a point, so the span comes from the unit the phrase
 * names. Rules of our own cover what chrono misses or misreads: "more than a
 * week ago", "less than a year ago", "for the past year", "earlier this
 * year", "first quarter", "mid-July", bare years, "in coming months".
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
// The two locales only: the package index loads all 16 (266 modules, 0.2 s at start-up).
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
  getDay,
  isValid,
  lastDayOfMonth,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
  startOfYear,
} from './date-fns.ts';
import type { Precision } from '../../shared/precision.ts';
import { dayStart, isoDay } from '../../shared/days.ts';
import { isCalendarDate } from '../../shared/schema/dates.ts';
import { precisionOf, type Interval } from './interval.ts';

/** One date phrase found in a passage, resolved. */
export interface DatePhrase {
  /** The words as they stand in the passage. */
  text: string;
  /** Where they start in the passage. */
  index: number;
  /** The days it can mean, inclusive; open sides are `null`. */
  interval: Interval;
  /** How sharp it is. */
  precision: Precision;
}

type Unit = 'day' | 'week' | 'month' | 'year';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const NUMBER = `(?:\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(day|week|month|year)s?';
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const QUARTER_ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

function parseNumber(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number.parseInt(word, 10);
}

function addUnits(date: Date, unit: Unit, amount: number): Date {
  switch (unit) {
    case 'day':
      return addDays(date, amount);
    case 'week':
      return addWeeks(date, amount);
    case 'month':
      return addMonths(date, amount);
    case 'year':
      return addYears(date, amount);
  }
}

function unitSpan(point: Date, unit: Unit): Interval {
  switch (unit) {
    case 'day':
      return { start: isoDay(point), end: isoDay(point) };
    case 'week':
      return {
        start: isoDay(startOfWeek(point, { weekStartsOn: 1 })),
        end: isoDay(endOfWeek(point, { weekStartsOn: 1 })),
      };
    case 'month':
      return { start: isoDay(startOfMonth(point)), end: isoDay(endOfMonth(point)) };
    case 'year':
      return { start: isoDay(startOfYear(point)), end: isoDay(endOfYear(point)) };
  }
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(key));
}

/** Words just before a phrase that make it look forward ("by mid-July", "until March"). */
function looksForward(text: string, index: number, phrase: string): boolean {
  const before = text.slice(Math.max(0, index - 24), index).toLowerCase();
  return (
    /\b(by|until|till|next|coming|ahead of)\s*$/.test(before) ||
    /\b(next|coming|nächsten?)\b/i.test(phrase)
  );
}

/** The year a month (0–11) most recently had (or, looking forward, next has) relative to `reference`. */
function yearForMonth(month: number, reference: Date, forward: boolean): number {
  const year = reference.getFullYear();
  if (forward) return month >= reference.getMonth() ? year : year + 1;
  return month <= reference.getMonth() ? year : year - 1;
}

/** The nearest date with this month (0–11) and day, on or before `reference` (on or after when looking forward). */
function nearestDay(month: number, day: number, reference: Date, forward: boolean): Date | null {
  // Eight years always reach a 29 February.
  for (let step = 0; step <= 8; step++) {
    const year = reference.getFullYear() + (forward ? step : -step);
    const date = new Date(year, month, day);
    if (date.getMonth() !== month) continue;
    if (forward ? date >= reference : date <= reference) return date;
  }
  return null;
}

/**
 * The phrase, or `null` when it reaches outside the calendar (years 1–9999):
 * "the past 2099 years", read in 1990, is no date a ledger can hold.
 */
function resolved(
  text: string,
  index: number,
  interval: Interval,
  precision?: Precision,
): DatePhrase | null {
  const { start, end } = interval;
  if ((start !== null && !isCalendarDate(start)) || (end !== null && !isCalendarDate(end))) {
    return null;
  }
  return { text, index, interval, precision: precision ?? precisionOf(interval) };
}

/** A rule: a pattern, and how its match resolves against the reference date. */
interface Rule {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, reference: Date, forward: boolean) => Interval | null;
}

const RULES: readonly Rule[] = [
  {
    // "more than a week ago": the event lies before that point; its start is open.
    pattern: new RegExp(`\\bmore than ${NUMBER} ${UNIT} ago\\b`, 'gi'),
    resolve: (match, reference) => {
      const [words, unit] = match;
      const amount = parseNumber(words.split(/\s+/)[2] ?? '1');
      const limit = addUnits(reference, unit?.toLowerCase() as Unit, -amount);
      return { start: null, end: isoDay(addDays(limit, -1)) };
    },
  },
  {
    // "less than a year ago", "less than one month after": within that span before the reference.
    // "after" counts from the publication day, which holds where the later event is reported
    // that day ("less than one month after WSJ reported X, the paper reported Tuesday"); the
    // event page shows the reading, so an editor can see when it does not.
    pattern: new RegExp(`\\bless than ${NUMBER} ${UNIT}(?: (?:ago|after))?\\b`, 'gi'),
    resolve: (match, reference) => {
      const [words, unit] = match;
      const amount = parseNumber(words.split(/\s+/)[2] ?? '1');
      if (amount < 1) return null; // "less than 0 months" is no span at all
      const limit = addUnits(reference, unit?.toLowerCase() as Unit, -amount);
      return { start: isoDay(addDays(limit, 1)), end: isoDay(reference) };
    },
  },
  {
    // "for the past year", "over the last two months": the span up to the reference.
    pattern: new RegExp(
      `\\b(?:(?:for|over|in|during) )?the (?:past|last) (?:(${NUMBER}|few|several) )?${UNIT}\\b`,
      'gi',
    ),
    resolve: (match, reference) => {
      const [, amountWord, unit] = match;
      if (amountWord !== undefined && /^(few|several)$/i.test(amountWord)) {
        return { start: null, end: isoDay(reference) };
      }
      const amount = amountWord === undefined ? 1 : parseNumber(amountWord);
      return {
        start: isoDay(addUnits(reference, unit?.toLowerCase() as Unit, -amount)),
        end: isoDay(reference),
      };
    },
  },
  {
    // "earlier this year": from the start of the unit up to the reference.
    pattern: /\bearlier this (week|month|year)\b/gi,
    resolve: (match, reference) => {
      const span = unitSpan(reference, match[1]?.toLowerCase() as Unit);
      return { start: span.start, end: isoDay(reference) };
    },
  },
  {
    // "later this year": from the reference to the end of the unit.
    pattern: /\blater this (week|month|year)\b/gi,
    resolve: (match, reference) => {
      const span = unitSpan(reference, match[1]?.toLowerCase() as Unit);
      return { start: isoDay(reference), end: span.end };
    },
  },
  {
    // "first quarter", "first-quarter", "fourth quarter of 2018".
    pattern:
      /\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter(?:\s+of\s+((?:19|20)\d{2}))?\b/gi,
    resolve: (match, reference, forward) => {
      const quarter = QUARTER_ORDINALS[match[1]?.toLowerCase() ?? ''] ?? 1;
      let year = match[2] === undefined ? reference.getFullYear() : Number(match[2]);
      const start = new Date(year, (quarter - 1) * 3, 1);
      if (match[2] === undefined && !forward && start > reference) year -= 1;
      if (match[2] === undefined && forward && endOfQuarter(start) < reference) year += 1;
      const first = new Date(year, (quarter - 1) * 3, 1);
      return { start: isoDay(startOfQuarter(first)), end: isoDay(endOfQuarter(first)) };
    },
  },
  {
    // "Q1 2019".
    pattern: /\bQ([1-4])\s+((?:19|20)\d{2})\b/g,
    resolve: (match) => {
      const first = new Date(Number(match[2]), (Number(match[1]) - 1) * 3, 1);
      return { start: isoDay(first), end: isoDay(endOfQuarter(first)) };
    },
  },
  {
    // "mid-July", "early December", "late March 2019": thirds of a month.
    pattern: new RegExp(`\\b(early|mid|late)[-\\s]?${MONTH}(?:,?\\s+((?:19|20)\\d{2}))?\\b`, 'gi'),
    resolve: (match, reference, forward) => {
      const month = monthIndex(match[2] ?? '');
      if (month < 0) return null;
      const year =
        match[3] === undefined ? yearForMonth(month, reference, forward) : Number(match[3]);
      const part = match[1]?.toLowerCase();
      const first = new Date(year, month, 1);
      if (part === 'early') return { start: isoDay(first), end: isoDay(new Date(year, month, 10)) };
      if (part === 'mid') {
        return { start: isoDay(new Date(year, month, 11)), end: isoDay(new Date(year, month, 20)) };
      }
      return { start: isoDay(new Date(year, month, 21)), end: isoDay(lastDayOfMonth(first)) };
    },
  },
  {
    // "2012", "in 2018", "in 2011 and 2012", "from 2016 to 2018".
    pattern:
      /\b(?:(?:in|from|between|since|during) )?((?:19|20)\d{2})(?:\s*(?:and|to|through|–|-)\s*((?:19|20)\d{2}))?\b(?!-\d)/g,
    resolve: (match) => {
      const first = Number(match[1]);
      const last = match[2] === undefined ? first : Number(match[2]);
      if (last < first) return null;
      return { start: `${String(first)}-01-01`, end: `${String(last)}-12-31` };
    },
  },
  {
    // "in coming months", "in the coming weeks": after the reference, end open.
    pattern:
      /\b(?:in|over|within) (?:the )?(?:coming|next few|next several) (?:days|weeks|months|years)\b/gi,
    resolve: (_match, reference) => ({ start: isoDay(addDays(reference, 1)), end: null }),
  },
];

function ruleMatches(text: string, reference: Date): DatePhrase[] {
  const found: DatePhrase[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const forward = looksForward(text, match.index, match[0]);
      const interval = rule.resolve(match, reference, forward);
      const phrase = interval === null ? null : resolved(match[0], match.index, interval);
      if (phrase !== null) found.push(phrase);
    }
  }
  return found;
}

/** The unit a relative phrase names, from its words. */
function namedUnit(words: string): Unit | null {
  if (/\b(weeks?|woche)\b/i.test(words)) return 'week';
  if (/\b(months?|monat)\b/i.test(words)) return 'month';
  if (/\b(years?|jahr)\b/i.test(words)) return 'year';
  if (/\b(today|yesterday|tomorrow|tonight|heute|gestern|morgen)\b/i.test(words)) return 'day';
  return null;
}

const STEP_WORDS =
  /^(last|previous|next|this|letzten?|letzte[rs]?|vorige[nrs]?|nächsten?|nächste[rs]?|diese[nrs]?)\s+\S+$/i;

/** -1 for "last", +1 for "next", 0 for "this". */
function stepOf(word: string): number {
  if (/^(last|previous|letzt|vorig)/i.test(word)) return -1;
  if (/^(next|nächst)/i.test(word)) return 1;
  return 0;
}

/**
 * chrono readings that are not dates in reported news: "now" is the present
 * tense, and "a year earlier" counts from another event in the sentence, not
 * from the day of publication.
 */
const NOT_A_DATE = /^(?:(?:right )?now|\S+(?: \S+)? (?:earlier|later|before|after))$/i;

function resolveChrono(result: ParsedResult, text: string, reference: Date): DatePhrase | null {
  const { start } = result;
  const words = result.text.trim().replace(/[,.;:]+$/, '');
  if (NOT_A_DATE.test(words)) return null;
  // chrono's text may begin with whitespace ("… nächsten Monat"): the index is where the words begin.
  const index = result.index + (result.text.length - result.text.trimStart().length);
  const forward = looksForward(text, index, words);
  const unit = namedUnit(words);
  const interval = ((): Interval | null => {
    if (unit !== null) {
      // chrono steps "last month" from 31 March to 2 March (31 February
      // overflowing); date-fns clamps to the month's last day instead.
      const step = STEP_WORDS.exec(words);
      const shift = step === null ? null : stepOf(step[1] ?? '');
      const point =
        shift === null || unit === 'day' ? start.date() : addUnits(reference, unit, shift);
      if (unit !== 'day' && /\bago\b/i.test(words)) {
        // "a week ago" names a day; "a year ago" only its year.
        return unitSpan(point, unit === 'week' ? 'day' : unit);
      }
      return unitSpan(point, unit);
    }
    const day = componentsDay(start, reference, forward);
    if (day === null) return null;
    // Typed optional, but chrono sets `null` when there is no end.
    if (result.end) {
      const last = componentsDay(result.end, reference, forward);
      if (last === null) return day;
      // A range that ends before it starts ("29 - 1 December") is not read as a date.
      if (day.start !== null && last.end !== null && last.end < day.start) return null;
      return { start: day.start, end: last.end };
    }
    return day;
  })();
  if (interval === null) return null;
  return resolved(words, index, interval);
}

/** The days a parsed component names, when it names a calendar date at all. */
function componentsDay(
  components: ParsedComponents,
  reference: Date,
  forward: boolean,
): Interval | null {
  const certainYear = components.isCertain('year') ? components.get('year') : null;
  const month = components.isCertain('month') ? (components.get('month') ?? 1) - 1 : null;
  if (components.isCertain('day') && month !== null) {
    const day = components.get('day') ?? 1;
    const date =
      certainYear === null
        ? nearestDay(month, day, reference, forward)
        : new Date(certainYear, month, day);
    return date === null || !isValid(date) ? null : unitSpan(date, 'day');
  }
  if (month !== null) {
    const year = certainYear ?? yearForMonth(month, reference, forward);
    return unitSpan(new Date(year, month, 1), 'month');
  }
  if (components.isCertain('weekday')) {
    const weekday = components.get('weekday') ?? 0;
    const today = getDay(reference);
    const delta = forward ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
    return unitSpan(addDays(reference, delta), 'day');
  }
  if (certainYear !== null) return unitSpan(new Date(certainYear, 0, 1), 'year');
  return null;
}

const GERMAN_DATE_WORD =
  /(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|woche|monat|jahr|heute|gestern)/i;

/** `en`, `en-GB`, …: a BCP 47 tag of English. */
function isEnglish(language: string | undefined): boolean {
  return language !== undefined && /^en(?:-|$)/i.test(language);
}

function chronoMatches(text: string, reference: Date, language: string | undefined): DatePhrase[] {
  // Noon keeps chrono's arithmetic clear of daylight-saving edges.
  const instant = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate(), 12);
  // chrono's German parser reads stray English words ("in a") as dates, so
  // only its matches with a digit or a German date word are kept.
  // A kept match lies inside the text, so a text with neither has none: the
  // German parser (half of chrono's time) is skipped for it, and for text
  // known to be English, which is read as English (at 10,000 synthetic
  // English events it ran on 13,531 quotes and kept nothing).
  const german =
    !isEnglish(language) && (/\d/.test(text) || GERMAN_DATE_WORD.test(text))
      ? chronoDe
          .parse(text, instant)
          .filter((result) => /\d/.test(result.text) || GERMAN_DATE_WORD.test(result.text))
      : [];
  const results = [...chronoEn.parse(text, instant), ...german];
  return results
    .map((result) => resolveChrono(result, text, reference))
    .filter((phrase): phrase is DatePhrase => phrase !== null);
}

/**
 * Every date phrase in `text`, resolved against `reference` (YYYY-MM-DD), in
 * reading order. Where phrases overlap, the longest wins; at equal length our
 * own rules win over chrono, since they exist to correct it. `language` is
 * the text's BCP 47 tag, when known: English text is read as English only;
 * any other, or unknown, as English and German.
 */
export function findDatePhrases(text: string, reference: string, language?: string): DatePhrase[] {
  const referenceDate = dayStart(reference);
  const candidates = [
    ...ruleMatches(text, referenceDate).map((phrase) => ({ phrase, rank: 0 })),
    ...chronoMatches(text, referenceDate, language).map((phrase) => ({ phrase, rank: 1 })),
  ].sort(
    (a, b) =>
      b.phrase.text.length - a.phrase.text.length ||
      a.rank - b.rank ||
      a.phrase.index - b.phrase.index,
  );
  const chosen: DatePhrase[] = [];
  for (const { phrase } of candidates) {
    const end = phrase.index + phrase.text.length;
    const overlaps = chosen.some(
      (other) => phrase.index < other.index + other.text.length && other.index < end,
    );
    if (!overlaps) chosen.push(phrase);
  }
  return chosen.sort((a, b) => a.index - b.index);
}
