/**
 * The fast frontmatter writer gives the `yaml` package's bytes for any
 * record: content/ must not change when the writer does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringifyFrontmatter, stringifyWithLibrary } from './frontmatter-yaml.ts';

/** Characters that change a string's YAML style: indicators, quotes, spaces, line breaks. */
const TRICKY = [
  ...Array.from('aZ09 -:#\'"[]{},&*!|>%@`?.\n\t\\'),
  '\u00a0',
  '\u2019',
  '\u0007',
  '–',
  'é',
];

const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom('http://', 'https://', 'https:', 'ftp://'),
      fc.string({ unit: fc.constantFrom(...Array.from('aZ09._~/-:#? ')), maxLength: 12 }),
    )
    .map(([scheme, rest]) => scheme + rest),
  fc
    .tuple(
      fc.constantFrom('1', '16', '01', '1–7', '9–30', '123', '2019', '1-7', '1 –7'),
      fc.constantFrom(' ', '  ', '', ' #', ': '),
      fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 10 }),
    )
    .map(([days, gap, words]) => days + gap + words),
  fc.constantFrom(
    '',
    '2018',
    '0000',
    '2019-13-45',
    '2019-05-09 12:00:00',
    '16 July 2019',
    '1–7 December 2018',
    '1 January – 28 November 2019',
    '1 January –',
    '2014-06-22T09:18:00+01:00',
    '2014-06-22T09:18:00Z',
    '2014-06-22T09:18:00',
    '2014-06-22T09:18',
    '2014-06-22 09:18:00',
    '30 November',
    '3 sources',
    '1 y',
    '10 yes',
    '12 a.',
    '7 Dec.',
    '2019-05-09',
    '2019-05-09T06:48:00+02:00',
    'yes',
    'No',
    'on',
    'null',
    '~',
    '1:20',
    '0x1F',
    '.inf',
    '---',
    '... and more',
    '- item',
    'key: value',
    'a #tag',
    'https://example.com/a?b=c#d',
    'https://thehill.example/news/thehill-2019-11-17',
    'http://a.example/-',
    'https://a.example/path/',
    'Huawei’s “share”',
    "Huawei's share",
    'word (note), e/f - g.',
    'a  b',
    'ends with a space ',
    'Yes',
    'NO',
    'Off',
    'TRUE',
    'Null',
    'y',
    'N',
    'yEs',
  ),
);
const key = fc.oneof(fc.constantFrom('id', 'start', 'y', 'on', 'Title', 'two words'), fc.string());
const scalar = fc.oneof(text, fc.integer(), fc.constant(null), fc.boolean(), fc.double());

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
}));

test('the fast writer matches the yaml package on arbitrary records', () => {
  fc.assert(
    fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (record) => {
      assert.equal(stringifyFrontmatter(record), stringifyWithLibrary(record));
    }),
    { numRuns: 600 },
  );
});

test('the fast writer matches the yaml package on an event-shaped record', () => {
  const record = {
    id: 'meng-wanzhou-arrested',
    title: 'Canada arrests Huawei CFO: "Meng" at the US’s request',
    start: '2018-12-01',
    precision: 'day',
    label: '2018',
    tags: ['canada', 'yes'],
    editorial: null,
    evidence: [
      {
        source: { id: 'zerohedge-2018-12-11', url: null },
        quote: 'when it arrested\nHuawei’s CFO',
        offset: [1843, 1894],
        reading: [],
      },
      {},
    ],
    aliases: [],
    extra: {},
  };
  assert.equal(stringifyFrontmatter(record), stringifyWithLibrary(record));
});
