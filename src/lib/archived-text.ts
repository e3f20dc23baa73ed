/**
 * The generated content files, split: frontmatter data and body. The
 * frontmatter is read as YAML 1.1 (gray-matter's js-yaml), which normalize
 * writes for (every date-like string is quoted). The body is trimmed, as
 * Astro's loaders do, so the citations' offsets point into the same text.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';

/** Pure: a file's text in, its frontmatter data and trimmed body out. */
export function splitGenerated(text: string): { data: Record<string, unknown>; body: string } {
  // An options object keeps gray-matter from caching every file it has read.
  const { data, content } = matter(text, {});
  return { data, body: content.trim() };
}

/** The frontmatter block of a generated file: `---` lines around it. */
const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/** Pure: the trimmed body alone, without reading the frontmatter. */
export function bodyOf(text: string): string {
  const match = FRONTMATTER.exec(text);
  return (match === null ? text : text.slice(match[0].length)).trim();
}

/**
 * The archived text of the source at `filePath` (as its loader stored it,
 * relative to the project root, where `astro build` runs).
 */
export async function readArchivedText(filePath: string): Promise<string> {
  return bodyOf(await readFile(path.resolve(filePath), 'utf8'));
}
