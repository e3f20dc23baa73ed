import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markedParagraphs, paragraphRanges, type Inline, type Quote } from './quote-marks.ts';

const ref = (eventId: string, number = 1) => ({
  eventId,
  title: `Title ${eventId}`,
  number,
});

function quote(body: string, text: string, id: string, eventId = id): Quote {
  const start = body.indexOf(text);
  assert.notEqual(start, -1, `test setup: ${text} not in body`);
  return { id, start, end: start + text.length, ref: ref(eventId) };
}

/** Renders like the page does, to compare whole results at a glance. */
function html(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'text') return inline.text;
      const inner = inline.parts
        .map((part) => (part.kind === 'text' ? part.text : `<span id="${part.id}"></span>`))
        .join('');
      const id = inline.id === null ? '' : ` id="${inline.id}"`;
      const refs = inline.refs.map((r) => `[${r.eventId}]`).join('');
      return `<mark${id}>${inner}</mark>${refs}`;
    })
    .join('');
}

test('paragraphs are the text between blank lines', () => {
  const body = 'One\nline two.\n\n  \nTwo.\n\n\nThree\n';
  assert.deepEqual(
    paragraphRanges(body).map(([s, e]) => body.slice(s, e)),
    ['One\nline two.', 'Two.', 'Three'],
  );
});

test('marks one quote inside its paragraph', () => {
  const body = 'First paragraph.\n\nCanada arrested her in December, officials said.\n';
  const paragraphs = markedParagraphs(body, [
    quote(body, 'arrested her in December', 'quote-a-1', 'a'),
  ]);
  assert.deepEqual(paragraphs.map(html), [
    'First paragraph.',
    'Canada <mark id="quote-a-1">arrested her in December</mark>[a], officials said.',
  ]);
});

test('merges overlapping quotes into one mark with inner anchors', () => {
  const body = 'He registered to lobby in March. That prompted a tweet.';
  const paragraphs = markedParagraphs(body, [
    quote(body, 'registered to lobby in March. That prompted a tweet', 'quote-b-1', 'b'),
    quote(body, 'registered to lobby in March', 'quote-a-1', 'a'),
    quote(body, 'That prompted', 'quote-c-2', 'c'),
  ]);
  assert.deepEqual(paragraphs.map(html), [
    'He <mark id="quote-b-1"><span id="quote-a-1"></span>registered to lobby in March. <span id="quote-c-2"></span>That prompted a tweet</mark>[b][a][c].',
  ]);
});

test('touching quotes stay separate marks', () => {
  const body = 'alpha beta';
  const paragraphs = markedParagraphs(body, [
    quote(body, 'alpha ', 'quote-a-1', 'a'),
    quote(body, 'beta', 'quote-b-1', 'b'),
  ]);
  assert.deepEqual(paragraphs.map(html), [
    '<mark id="quote-a-1">alpha </mark>[a]<mark id="quote-b-1">beta</mark>[b]',
  ]);
});

test('a quote across a paragraph break is split; id on the first piece, link after the last', () => {
  const body = 'from\n\ndoing business with it.';
  const text = 'from\n\ndoing business';
  const paragraphs = markedParagraphs(body, [
    { id: 'quote-a-1', start: 0, end: text.length, ref: ref('a') },
  ]);
  assert.deepEqual(paragraphs.map(html), [
    '<mark id="quote-a-1">from</mark>',
    '<mark>doing business</mark>[a] with it.',
  ]);
});
