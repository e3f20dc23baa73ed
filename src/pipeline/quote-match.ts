/**
 * Finds a quote in an article body, tolerant of the differences copying
 * introduces: runs of whitespace (no-break spaces and line breaks included)
 * and typographic quotes. Offsets returned are into the original body.
 */

/** Typographic single quotes (and the prime), folded to ASCII '. */
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032]);
/** Typographic double quotes (and the double prime), folded to ASCII ". */
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033]);

/** What `/\s/` matches (no-break spaces and line breaks included), by code unit. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The folded text, and for each of its characters the index it came from. */
export interface FoldedText {
  text: string;
  /**
   * Typed, not a number[]: off V8's heap, which the collector then need not
   * scan, and allocated once at its largest rather than grown a push at a time.
   */
  origin: Int32Array;
}

/**
 * Folds whitespace runs to one space and typographic quotes to ASCII. Runs
 * of ordinary characters are copied as slices (article bodies are long).
 */
export function fold(text: string): FoldedText {
  const parts: string[] = [];
  const origin = new Int32Array(text.length);
  let length = 0;
  let inSpace = false;
  let runStart = 0;
  const flush = (end: number): void => {
    if (end > runStart) parts.push(text.slice(runStart, end));
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Most characters: neither whitespace nor a typographic quote.
    if (code > 0x20 && code < 0xa0) {
      inSpace = false;
      origin[length++] = index;
      continue;
    }
    if (isWhitespace(code)) {
      flush(index);
      runStart = index + 1;
      if (!inSpace) {
        parts.push(' ');
        origin[length++] = index;
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    origin[length++] = index;
    const single = SINGLE_QUOTES.has(code);
    if (single || DOUBLE_QUOTES.has(code)) {
      flush(index);
      runStart = index + 1;
      parts.push(single ? "'" : '"');
    }
  }
  flush(text.length);
  return { text: parts.join(''), origin: origin.subarray(0, length) };
}

/** Where a quote stands in a body: `[start, end)` offsets into the original body. */
type Offset = [number, number];

/** Finds quotes in one body, folding the body once however many quotes are looked up. */
export interface QuoteFinder {
  /** Where `quote` stands in the body; `null` when it is not there. */
  find: (quote: string) => Offset | null;
  /** The longest leading part of `quote` the body has, for error messages. */
  longestMatchingPrefix: (quote: string) => string;
}

export function quoteFinder(body: string): QuoteFinder {
  const haystack = fold(body);
  return {
    find: (quote) => {
      const needle = fold(quote).text.trim();
      if (needle.length === 0) return null;
      const at = haystack.text.indexOf(needle);
      if (at < 0) return null;
      const start = haystack.origin[at];
      const last = haystack.origin[at + needle.length - 1];
      if (start === undefined || last === undefined) return null;
      return [start, last + 1];
    },
    longestMatchingPrefix: (quote) => {
      const needle = fold(quote).text.trim();
      let low = 0;
      let high = needle.length;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (haystack.text.includes(needle.slice(0, middle))) low = middle;
        else high = middle - 1;
      }
      return needle.slice(0, low);
    },
  };
}
