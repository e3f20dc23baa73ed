/**
 * The archived article as paragraphs, with every quoted passage marked: a
 * pure function from the body and the source record's citations to a tree
 * that MarkedText.astro renders (and Astro escapes).
 *
 * Offsets come from the source record (`citations[].offset`, [start, end)
 * into the body as normalize wrote it, which normalize has checked).
 * Overlapping quotes become one <mark>; the ids of the others sit on empty
 * anchors inside it, at the offset where each begins, so every
 * `#quote-<event>-<n>` link still lands and the HTML stays well formed.
 */

export interface Quote {
  /** The anchor id: `quote-<event-id>-<n>`. */
  id: string;
  start: number;
  end: number;
  /** What the link after the mark points at. */
  ref: QuoteRef;
}

interface QuoteRef {
  eventId: string;
  title: string;
  /** 1-based position of the event in the page's list of supported events. */
  number: number;
}

type MarkPart = { kind: 'text'; text: string } | { kind: 'anchor'; id: string };

export type Inline =
  | { kind: 'text'; text: string }
  | {
      kind: 'mark';
      /** The mark's id, on the first piece of a passage only. */
      id: string | null;
      parts: MarkPart[];
      /** Links to the events quoting this passage, after its last piece only. */
      refs: QuoteRef[];
    };

export type Paragraph = Inline[];

interface Span {
  start: number;
  end: number;
  /** Ids in order of their start; the first is the mark's own. */
  anchors: { id: string; at: number }[];
  refs: QuoteRef[];
}

/** Sorted, overlapping quotes merged into one span. Touching quotes stay apart. */
function mergeQuotes(quotes: readonly Quote[]): Span[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: Span[] = [];
  for (const quote of sorted) {
    const last = spans.at(-1);
    if (last !== undefined && quote.start < last.end) {
      last.end = Math.max(last.end, quote.end);
      last.anchors.push({ id: quote.id, at: quote.start });
      if (!last.refs.some((ref) => ref.eventId === quote.ref.eventId)) last.refs.push(quote.ref);
    } else {
      spans.push({
        start: quote.start,
        end: quote.end,
        anchors: [{ id: quote.id, at: quote.start }],
        refs: [quote.ref],
      });
    }
  }
  return spans;
}

/** [start, end) of each paragraph: text between blank lines, trimmed. */
export function paragraphRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(body.charAt(s))) s += 1;
    while (e > s && /\s/.test(body.charAt(e - 1))) e -= 1;
    if (e > s) ranges.push([s, e]);
  };
  for (const match of body.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, body.length);
  return ranges;
}

function markParts(body: string, start: number, end: number, anchors: Span['anchors']): MarkPart[] {
  const parts: MarkPart[] = [];
  let at = start;
  for (const anchor of anchors) {
    if (anchor.at > at) {
      parts.push({ kind: 'text', text: body.slice(at, anchor.at) });
      at = anchor.at;
    }
    parts.push({ kind: 'anchor', id: anchor.id });
  }
  if (end > at) parts.push({ kind: 'text', text: body.slice(at, end) });
  return parts;
}

/** The body as paragraphs of text and marks. Every quote id appears exactly once. */
export function markedParagraphs(body: string, quotes: readonly Quote[]): Paragraph[] {
  const spans = mergeQuotes(quotes);
  const placed = new Set<string>();
  const paragraphs: Paragraph[] = [];
  for (const [pStart, pEnd] of paragraphRanges(body)) {
    const inlines: Paragraph = [];
    let at = pStart;
    for (const span of spans) {
      const start = Math.max(span.start, pStart);
      const end = Math.min(span.end, pEnd);
      if (start >= end) continue;
      if (start > at) inlines.push({ kind: 'text', text: body.slice(at, start) });
      // Ids not yet placed that begin before this piece ends go here; the
      // first of them (the mark's own, on its first piece) becomes the mark id.
      const pending = span.anchors.filter((anchor) => !placed.has(anchor.id) && anchor.at < end);
      const own =
        pending[0] !== undefined && pending[0].id === span.anchors[0]?.id ? pending[0] : null;
      const inner = pending
        .filter((anchor) => anchor !== own)
        .map((anchor) => ({ id: anchor.id, at: Math.max(anchor.at, start) }));
      for (const anchor of pending) placed.add(anchor.id);
      inlines.push({
        kind: 'mark',
        id: own?.id ?? null,
        parts: markParts(body, start, end, inner),
        refs: span.end <= pEnd ? span.refs : [],
      });
      at = end;
    }
    if (pEnd > at) inlines.push({ kind: 'text', text: body.slice(at, pEnd) });
    paragraphs.push(inlines);
  }
  const missing = quotes.filter((quote) => !placed.has(quote.id));
  if (missing.length > 0) {
    throw new Error(
      `quotes fall outside the article's paragraphs: ${missing.map((quote) => quote.id).join(', ')}`,
    );
  }
  return paragraphs;
}
