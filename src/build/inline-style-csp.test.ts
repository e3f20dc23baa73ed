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
  builtHtmlFiles,
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

test('the pages are the files the routes wrote and the HTML files copied from the public folder', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'inline-style-csp-'));
  try {
    const publicDir = path.join(root, 'public');
    const outDir = path.join(root, 'dist');
    mkdirSync(path.join(publicDir, 'verify'), { recursive: true });
    writeFileSync(path.join(publicDir, 'verify', 'google1.html'), '<head></head>');
    writeFileSync(path.join(publicDir, 'robots.txt'), '');
    const page = (relative: string): URL => pathToFileURL(path.join(outDir, relative));
    const assets = new Map([
      ['/', [page('index.html')]],
      ['/events/[id]', [page('events/a/index.html'), page('events/b/index.html')]],
      ['/data/years/[year].json', [page('data/years/2019.json')]],
    ]);
    assert.deepEqual(builtHtmlFiles(assets, publicDir, outDir).sort(), [
      path.join(outDir, 'events', 'a', 'index.html'),
      path.join(outDir, 'events', 'b', 'index.html'),
      path.join(outDir, 'index.html'),
      path.join(outDir, 'verify', 'google1.html'),
    ]);
    // No public folder: the routes' pages alone.
    assert.deepEqual(builtHtmlFiles(assets, path.join(root, 'none'), outDir).length, 3);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the integration reads the pages on worker threads and writes their hashes into _headers', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'inline-style-csp-'));
  try {
    const publicDir = path.join(dir, 'public');
    const outDir = path.join(dir, 'dist');
    mkdirSync(path.join(outDir, 'events', 'a'), { recursive: true });
    mkdirSync(publicDir);
    const pages = {
      'index.html': '<head><style>a{}</style></head><body></body>',
      'events/a/index.html': '<head><style>b{}</style></head><body></body>',
      'about/index.html': '<head><style>c{}</style></head><body></body>',
      'verify.html': '<head><style>d{}</style></head><body></body>',
      // Not a page of the build: not read.
      'stray/index.html': '<head><style>e{}</style></head><body></body>',
    };
    for (const [name, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
      writeFileSync(path.join(outDir, name), html);
    }
    writeFileSync(path.join(publicDir, 'verify.html'), pages['verify.html']);
    writeFileSync(path.join(outDir, '_headers'), `/*\n  Content-Security-Policy: ${POLICY}\n`);
    const page = (relative: string): URL => pathToFileURL(path.join(outDir, relative));
    const assets = new Map([
      ['/', [page('index.html')]],
      ['/events/[id]', [page('events/a/index.html')]],
      ['/about', [page('about/index.html')]],
    ]);
    const { readPages, writeHeaders } = inlineStyleCsp();
    const logged: string[] = [];
    const logger = {
      info: (message: string) => logged.push(message),
    } as unknown as AstroIntegrationLogger;
    // As Astro calls them: the config first, then the same build:done options, first part first.
    await readPages.hooks['astro:config:done']?.({
      config: { publicDir: pathToFileURL(`${publicDir}/`) },
    } as never);
    const options = { dir: pathToFileURL(`${outDir}/`), logger, pages: [], assets } as never;
    await readPages.hooks['astro:build:done']?.(options);
    await writeHeaders.hooks['astro:build:done']?.(options);
    const hash = (css: string): string =>
      `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    assert.deepEqual(headerPolicies(readFileSync(path.join(outDir, '_headers'), 'utf8')), [
      withStyleSources(POLICY, ['a{}', 'b{}', 'c{}', 'd{}'].map(hash)),
    ]);
    assert.deepEqual(logged, ['_headers: style-src allows 4 inline style hashes']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
