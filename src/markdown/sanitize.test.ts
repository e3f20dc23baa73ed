/**
 * The sanitizer as Astro runs it: Sätteri (Astro 7's Markdown processor)
 * renders Markdown with the hast plugin the integration adds. What summaries
 * are written in survives; raw HTML, event handlers and unsafe link schemes
 * do not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml } from 'satteri';
import { sanitizeHastPlugin } from './sanitize.ts';

function render(markdown: string): string {
  return markdownToHtml(markdown, { hastPlugins: [sanitizeHastPlugin] }).html.trim();
}

test('the safe subset survives: emphasis, links, code, lists', () => {
  assert.equal(
    render('Some *emphasis*, **strong**, `code` and [a link](https://example.com/a "t").'),
    '<p>Some <em>emphasis</em>, <strong>strong</strong>, <code>code</code> and <a href="https://example.com/a" title="t">a link</a>.</p>',
  );
  assert.equal(render('- one\n- two'), '<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
});

test('raw HTML is dropped, its text kept as text', () => {
  const html = render(
    'A <img src=x onerror="window.__pwned=1"> b <svg onload="x()"></svg> <b>c</b> <details open ontoggle="x()">d</details>\n\n<script>window.__pwned=1</script>\n\n<iframe srcdoc="<script>x</script>"></iframe>',
  );
  assert.doesNotMatch(html, /<(?!\/?p>)[a-z]/i, html);
  assert.doesNotMatch(html, /onerror|onload|ontoggle|__pwned|srcdoc/, html);
  assert.match(html, /c/);
});

test('links keep only http(s) and mailto addresses', () => {
  for (const href of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,x',
    'vbscript:x',
  ]) {
    const html = render(`[x](${href}) <${href}>`);
    assert.doesNotMatch(html, /href=/, `${href}: ${html}`);
  }
  assert.match(render('<mailto:a@example.com>'), /href="mailto:a@example.com"/);
});
