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
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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

/** Every HTML file under `dir`, however deep. */
function htmlFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Every HTML file of a built site, without listing it: each page a route
 * wrote (`astro:build:done`'s `assets`: route → files) and each file copied
 * from the public folder (`publicDir`, to `outDir`), each once.
 */
export function builtHtmlFiles(
  assets: ReadonlyMap<string, readonly URL[]>,
  publicDir: string,
  outDir: string,
): string[] {
  const pages = [...assets.values()].flat().map((url) => fileURLToPath(url));
  const copied = existsSync(publicDir)
    ? htmlFiles(publicDir).map((file) => path.join(outDir, path.relative(publicDir, file)))
    : [];
  return [...new Set([...pages, ...copied])].filter((file) => file.endsWith('.html'));
}

const HEAD_BYTES = 32 * 1024;
const HEAD_END = Buffer.from('</head>');

/**
 * The start of the file at `file` up to its `</head>` when that lies in its
 * first 32 KB, else the whole file: only the head can hold the site's
 * styles, and it is a few kilobytes of a page that may hold a whole article.
 */
function readHead(file: string, buffer: Buffer): string {
  const descriptor = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(descriptor, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(descriptor);
  }
  const end = buffer.subarray(0, read).indexOf(HEAD_END);
  return end === -1
    ? readFileSync(file, 'utf8')
    : buffer.toString('utf8', 0, end + HEAD_END.length);
}

/**
 * The inline styles of the pages in `files`, each hash once. Only each
 * page's head is read (10,000 events make 15,000 pages), synchronously, and
 * each distinct stylesheet, the same on thousands of pages, is hashed once
 * (`known`).
 */
export function pagesStyleHashes(files: readonly string[]): string[] {
  const known = new Map<string, string>();
  const hashes = new Set<string>();
  const buffer = Buffer.alloc(HEAD_BYTES);
  for (const file of files) {
    for (const hash of styleHashes(readHead(file, buffer), known)) hashes.add(hash);
  }
  return [...hashes].sort();
}

/** The inline styles of every page under `dir`. */
export function siteStyleHashes(dir: string): string[] {
  return pagesStyleHashes(htmlFiles(dir));
}

/** `pagesStyleHashes(files)`, worked out on a thread of its own. */
function pagesStyleHashesInWorker(files: readonly string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./site-style-hashes-worker.ts', import.meta.url), {
      workerData: { files },
      // It keeps nothing but a few hashes: a small young generation,
      // collected often, adds little to the build's peak memory.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    worker.once('message', (hashes: string[]) => {
      resolve(hashes);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      reject(new Error(`the style-hash worker stopped (exit code ${String(code)})`));
    });
  });
}

/**
 * The style hashes of `files`, read on `threads` threads, each a share of
 * them: the build has little else to do meanwhile.
 */
async function styleHashesOnThreads(files: readonly string[], threads: number): Promise<string[]> {
  const shares = Array.from({ length: threads }, (_, share) =>
    files.filter((_file, index) => index % threads === share),
  );
  const hashes = await Promise.all(shares.map((share) => pagesStyleHashesInWorker(share)));
  return [...new Set(hashes.flat())].sort();
}

/** Threads reading the pages: the build's main thread has little to do meanwhile. */
const READING_THREADS = 2;

/**
 * The integration (see the file's comment), in two parts that go around the
 * other integrations in the config: `readPages` starts reading every page's
 * styles, on two other threads, when the build is done (Astro has removed
 * its own build files by then), and `writeHeaders`, listed last, waits for
 * the hashes and writes `_headers`. The sitemap is written meanwhile. The
 * pages are the files Astro says it wrote, and those copied from the public
 * folder, rather than a listing of the output folder. At 10,000 events the
 * last phase of the build took 0.9 s (2 runs) against 1.5–1.8 s on one
 * thread with a listing, of which 1.0 s waiting after the sitemap.
 */
export function inlineStyleCsp(): { readPages: AstroIntegration; writeHeaders: AstroIntegration } {
  let publicDir: string | undefined;
  let pending: Promise<string[]> | undefined;
  const readPages = (outDir: string, assets: ReadonlyMap<string, readonly URL[]>) => {
    const files = builtHtmlFiles(assets, publicDir ?? '', outDir);
    return styleHashesOnThreads(files, READING_THREADS);
  };
  return {
    readPages: {
      name: 'inline-style-csp:read-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          publicDir = fileURLToPath(config.publicDir);
        },
        'astro:build:done': ({ dir, assets }) => {
          pending = readPages(fileURLToPath(dir), assets);
          // Awaited by writeHeaders; a failure meanwhile is not unhandled.
          pending.catch(() => undefined);
        },
      },
    },
    writeHeaders: {
      name: 'inline-style-csp',
      hooks: {
        'astro:build:done': async ({ dir, assets, logger }) => {
          const root = fileURLToPath(dir);
          const file = path.join(root, '_headers');
          const hashes = await (pending ?? readPages(root, assets));
          pending = undefined;
          await writeFile(file, headersWithStyleSources(await readFile(file, 'utf8'), hashes));
          logger.info(`_headers: style-src allows ${String(hashes.length)} inline style hashes`);
        },
      },
    },
  };
}
