/**
 * Critical CSS goes inline (`build.inlineStylesheets`), so the first paint
 * waits for no other request; the Content-Security-Policy stays strict. The
 * policy allows each inline `<style>` by the sha256 hash of its text, never
 * by 'unsafe-inline': after the build, this integration hashes every
 * `<style>` of every page and writes the hashes into the `style-src` of each
 * policy in `_headers` (copied from public/_headers, which holds the policy
 * without them). The same stylesheet gives the same text, so the same hash,
 * on every page: the list stays as short as the number of stylesheets.
 *
 * Astro's own `security.csp` was not used: for a static build it writes a
 * `<meta>` policy per page, and a policy sent as a header (which alone can
 * say `frame-ancestors`) applies as well, so the header must carry the hashes
 * all the same.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const POLICY_LINE = /^(\s+Content-Security-Policy:\s*)(.+)$/gm;

/**
 * The CSP source of each `<style>` element's text in the page's `<head>`, in
 * order. The site writes its styles there; a `<style>` in the body could only
 * come from content, so it gets no hash and the policy blocks it.
 */
export function styleHashes(html: string, known = new Map<string, string>()): string[] {
  const end = html.search(/<\/head>/i);
  const head = end === -1 ? '' : html.slice(0, end);
  return [...head.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, text = '']) => {
    let hash = known.get(text);
    if (hash === undefined) {
      hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
      known.set(text, hash);
    }
    return hash;
  });
}

/** `policy` with `sources` added to its `style-src` (which it must have). */
export function withStyleSources(policy: string, sources: Iterable<string>): string {
  const directives = policy.split(';').map((directive) => directive.trim());
  const index = directives.findIndex((directive) => /^style-src(\s|$)/.test(directive));
  const styleSrc = directives[index];
  if (styleSrc === undefined) throw new Error(`the policy has no style-src: ${policy}`);
  if (styleSrc.includes("'unsafe-inline'")) throw new Error(`style-src allows 'unsafe-inline'`);
  const added = [...new Set(sources)].filter((source) => !styleSrc.split(/\s+/).includes(source));
  directives[index] = [styleSrc, ...added.sort()].join(' ');
  return directives.filter(Boolean).join('; ');
}

/** Every policy in a `_headers` file, in order. */
export function headerPolicies(headers: string): string[] {
  return [...headers.matchAll(POLICY_LINE)].map(([, , policy = '']) => policy.trim());
}

/** The `_headers` file with `sources` added to each policy's `style-src`. */
export function headersWithStyleSources(headers: string, sources: Iterable<string>): string {
  const list = [...sources];
  if (headerPolicies(headers).length === 0) throw new Error('_headers sends no policy');
  return headers.replace(
    POLICY_LINE,
    (_line, start: string, policy: string) => `${start}${withStyleSources(policy.trim(), list)}`,
  );
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The inline styles of every page of a built site, each hash once. Pages are
 * read a few at a time (10,000 events make 15,000 pages), and each distinct
 * stylesheet, the same on thousands of pages, is hashed once (`known`).
 */
export async function siteStyleHashes(dir: string): Promise<string[]> {
  const files = await htmlFiles(dir);
  const known = new Map<string, string>();
  const hashes = new Set<string>();
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      for (const hash of styleHashes(await readFile(file, 'utf8'), known)) hashes.add(hash);
    }
  };
  await Promise.all(Array.from({ length: 16 }, reader));
  return [...hashes].sort();
}

/** The integration (see the file's comment). */
export function inlineStyleCsp(): AstroIntegration {
  return {
    name: 'inline-style-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const file = path.join(root, '_headers');
        const hashes = await siteStyleHashes(root);
        await writeFile(file, headersWithStyleSources(await readFile(file, 'utf8'), hashes));
        logger.info(`_headers: style-src allows ${String(hashes.length)} inline style hashes`);
      },
    },
  };
}
