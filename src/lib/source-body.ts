/**
 * The body of a generated source file, byte for byte: quote offsets index
 * into it. Astro's loader trims `entry.body`, which would shift every offset
 * if a body ever began with whitespace, so the page reads the file itself
 * and checks that the two agree apart from that trim.
 */
import matter from 'gray-matter';

/**
 * Everything after the closing `---` line, split by gray-matter: the same
 * library that wrote the file and measured the offsets (src/pipeline/).
 */
export function fileBody(text: string): string {
  return matter(text).content;
}

/** The exact body, after checking it against what the loader gave (trimmed). */
export function exactBody(fileText: string, loaderBody: string | undefined, where: string): string {
  const body = fileBody(fileText);
  if (loaderBody !== undefined && body.trim() !== loaderBody.trim()) {
    throw new Error(`${where}: the file's body and the content loader's body differ`);
  }
  return body;
}
