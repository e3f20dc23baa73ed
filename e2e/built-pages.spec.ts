/**
 * Per-event and per-source checks of the real content, over the built HTML
 * as the static host serves it (read from disk and parsed, no browser), so
 * they stay fast however many events there are. The browser specs check the
 * behaviour on a few pages; these check that every page says what its record
 * says:
 *
 * - each row of "How the date was worked out" links to its own quote's
 *   anchor, and the passage at that anchor is that quote;
 * - each source page marks exactly the passages its record names, and lists
 *   exactly the events they date.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { HOSTINGS } from '../tools/hosting.ts';
import { EVENTS, SOURCES } from './helpers/content.ts';
import { fold } from './helpers/text.ts';
import { expect, test, type Site } from './fixtures.ts';

type Doc = ReturnType<typeof parseHTML>['document'];

function builtPages(site: Site): (relative: string) => Doc {
  const hosting = HOSTINGS.find((candidate) => candidate.base === site.base);
  if (hosting === undefined) throw new Error(`no hosting with base ${site.base}`);
  const cache = new Map<string, Doc>();
  return (relative) => {
    let document = cache.get(relative);
    if (document === undefined) {
      const file = path.join(hosting.outDir, relative, 'index.html');
      document = parseHTML(readFileSync(file, 'utf8')).document;
      cache.set(relative, document);
    }
    return document;
  };
}

/** The <section> under the heading with this text. */
function section(document: Doc, heading: string): Element {
  const found = [...document.querySelectorAll('section')].find(
    (candidate) => candidate.querySelector('h2')?.textContent.trim() === heading,
  );
  if (found === undefined) throw new Error(`no section headed "${heading}"`);
  return found;
}

/** The article text from an anchor on: the rest of its mark. */
function textFrom(anchor: Element): string {
  const mark = anchor.closest('mark');
  if (mark === null) return '';
  if (anchor === mark) return mark.textContent;
  let after = false;
  let text = '';
  const walk = (node: Node): void => {
    if (node === anchor) after = true;
    else if (node.nodeType === node.TEXT_NODE && after) text += node.textContent ?? '';
    for (const child of node.childNodes) walk(child);
  };
  walk(mark);
  return text;
}

test('each row of "How the date was worked out" links to its own quote, which stands at that anchor', ({
  site,
}) => {
  const page = builtPages(site);
  const problems: string[] = [];
  for (const event of EVENTS) {
    const document = page(`events/${event.id}`);
    const rows = [...section(document, 'How the date was worked out').querySelectorAll('tbody tr')];
    expect(rows, `${event.id}: one row per quote`).toHaveLength(event.evidence.length);
    event.evidence.forEach((evidence, index) => {
      const where = `${event.id}, row ${String(index + 1)}`;
      const row = rows[index];
      const href = row?.querySelector('a')?.getAttribute('href');
      const expected = `${site.sourcePath(evidence.source.id)}#${evidence.anchor}`;
      if (href !== expected) problems.push(`${where}: links to ${String(href)}, not ${expected}`);
      const text = fold(row?.textContent ?? '');
      for (const reading of evidence.reading) {
        if (!text.includes(fold(reading.phrase))) problems.push(`${where}: no "${reading.phrase}"`);
      }
      if (!text.includes(fold(evidence.gives.label))) problems.push(`${where}: no "gives" label`);
      if (row?.querySelector(`time[datetime="${evidence.reference}"]`) === null) {
        problems.push(`${where}: no <time datetime="${evidence.reference}">`);
      }
      // The passage at that anchor is this quote (its first paragraph, where it spans two).
      const target = page(`sources/${evidence.source.id}`).getElementById(evidence.anchor);
      const first = fold(evidence.quote.split(/\n\s*\n/)[0] ?? '');
      if (target === null) problems.push(`${where}: no #${evidence.anchor} on the source page`);
      else if (!fold(textFrom(target)).startsWith(first)) {
        problems.push(
          `${where}: #${evidence.anchor} reads "${fold(textFrom(target)).slice(0, 60)}"`,
        );
      }
    });
    const citations = [...section(document, 'Sources').querySelectorAll('blockquote')];
    expect(citations, `${event.id}: one blockquote per quote`).toHaveLength(event.evidence.length);
    event.evidence.forEach((evidence, index) => {
      if (fold(citations[index]?.textContent ?? '') !== fold(evidence.quote)) {
        problems.push(`${event.id}: blockquote ${String(index + 1)} is not its quote`);
      }
    });
  }
  expect(problems).toEqual([]);
});

test('each source page marks exactly the passages its record names, and lists their events', ({
  site,
}) => {
  const page = builtPages(site);
  for (const source of SOURCES) {
    const document = page(`sources/${source.id}`);
    const text = section(document, 'The archived text');
    const anchors = [...text.querySelectorAll('[id^="quote-"]')].map((element) => element.id);
    expect(anchors.sort(), `${source.id}: marked passages`).toEqual(
      source.citations.map((citation) => citation.anchor).sort(),
    );
    for (const citation of source.citations) {
      const mark = document.getElementById(citation.anchor)?.closest('mark');
      expect(mark, `${source.id}: #${citation.anchor} is in a <mark>`).toBeTruthy();
    }
    const listed = [
      ...section(document, 'Events this article supports').querySelectorAll('li'),
    ].map((item) => item.querySelector('a')?.getAttribute('href'));
    expect(listed, `${source.id}: the events it supports, in date order`).toEqual([
      ...new Set(source.citations.map((citation) => site.eventPath(citation.event))),
    ]);
    // The archived text is all there, paragraph by paragraph.
    const shown = fold(text.textContent);
    for (const paragraph of source.body
      .split(/\n\s*\n/)
      .map(fold)
      .filter(Boolean)) {
      expect(shown.includes(paragraph), `${source.id}: "${paragraph.slice(0, 40)}…"`).toBe(true);
    }
  }
});
