/**
 * The generated frontmatter's YAML, through the `yaml` package: normalize's
 * writer, and a reader for gray-matter.
 * Reading is YAML 1.2: js-yaml (gray-matter's default, YAML 1.1) turns
 * `2019-05-09T06:48:00+02:00` into a UTC Date and loses the publisher's own
 * calendar day; YAML 1.2 keeps it a string.
 * Writing follows YAML 1.1's rules, so every string that a 1.1 reader (such
 * as Astro's frontmatter parser) would take for a date, number or boolean is
 * quoted, and both kinds of reader see the same values. Output is
 * deterministic: keys in insertion order, no line folding.
 */
import { Document, isScalar, parseDocument, visit } from 'yaml';

const OPTIONS = { lineWidth: 0, version: '1.1' } as const;

/**
 * Stands in for a key `<<` while `yaml` writes the document: its 1.1 schema
 * writes `<<` plain whatever the node's style, and a YAML 1.1 reader
 * (js-yaml) takes a plain `<<` key for a merge key. A private-use character
 * no record holds.
 */
const MERGE_LIKE = '<<\uE000';
/** The stand-in as a key, at the start of a line or after a list's dash. */
const MERGE_LIKE_KEY = /^([ ]*(?:- )*)"<<\uE000":/gm;

/**
 * `yaml`'s own output: the reference the fast writer must match byte for
 * byte. A key `<<` is written double-quoted, so every reader reads a key.
 */
export function stringifyWithLibrary(data: unknown): string {
  const document = new Document(data, OPTIONS);
  visit(document, {
    Pair: (_, pair) => {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        pair.key.value = MERGE_LIKE;
        pair.key.type = 'QUOTE_DOUBLE';
      }
    },
  });
  const text = document.toString(OPTIONS);
  return text.includes(MERGE_LIKE) ? text.replace(MERGE_LIKE_KEY, '$1"<<":') : text;
}

/** A value the fast writer leaves to the library. */
class Unsupported extends Error {}

/** Strings whose style can depend on where they stand (block scalars, document markers). */
const CONTEXTUAL = /[\n\r]|^(%|---|\.\.\.)/;
/** Keys written plain: lower-case words that no YAML 1.1 reader takes for a boolean or null. */
const PLAIN_KEY = /^[a-z][a-z_]*$/;

/** Plain-safe strings: a letter first, no indicator, no `: ` or ` #`, no space at the end. */
const SAFE_PLAIN = /^[A-Za-z](?:[A-Za-z0-9 ,.'()/-]*[A-Za-z0-9,.'()/-])?$/;
const RESERVED_WORDS = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);
/** The longest reserved word: longer strings need no lower-cased copy to be told apart. */
const RESERVED_LENGTH = 5;

function isReserved(word: string): boolean {
  return word.length <= RESERVED_LENGTH && RESERVED_WORDS.has(word.toLowerCase());
}

/** Keys already found plain: a record's few keys repeat in every record. */
const plainKeys = new Set<string>();
/**
 * Calendar dates, times of publication and bare years, which a YAML 1.1
 * reader takes for a timestamp or an integer: the library double-quotes them.
 */
const DATE_OR_YEAR = /^\d{4}(?:-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?)?$/;
/**
 * A day or days, then plain words ("16 July 2019", "1 January – 3 April
 * 2016"): no YAML 1.1 type has a space after its digits, so the library
 * writes them plain. With the dates, these were 9,200 of the library's
 * 14,300 calls at 10,000 events (0.23 s in all).
 */
const DAYS_THEN_WORDS =
  /^\d{1,2}(?:–\d{1,2})? [A-Za-z](?:[A-Za-z0-9 ,.'()/–-]*[A-Za-z0-9,.'()/–-])?$/;
/** Web addresses the library writes plain: each source's is asked once otherwise, 4,500 calls at 10,000 events. */
const SAFE_URL = /^https?:\/\/[A-Za-z0-9._~/-]+$/;

/**
 * A single-line string as the library writes it. Outside block scalars the
 * style (plain, single or double quotes) does not depend on the position, so
 * each distinct string is asked once: labels, dates and publishers repeat
 * across thousands of records.
 */
const scalarCache = new Map<string, string>();

function scalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
    throw new Unsupported();
  }
  if (typeof value !== 'string' || CONTEXTUAL.test(value)) throw new Unsupported();
  // Words, digits and light punctuation starting with a letter: plain in
  // every YAML reader, unless a YAML 1.1 reader takes the word for a boolean or null.
  if (SAFE_PLAIN.test(value) && !isReserved(value)) return value;
  if (SAFE_URL.test(value) || DAYS_THEN_WORDS.test(value)) return value;
  if (DATE_OR_YEAR.test(value)) return `"${value}"`;
  let written = scalarCache.get(value);
  if (written === undefined) {
    written = stringifyWithLibrary(value).slice(0, -1);
    if (written.includes('\n')) throw new Unsupported();
    scalarCache.set(value, written);
  }
  return written;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A map's lines at `indent` (nested maps and lists two spaces deeper, like the library). */
function mapLines(record: Record<string, unknown>, indent: string, out: string[]): void {
  // Plain objects (isRecord): a for-in loop sees their own keys, in order, with no array per record.
  for (const key in record) {
    const value = record[key];
    if (value === undefined) continue;
    if (!plainKeys.has(key)) {
      if (!PLAIN_KEY.test(key) || RESERVED_WORDS.has(key)) throw new Unsupported();
      plainKeys.add(key);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) out.push(`${indent}${key}: []`);
      else {
        out.push(`${indent}${key}:`);
        seqLines(value, `${indent}  `, out);
      }
    } else if (isRecord(value)) {
      if (Object.keys(value).length === 0) out.push(`${indent}${key}: {}`);
      else {
        out.push(`${indent}${key}:`);
        mapLines(value, `${indent}  `, out);
      }
    } else {
      out.push(`${indent}${key}: ${scalar(value)}`);
    }
  }
}

/** A list's lines at `indent`: a map item starts on the dash line, its other keys under it. */
function seqLines(list: readonly unknown[], indent: string, out: string[]): void {
  for (const item of list) {
    if (Array.isArray(item)) {
      if (item.length > 0) throw new Unsupported();
      out.push(`${indent}- []`);
    } else if (isRecord(item)) {
      const first = out.length;
      mapLines(item, `${indent}  `, out);
      // The first key moves up onto the dash line.
      const line = out[first];
      if (line === undefined) out.push(`${indent}- {}`);
      else out[first] = `${indent}- ${line.slice(indent.length + 2)}`;
    } else {
      out.push(`${indent}- ${scalar(item)}`);
    }
  }
}

/**
 * The same text as `stringifyWithLibrary`, written directly for the shapes
 * normalize writes (maps, lists, single-line strings, integers, null): the
 * library builds a document tree per record, which took most of normalize's
 * time at 10,000 events. Anything else falls back to the library.
 */
export function stringifyFrontmatter(data: unknown): string {
  if (!isRecord(data)) return stringifyWithLibrary(data);
  try {
    const lines: string[] = [];
    mapLines(data, '', lines);
    return lines.length === 0 ? '{}\n' : `${lines.join('\n')}\n`;
  } catch (error) {
    if (error instanceof Unsupported) return stringifyWithLibrary(data);
    throw error;
  }
}

/** For reading generated files with gray-matter (the tests do); render.ts writes them itself. */
export const yamlEngine = {
  parse: (text: string): object => parseDocument(text).toJS() as object,
};
