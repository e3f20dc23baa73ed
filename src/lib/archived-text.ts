/**
 * The generated content files, split: frontmatter data and body. The
 * frontmatter reads as YAML 1.1 would read it (normalize quotes every
 * date-like string), with the writer's own reader when it can. The body is
 * trimmed, as Astro's loaders do, so the citations' offsets point into the
 * same text.
 */
import matter from 'gray-matter';
import { readGeneratedFrontmatter } from './generated-frontmatter.ts';

/** The frontmatter block of a generated file: `---` lines around it. */
const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---(?:\r?\n|$)/;

/**
 * Pure: a file's text in, its frontmatter data and trimmed body out. What
 * normalize writes is read by its own reader; anything else by gray-matter.
 */
export function splitGenerated(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(text);
  const data = match === null ? null : readGeneratedFrontmatter(match[1] ?? '');
  if (match !== null && data !== null) {
    return { data, body: text.slice(match[0].length).trim() };
  }
  return splitWithGrayMatter(text);
}

/** Pure: the file as gray-matter (js-yaml) reads it. */
export function splitWithGrayMatter(text: string): { data: Record<string, unknown>; body: string } {
  // An options object keeps gray-matter from caching every file it has read.
  const parsed = matter(text, {});
  return { data: parsed.data, body: parsed.content.trim() };
}

/** Pure: the trimmed body alone, without reading the frontmatter. */
export function bodyOf(text: string): string {
  const match = FRONTMATTER.exec(text);
  return (match === null ? text : text.slice(match[0].length)).trim();
}
