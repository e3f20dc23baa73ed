/**
 * The heart of normalize: articles + ledger in, dated and source-checked
 * event entries out, with every problem located. Pure: no file access.
 * Everything the pages need is worked out here, once: each quote's anchor
 * and reading, each source's citations, the alias map.
 */
import { quoteAnchor } from '../shared/anchors.ts';
import { referenceDate } from '../shared/schema/article.ts';
import { compareByDate, type EventEntry, type Evidence } from '../shared/schema/event.ts';
import type { AliasEntry, CitationEntry, SourceEntry } from '../shared/schema/source.ts';
import type { Article } from './parse-article.ts';
import type { LedgerEntry } from './parse-ledger.ts';
import type { Problem } from './problems.ts';
import { findDatePhrases, type DatePhrase } from './dates/date-phrases.ts';
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
import { quoteFinder, type QuoteFinder } from './quote-match.ts';

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
  /** In date order. */
  events: BuiltEvent[];
  /** In id order. */
  sources: BuiltSource[];
  /** Every alias, in alias order. */
  aliases: AliasEntry[];
  problems: Problem[];
}

/**
 * Builds every event and source; anything invalid becomes a problem, never a file.
 * `unparsed` names articles that exist but failed to parse (their problems are
 * reported already): evidence citing them is skipped without a problem.
 * `onEvent` sees each event as soon as it is built (so its file can be
 * written while the rest are built), until the first problem.
 */
export function buildContent(
  articles: readonly Article[],
  ledger: readonly LedgerEntry[],
  ledgerFile: string,
  unparsed: ReadonlySet<string> = new Set(),
  onEvent?: (event: BuiltEvent) => void,
): BuiltContent {
  const problems: Problem[] = [];
  const byId = new Map(
    articles.map((article) => [article.id, { article, quotes: quoteFinder(article.body) }]),
  );
  problems.push(...checkIds(ledger, ledgerFile));

  const events: BuiltEvent[] = [];
  for (const entry of ledger) {
    const built = buildEvent(entry, byId, ledgerFile, unparsed);
    if ('problems' in built) {
      problems.push(...built.problems);
    } else {
      events.push(built);
      if (problems.length === 0) onEvent?.(built);
    }
  }
  events.sort((a, b) => compareByDate(a.entry, b.entry));
  const citations = citationsBySource(events);
  const sources = [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((article) => buildSource(article, citations.get(article.id) ?? []));
  return { events, sources, aliases: aliasList(events), problems };
}

/** Ids and aliases are URLs: each may name one event only. */
function checkIds(ledger: readonly LedgerEntry[], file: string): Problem[] {
  const problems: Problem[] = [];
  // Lines are looked up only for a duplicate: finding one in a long YAML
  // document is not free, and 10,000 events have no duplicate.
  const seen = new Map<string, { line: () => number; as: string }>();
  for (const { event, line } of ledger) {
    const names = [
      { name: event.id, line: () => line(['id']), as: 'id' },
      ...event.aliases.map((alias, index) => ({
        name: alias,
        line: () => line(['aliases', index]),
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
        line: at(),
        message: `duplicate ${as} '${name}': line ${String(first.line())} already uses it as an ${first.as}`,
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
    (item) => !articles.has(item.source) && unparsed.has(item.source),
  );
  const evidence: Evidence[] = [];

  event.evidence.forEach((item, index) => {
    const at = (field: string): number => line(['evidence', index, field]);
    const found = articles.get(item.source);
    if (found === undefined && unparsed.has(item.source)) return;
    if (found === undefined) {
      problems.push({
        file,
        line: at('source'),
        message: `event '${event.id}' cites unknown source '${item.source}'`,
        fix: `use one of: ${[...articles.keys()].sort().join(', ')} (or add seeds/articles/${item.source}.md)`,
      });
      return;
    }
    const { article, quotes } = found;
    const offset = quotes.find(item.quote);
    if (offset === null) {
      const prefix = quotes.longestMatchingPrefix(item.quote);
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
    const picked = pickPhrases(quote, reference, article.frontmatter.language, item.phrase);
    if ('problem' in picked) {
      problems.push({
        file,
        line: at(item.phrase === undefined ? 'quote' : 'phrase'),
        message: `event '${event.id}': ${picked.problem}`,
        fix: picked.fix,
      });
      return;
    }
    const gives: Interval =
      picked.phrases.length === 0
        ? { start: null, end: reference }
        : intersect(picked.phrases.map((phrase) => phrase.interval));
    evidence.push({
      source: {
        id: article.id,
        publisher: article.frontmatter.publisher,
        title: article.frontmatter.title,
        published: reference,
        url: article.frontmatter.url ?? null,
      },
      quote,
      offset,
      anchor: quoteAnchor(event.id, index),
      reference,
      reading: picked.phrases.map((phrase) => ({
        phrase: phrase.text,
        ...dated(phrase.interval, phrase.precision),
      })),
      gives: dated(gives, picked.phrases.length === 1 ? picked.phrases[0]?.precision : undefined),
    });
  });
  if (problems.length > 0 || incomplete) return { problems };

  const implied = intersect(evidence.map((item) => item.gives));
  if (isEmpty(implied)) {
    return { problems: [disjointProblem(ledgerEntry, evidence, file)] };
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
      implied: dated(implied),
      editorial:
        event.date === undefined || event.date_citation === undefined
          ? null
          : {
              date: event.date,
              note: event.date_note?.trim() ?? null,
              citation: event.date_citation,
            },
      evidence,
      aliases: event.aliases,
    },
    summary: event.summary.trim(),
  };
}

/** An interval with its precision (its shape's, unless a phrase says better) and its words. */
function dated(
  interval: Interval,
  precision = precisionOf(interval),
): { start: string | null; end: string | null; precision: EventEntry['precision']; label: string } {
  return { start: interval.start, end: interval.end, precision, label: formatInterval(interval) };
}

type PhrasePick = { phrases: DatePhrase[] } | { problem: string; fix: string };

/**
 * The date phrases that date this quote: those inside the words the editor
 * named in `phrase`, else every phrase the quote has. Several phrases are
 * read together (their intervals intersected); when they cannot all be
 * true, the editor must name the ones that count. The quote is read in its
 * article's `language`.
 */
function pickPhrases(
  quote: string,
  reference: string,
  language: string,
  named: string | readonly string[] | undefined,
): PhrasePick {
  const found = findDatePhrases(quote, reference, language);
  if (named !== undefined) {
    const picked: DatePhrase[] = [];
    for (const phrase of typeof named === 'string' ? [named] : named) {
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
      if (inside.length === 0) {
        return {
          problem: `no date is recognised in the phrase "${phrase}"`,
          fix: 'name date words the build understands (see /about/), or give an editorial `date` with `date_citation`',
        };
      }
      picked.push(...inside);
    }
    return agreeing(picked, 'the named phrases disagree');
  }
  return agreeing(found, 'the date phrases of the quote disagree');
}

/** The phrases, when their intervals overlap; else a problem naming each one's reading. */
function agreeing(phrases: DatePhrase[], what: string): PhrasePick {
  if (!isEmpty(intersect(phrases.map((phrase) => phrase.interval)))) return { phrases };
  return {
    problem: `${what}: ${phrases
      .map((phrase) => `"${phrase.text}" gives ${formatInterval(phrase.interval)}`)
      .join('; ')}`,
    fix: 'add `phrase:` with the words that date this event (one phrase, or a list of phrases read together)',
  };
}

/** Names the two quotes whose dates cannot both be true. */
function disjointProblem(entry: LedgerEntry, evidence: readonly Evidence[], file: string): Problem {
  const spans = evidence.map((item) => item.gives);
  const latestStart = spans.reduce<number>(
    (best, span, index) =>
      span.start !== null && (best < 0 || span.start > (spans[best]?.start ?? '')) ? index : best,
    -1,
  );
  const earliestEnd = spans.reduce<number>(
    (best, span, index) =>
      span.end !== null && (best < 0 || span.end < (spans[best]?.end ?? '')) ? index : best,
    -1,
  );
  const describe = (index: number): string => {
    const item = evidence[index];
    const quote = entry.event.evidence[index]?.quote ?? '';
    return `"${quote}" (${item?.source.id ?? '?'}, line ${String(entry.line(['evidence', index, 'quote']))}: ${item?.gives.label ?? '?'})`;
  };
  return {
    file,
    line: entry.line(['evidence']),
    message: `event '${entry.event.id}': the evidence is disjoint: ${describe(earliestEnd)} ends before ${describe(latestStart)} begins`,
    fix: 'check both quotes: one of them is about another event, or its date words say something else',
  };
}

/** Each source's quoted passages, in the events' date order, then evidence order. */
function citationsBySource(events: readonly BuiltEvent[]): Map<string, CitationEntry[]> {
  const bySource = new Map<string, CitationEntry[]>();
  for (const { entry } of events) {
    for (const item of entry.evidence) {
      const list = bySource.get(item.source.id) ?? [];
      list.push({
        event: entry.id,
        title: entry.title,
        start: entry.start,
        end: entry.end,
        precision: entry.precision,
        label: entry.label,
        anchor: item.anchor,
        offset: item.offset,
      });
      bySource.set(item.source.id, list);
    }
  }
  return bySource;
}

/** Every old id with the event it now is, in old-id order (checkIds has made each unique). */
function aliasList(events: readonly BuiltEvent[]): AliasEntry[] {
  return events
    .flatMap(({ entry }) => entry.aliases.map((alias) => ({ id: alias, event: entry.id })))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function buildSource(article: Article, citations: CitationEntry[]): BuiltSource {
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
      citations,
    },
    body: article.body,
  };
}
