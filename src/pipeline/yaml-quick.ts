/**
 * The fast way to read a seed's YAML: its value only, or `null` when the
 * careful reader (`yaml`'s Document, which keeps every node's position) must
 * look at it. Pure.
 *
 * js-yaml reads a 10,000-event ledger in about 0.3 s where building `yaml`'s
 * Document takes about 2 s, and positions only matter when there is a problem
 * to locate. So a valid file is read here, and its positions are found on
 * demand; anything js-yaml refuses (a syntax error, a duplicate key, an alias,
 * an unknown tag, an empty or multi-document file) goes to the careful reader,
 * which reports it with its line or reads it its own way. Both read YAML 1.2
 * with the core schema.
 */
import { load } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';

/** The document's plain value, or `null` when only the careful reader may read it. */
export function quickYamlValue(text: string): { value: unknown } | null {
  try {
    // No aliases: the careful reader refuses those that expand too far.
    return { value: load(text, { maxAliases: 0 }) };
  } catch {
    return null;
  }
}

/** A document read the quick way: its value, and `yaml`'s located Document, built on first use. */
export interface QuickYaml {
  value: unknown;
  located: () => { document: Document; lineCounter: LineCounter };
}

/** `text` read the quick way, or `null` when only the careful reader may read it. */
export function quickYaml(text: string): QuickYaml | null {
  const quick = quickYamlValue(text);
  if (quick === null) return null;
  return {
    value: quick.value,
    // Positions only when a problem asks for one.
    located: once(() => {
      const lineCounter = new LineCounter();
      return { document: parseDocument(text, { lineCounter, uniqueKeys: true }), lineCounter };
    }),
  };
}

/** `compute`, run once, on the first call. */
export function once<T>(compute: () => T): () => T {
  let result: { value: T } | undefined;
  return () => (result ??= { value: compute() }).value;
}
