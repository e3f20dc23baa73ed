/**
 * gray-matter's YAML engine, swapped for the `yaml` package.
 * Reading is YAML 1.2: js-yaml (gray-matter's default, YAML 1.1) turns
 * `2019-05-09T06:48:00+02:00` into a UTC Date and loses the publisher's own
 * calendar day; YAML 1.2 keeps it a string.
 * Writing follows YAML 1.1's rules, so every string that a 1.1 reader (such
 * as Astro's frontmatter parser) would take for a date, number or boolean is
 * quoted, and both kinds of reader see the same values. Output is
 * deterministic: keys in insertion order, no line folding.
 */
import { parseDocument, stringify } from 'yaml';

export const yamlEngine = {
  parse: (text: string): object => parseDocument(text).toJS() as object,
  stringify: (data: object): string => stringify(data, { lineWidth: 0, version: '1.1' }),
};
