/**
 * The heart of normalize: articles + ledger in, dated and source-checked
 * event entries out, with every problem located. Pure: no file access.
 */
import {
  compareByDate,
  type EventEntry,
  type DerivationStep,
  type EventSource,
} from '../shared/schema/event.ts';
import type { SourceEntry } from '../shared/schema/source.ts';
import { referenceDate } from '../shared/schema/article.ts';
import type { Article } from './parse-article.ts';
import type { LedgerEntry } from './parse-ledger.ts';
import type { Problem } from './problems.ts';
import { findDatePhrases, type DatePhrase } from './dates/date-phrases.ts';
import { quoteFinder, type QuoteFinder } from './quote-match.ts';
import {
  contains,
  editorialInterval,
  formatInterval,
  intersect,
  isClosed,
  isEmpty,
  precisionOf,
  type Interval,
} from './dates/interval.ts';

/** An event entry and its summary (the markdown body of its file). */
export interface BuiltEvent {
  entry: EventEntry;
  summary: string;
}

/** A source entry and its body (the archived article text). */
export interface BuiltSource {
  entry: SourceEntry;
  body: string;
}

export interface BuiltContent {
  events: BuiltEvent[];
  sources: BuiltSource[];
  problems: Problem[];
}

/**
 * Builds every event and source; anything invalid becomes a problem, never a file.
 * `unparsed` names articles that exist but failed to parse (their problems are
 * reported already): evidence citing them is skipped without a problem.
 */
export function buildContent(
  articles: readonly Article[],
  ledger: readonly LedgerEntry[],
  ledgerFile: string,
  unparsed: ReadonlySet<string> = new Set(),
): BuiltContent {
  const problems: Problem[] = [];
  const byId = new Map(
    articles.map((article) => [article.id, { article, quotes: quoteFinder(article.body) }]),
  );
  problems.push(...checkIds(ledger, ledgerFile));

  const events: BuiltEvent[] = [];
  for (const entry of ledger) {
    const built = buildEvent(entry, byId, ledgerFile, unparsed);
    if ('problems' in built) problems.push(...built.problems);
    else events.push(built);
  }
  events.sort((a, b) => compareByDate(a.entry, b.entry));
  const sources = [...articles]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((article) => buildSource(article));
  return { events, sources, problems };
}

/** Ids and aliases are URLs: each may name one event only. */
function checkIds(ledger: readonly LedgerEntry[], file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { line: number; as: string }>();
  for (const { event, line } of ledger) {
    const names = [
      { name: event.id, line: line(['id']), as: 'id' },
      ...event.aliases.map((alias, index) => ({
        name: alias,
        line: line(['aliases', index]),
        as: 'alias',
      })),
    ];
    for (const { name, line: at, as } of names) {
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, { line: at, as });
        continue;
      }
      problems.push({
        file,
        line: at,
        message: `duplicate ${as} '${name}': line ${String(first.line)} already uses it as an ${first.as}`,
        fix: 'ids are URLs and are never reused: choose a new id (keep an old one only in `aliases` of the event it named)',
      });
    }
  }
  return problems;
}

function buildEvent(
  ledgerEntry: LedgerEntry,
  articles: ReadonlyMap<string, { article: Article; quotes: QuoteFinder }>,
  file: string,
  unparsed: ReadonlySet<string>,
): BuiltEvent | { problems: Problem[] } {
  const { event, line } = ledgerEntry;
  const problems: Problem[] = [];
  // Evidence citing an article that failed to parse: its problems are reported there.
  const incomplete = event.evidence.some(
    (evidence) => !articles.has(evidence.source) && unparsed.has(evidence.source),
  );
  const steps: DerivationStep[] = [];
  const sources: EventSource[] = [];

  event.evidence.forEach((evidence, index) => {
    const at = (field: string): number => line(['evidence', index, field]);
    const found = articles.get(evidence.source);
    if (found === undefined && unparsed.has(evidence.source)) return;
    if (found === undefined) {
      problems.push({
        file,
        line: at('source'),
        message: `event '${event.id}' cites unknown source '${evidence.source}'`,
        fix: `use one of: ${[...articles.keys()].sort().join(', ')} (or add seeds/articles/${evidence.source}.md)`,
      });
      return;
    }
    const { article, quotes } = found;
    const offset = quotes.find(evidence.quote);
    if (offset === null) {
      const prefix = quotes.longestMatchingPrefix(evidence.quote);
      problems.push({
        file,
        line: at('quote'),
        message: `event '${event.id}': the quote is not in ${article.file}${
          prefix.length > 0 ? ` (it matches up to "…${prefix.slice(-40)}")` : ''
        }`,
        fix: 'copy the words exactly from the article body (whitespace and curly quotes may differ, nothing else)',
      });
      return;
    }
    const quote = article.body.slice(offset[0], offset[1]);
    const reference = referenceDate(article.frontmatter.published);
    const phrase = pickPhrase(quote, reference, evidence.phrase);
    if ('problem' in phrase) {
      problems.push({
        file,
        line: at(evidence.phrase === undefined ? 'quote' : 'phrase'),
        message: `event '${event.id}': ${phrase.problem}`,
        fix: phrase.fix,
      });
      return;
    }
    const interval: Interval =
      phrase.found === null ? { start: null, end: reference } : phrase.found.interval;
    steps.push({
      source: article.id,
      phrase: phrase.found?.text ?? null,
      reference,
      start: interval.start,
      end: interval.end,
      precision: phrase.found?.precision ?? 'range',
      label: formatInterval(interval),
    });
    sources.push({
      id: article.id,
      publisher: article.frontmatter.publisher,
      title: article.frontmatter.title,
      published: reference,
      url: article.frontmatter.url ?? null,
      quote,
      offset,
    });
  });
  if (problems.length > 0 || incomplete) return { problems };

  const implied = intersect(steps);
  if (isEmpty(implied)) {
    return { problems: [disjointProblem(ledgerEntry, steps, file)] };
  }

  let shown: Interval = implied;
  if (event.date !== undefined) {
    const editorial = editorialInterval(event.date);
    if (!contains(implied, editorial) && event.date_note === undefined) {
      problems.push({
        file,
        line: line(['date']),
        message: `event '${event.id}': the editorial date ${event.date} lies outside what the sources say (${formatInterval(implied)})`,
        fix: 'correct the date, or add `date_note` explaining why the sources are wrong',
      });
    }
    shown = editorial;
  } else if (!isClosed(implied)) {
    problems.push({
      file,
      line: line(['evidence']),
      message: `event '${event.id}': the sources only say "${formatInterval(implied)}", an open-ended date`,
      fix: 'add a quote that bounds the other side, or an editorial `date` with `date_citation`',
    });
  }
  if (problems.length > 0 || !isClosed(shown)) return { problems };

  return {
    entry: {
      id: event.id,
      title: event.title,
      start: shown.start,
      end: shown.end,
      precision: precisionOf(shown),
      label: formatInterval(shown),
      group: event.group,
      tags: event.tags,
      implied: {
        start: implied.start,
        end: implied.end,
        precision: precisionOf(implied),
        label: formatInterval(implied),
      },
      editorial:
        event.date === undefined || event.date_citation === undefined
          ? null
          : {
              date: event.date,
              note: event.date_note?.trim() ?? null,
              citation: event.date_citation,
            },
      derivation: steps,
      sources,
      aliases: event.aliases,
    },
    summary: event.summary.trim(),
  };
}

type PhrasePick = { found: DatePhrase | null } | { problem: string; fix: string };

/**
 * The one date phrase that dates this quote: the one inside `phrase` when the
 * editor named it, else the only one the quote has (or none).
 */
function pickPhrase(quote: string, reference: string, phrase: string | undefined): PhrasePick {
  const found = findDatePhrases(quote, reference);
  if (phrase !== undefined) {
    const at = quote.indexOf(phrase);
    if (at < 0) {
      return {
        problem: `the phrase "${phrase}" is not inside the quote`,
        fix: 'make `phrase` the exact date words as they stand in the quote',
      };
    }
    const inside = found.filter(
      (candidate) =>
        candidate.index >= at && candidate.index + candidate.text.length <= at + phrase.length,
    );
    if (inside.length !== 1) {
      return {
        problem:
          inside.length === 0
            ? `no date is recognised in the phrase "${phrase}"`
            : `the phrase "${phrase}" holds several dates (${inside.map((p) => p.text).join('; ')})`,
        fix:
          inside.length === 0
            ? 'name date words the build understands (see /about/), or give an editorial `date` with `date_citation`'
            : 'narrow `phrase` to the words that date this event',
      };
    }
    return { found: inside[0] ?? null };
  }
  if (found.length > 1) {
    return {
      problem: `the quote holds several date phrases (${found.map((p) => `"${p.text}"`).join(', ')})`,
      fix: 'add `phrase:` with the words that date this event, or shorten the quote',
    };
  }
  return { found: found[0] ?? null };
}

/** Names the two quotes whose dates cannot both be true. */
function disjointProblem(
  entry: LedgerEntry,
  steps: readonly DerivationStep[],
  file: string,
): Problem {
  const latestStart = steps.reduce<number>(
    (best, step, index) =>
      step.start !== null && (best < 0 || step.start > (steps[best]?.start ?? '')) ? index : best,
    -1,
  );
  const earliestEnd = steps.reduce<number>(
    (best, step, index) =>
      step.end !== null && (best < 0 || step.end < (steps[best]?.end ?? '')) ? index : best,
    -1,
  );
  const describe = (index: number): string => {
    const step = steps[index];
    const quote = entry.event.evidence[index]?.quote ?? '';
    return `"${quote}" (${step?.source ?? '?'}, line ${String(entry.line(['evidence', index, 'quote']))}: ${step?.label ?? '?'})`;
  };
  return {
    file,
    line: entry.line(['evidence']),
    message: `event '${entry.event.id}': the evidence is disjoint: ${describe(earliestEnd)} ends before ${describe(latestStart)} begins`,
    fix: 'check both quotes: one of them is about another event, or its date words say something else',
  };
}

function buildSource(article: Article): BuiltSource {
  const { frontmatter } = article;
  return {
    entry: {
      id: article.id,
      title: frontmatter.title,
      publisher: frontmatter.publisher,
      authors: frontmatter.authors,
      published: frontmatter.published,
      published_basis: frontmatter.published_basis,
      url: frontmatter.url ?? null,
      language: frontmatter.language,
      republishes: frontmatter.republishes ?? null,
      notes: frontmatter.notes ?? null,
      raw: frontmatter.raw,
      reference: referenceDate(frontmatter.published),
    },
    body: article.body,
  };
}
