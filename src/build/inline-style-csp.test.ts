/**
 * The policy allows inline styles by hash: the hash is the browser's (sha256
 * of the exact text between the tags), it lands in `style-src` and nowhere
 * else, each once, and a policy that would allow any inline style is refused.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import {
  headerPolicies,
  headersWithStyleSources,
  inlineStyleCsp,
  siteStyleHashes,
  styleHashes,
  withStyleSources,
} from './inline-style-csp.ts';

const POLICY = "default-src 'self'; style-src 'self'; frame-ancestors 'self'";

test("each <style> of the head is hashed over its exact text, in order; the body's are not", () => {
  const css = ':root {\n  --a: #000;\n}\n';
  const expected = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  const html = `<head><style>${css}</style><link rel="stylesheet" href="x.css"><style id="g">b{}</style></head><body><style>i{}</style></body>`;
  const hashes = styleHashes(html);
  assert.equal(hashes.length, 2);
  assert.equal(hashes[0], expected);
  assert.deepEqual(styleHashes(html.replace('<style id="g">b{}</style>', '')), [expected]);
  // A known value: sha256 of the empty string.
  assert.deepEqual(styleHashes('<head><style></style></head>'), [
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
  ]);
});

test('the hashes go into style-src only, sorted and each once', () => {
  assert.equal(
    withStyleSources(POLICY, ["'sha256-b'", "'sha256-a'", "'sha256-b'"]),
    "default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'self'",
  );
  assert.equal(withStyleSources(POLICY, []), POLICY);
});

test("a policy with no style-src, or with 'unsafe-inline', is refused", () => {
  assert.throws(() => withStyleSources("default-src 'self'", ["'sha256-a'"]), /no style-src/);
  assert.throws(
    () => withStyleSources("style-src 'self' 'unsafe-inline'", ["'sha256-a'"]),
    /unsafe-inline/,
  );
});

test('_headers: every policy line gets the hashes, other lines are kept', () => {
  const headers = `# comment\n/*\n  Content-Security-Policy: ${POLICY}\n  X-Content-Type-Options: nosniff\n`;
  const written = headersWithStyleSources(headers, ["'sha256-a'"]);
  assert.deepEqual(headerPolicies(written), [
    "default-src 'self'; style-src 'self' 'sha256-a'; frame-ancestors 'self'",
  ]);
  assert.match(written, /^# comment\n\/\*\n/);
  assert.match(written, /\n {2}X-Content-Type-Options: nosniff\n$/);
  assert.throws(() => headersWithStyleSources('/*\n  X-Frame-Options: DENY\n', []), /no policy/);
});

test('a site’s hashes come from every page’s head, however long the head or the page', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'inline-style-csp-'));
  try {
    const page = (head: string, body = ''): string =>
      `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
    const files: Record<string, string> = {
      'index.html': page('<style>a{}</style>', '<style>i{}</style>'),
      // A body far longer than the part read first, after a short head.
      'a/index.html': page('<style>a{}</style>', 'x'.repeat(100_000)),
      // A head longer than the part read first: its last style still counts.
      'b/index.html': page(`<style>/*${'y'.repeat(40_000)}*/</style><style>é{}</style>`),
      'not-a-page.txt': page('<style>t{}</style>'),
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const expected = ['a{}', `/*${'y'.repeat(40_000)}*/`, 'é{}'].map(
      (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
    );
    assert.deepEqual(siteStyleHashes(dir), expected.sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the integration reads the pages on a worker thread and writes their hashes into _headers', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'inline-style-csp-'));
  try {
    mkdirSync(path.join(dir, 'events', 'a'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<head><style>a{}</style></head><body></body>');
    writeFileSync(
      path.join(dir, 'events', 'a', 'index.html'),
      '<head><style>b{}</style></head><body></body>',
    );
    writeFileSync(path.join(dir, '_headers'), `/*\n  Content-Security-Policy: ${POLICY}\n`);
    const { readPages, writeHeaders } = inlineStyleCsp();
    const logged: string[] = [];
    const logger = {
      info: (message: string) => logged.push(message),
    } as unknown as AstroIntegrationLogger;
    // As Astro calls them: the same build:done options, first part first.
    const options = { dir: pathToFileURL(`${dir}/`), logger, pages: [], routes: [] } as never;
    await readPages.hooks['astro:build:done']?.(options);
    await writeHeaders.hooks['astro:build:done']?.(options);
    const hash = (css: string): string =>
      `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    assert.deepEqual(headerPolicies(readFileSync(path.join(dir, '_headers'), 'utf8')), [
      withStyleSources(POLICY, [hash('a{}'), hash('b{}')]),
    ]);
    assert.deepEqual(logged, ['_headers: style-src allows 2 inline style hashes']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
