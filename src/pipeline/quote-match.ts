/**
 * Finds a quote in an article body, tolerant of the differences copying
 * introduces: runs of whitespace (no-break spaces and line breaks included)
 * and typographic quotes. Offsets returned are into the original body.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const WHITESPACE = /\s/; // includes U+00A0, U+2009, U+202F and line breaks

/** The folded text, and for each of its characters the index it came from. */
export interface FoldedText {
  text: string;
  origin: number[];
}

/** Folds whitespace runs to one space and typographic quotes to ASCII. */
export function fold(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (WHITESPACE.test(char)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(index);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    folded += SINGLE_QUOTES.test(char) ? "'" : DOUBLE_QUOTES.test(char) ? '"' : char;
    origin.push(index);
  }
  return { text: folded, origin };
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
