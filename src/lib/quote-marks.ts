/**
 * The archived article as paragraphs, with every quoted passage marked.
 *
 * Offsets come from `content/events/*.md` (`sources[].offset`, [start, end)
 * into the source body as the generator wrote it). Every quote is checked
 * against the body before anything is drawn: a mismatch is a build error.
 * Overlapping quotes become one <mark>; the ids of the others sit on empty
 * anchors inside it, at the offset where each begins, so every
 * `#quote-<event>-<n>` link still lands and the HTML stays well formed.
 */

export interface Quote {
  /** The anchor id: `quote-<event-id>-<n>`. */
  id: string;
  start: number;
  end: number;
  /** The passage as the event file gives it; must equal body.slice(start, end). */
  text: string;
  /** What the link after the mark points at. */
  ref: QuoteRef;
}

export interface QuoteRef {
  eventId: string;
  title: string;
  href: string;
  /** 1-based position of the event in the page's list of supported events. */
  number: number;
}

export type MarkPart = { kind: 'text'; text: string } | { kind: 'anchor'; id: string };

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

/** Throws, naming the file, when a quote is not the body text at its offsets. */
export function checkQuotes(body: string, quotes: readonly Quote[], where: string): void {
  for (const quote of quotes) {
    const found = body.slice(quote.start, quote.end);
    if (
      quote.start < 0 ||
      quote.end > body.length ||
      quote.start >= quote.end ||
      found !== quote.text
    ) {
      throw new Error(
        `${where}: ${quote.id} is at [${String(quote.start)}, ${String(quote.end)}) but the body there reads ` +
          `${JSON.stringify(found)}, not the quote ${JSON.stringify(quote.text)}. ` +
          'Regenerate content/ with `npm run normalize`.',
      );
    }
  }
}

interface Span {
  start: number;
  end: number;
  /** Ids in order of their start; the first is the mark's own. */
  anchors: { id: string; at: number }[];
  refs: QuoteRef[];
}

/** Sorted, overlapping quotes merged into one span. Touching quotes stay apart. */
export function mergeQuotes(quotes: readonly Quote[]): Span[] {
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

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * A link to the event, drawn as a small numbered pill. The number is CSS
 * generated content and the name an aria-label, so the article's own text
 * stays exactly the article's (find-in-page, copy and paste, tests).
 */
function refHtml(ref: QuoteRef): string {
  const label = `Quoted in event ${String(ref.number)}: ${ref.title}`;
  return (
    `<a class="quote-ref" href="${escapeHtml(ref.href)}" data-n="${String(ref.number)}"` +
    ` aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}"></a>`
  );
}

/**
 * The marked paragraphs as HTML. Built here, every text escaped, rather than
 * in a template, because whitespace between inline elements matters and a
 * unit test can then see exactly what the page gets.
 */
export function paragraphsHtml(paragraphs: readonly Paragraph[]): string {
  return paragraphs
    .map((inlines) => {
      const inner = inlines
        .map((inline) => {
          if (inline.kind === 'text') return escapeHtml(inline.text);
          const id = inline.id === null ? '' : ` id="${escapeHtml(inline.id)}"`;
          const parts = inline.parts
            .map((part) =>
              part.kind === 'text'
                ? escapeHtml(part.text)
                : `<span class="quote-anchor" id="${escapeHtml(part.id)}"></span>`,
            )
            .join('');
          const refs =
            inline.refs.length === 0
              ? ''
              : `<span class="quote-refs">${inline.refs.map(refHtml).join('')}</span>`;
          return `<mark class="quote"${id}>${parts}</mark>${refs}`;
        })
        .join('');
      return `<p>${inner}</p>`;
    })
    .join('\n');
}
