import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLanes } from './parse-lanes.ts';
import { formatProblem } from './problems.ts';
import { OKABE_ITO, resolveLanes } from '../shared/schema/lanes.ts';

const FILE = 'seeds/lanes.yaml';

function problems(text: string): string[] {
  const parsed = parseLanes(text, FILE);
  if (parsed.problems.length > 0) assert.equal(parsed.lanes, null);
  return parsed.problems.map(formatProblem);
}

test('lanes are read top to bottom, with palette colours where none are given', () => {
  const parsed = parseLanes(
    '- id: one\n  label: One\n- id: two\n  label: Two\n  colour: "#0072b2"\n- id: three\n  label: Three\n',
    FILE,
  );
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.lanes, [
    // Blue is taken by lane two (in any case), so lane one gets the next colour.
    { id: 'one', label: 'One', colour: '#D55E00', dark: '#E69F00' },
    { id: 'two', label: 'Two', colour: '#0072b2', dark: '#56B4E9' },
    { id: 'three', label: 'Three', colour: '#009E73', dark: '#3FD0A5' },
  ]);
});

test('past six lanes without colours, the palette is reused in order', () => {
  const lanes = Array.from({ length: 8 }, (_, index) => ({
    id: `lane-${String(index)}`,
    label: `Lane ${String(index)}`,
  }));
  const colours = resolveLanes(lanes).map((lane) => lane.colour);
  assert.deepEqual(
    colours,
    [...OKABE_ITO, ...OKABE_ITO.slice(0, 2)].map((pair) => pair.colour),
  );
});

test('a given dark colour is kept, and one without a colour still gets one', () => {
  assert.deepEqual(resolveLanes([{ id: 'a', label: 'A', dark: '#FFFFFF' }]), [
    { id: 'a', label: 'A', colour: '#0072B2', dark: '#FFFFFF' },
  ]);
});

test('each problem of a lanes file is located', () => {
  const cases: [string, string[]][] = [
    ['- id: a\n  label: [unclosed\n', [`${FILE}:3: YAML syntax error`]],
    ['id: a\nlabel: A\n', [`${FILE}:1: the lanes file is not a list of lanes — write one`]],
    ['# nothing\n', [`${FILE}:1: the lanes file lists no lanes`]],
    ['\n[]\n', [`${FILE}:2: the lanes file is an empty list`]],
    [
      '- id: a\n  label: A\n- id: b\n  label: B\n- id: a\n  label: Again\n',
      [`${FILE}:5: duplicate lane id 'a': line 1 already uses it — give each lane its own id`],
    ],
    [
      '- id: a\n  label: A\n  colour: "#12345G"\n  dark: blue\n',
      [
        `${FILE}:3: lane 'a' field \`colour\`: '#12345G' is not a colour written #RRGGBB — write six hex digits after a #`,
        `${FILE}:4: lane 'a' field \`dark\`: 'blue' is not a colour written #RRGGBB`,
      ],
    ],
    [
      // Unquoted, YAML reads the colour as a comment: the value is empty.
      '- id: a\n  label: A\n  colour: #0072B2\n',
      [`${FILE}:3: lane 'a' field \`colour\`: is empty — write text after \`colour:\``],
    ],
    [
      '- id: a\n  lable: A\n',
      [
        `${FILE}:1: lane 'a': has unknown key(s) \`lable\` — rename \`lable\` → \`label\`; the keys allowed here are: id, label, colour, dark`,
      ],
    ],
    [
      '- id: Lane One\n  label: A\n',
      [
        `${FILE}:1: lane 'Lane One' field \`id\`: 'Lane One' must be kebab-case (lower-case letters, digits and single hyphens) — write it as 'lane-one'`,
      ],
    ],
    [
      '- id: a\n',
      [`${FILE}:1: lane 'a' field \`label\`: is missing — add \`label:\` (text) to this entry`],
    ],
    [
      '- just text\n',
      [`${FILE}:1: lane #1: is text, where a mapping (indented \`key: value\` lines) belongs`],
    ],
    [
      '\uFEFF- id: a\r\n  label: A\u0000\r\n',
      [`${FILE}:2: control character U+0000 (NUL) at column 11`],
    ],
  ];
  for (const [text, expected] of cases) {
    const found = problems(text);
    assert.equal(found.length, expected.length, `${JSON.stringify(text)}:\n${found.join('\n')}`);
    expected.forEach((start, index) => {
      assert.ok(found[index]?.startsWith(start), `${JSON.stringify(text)}:\n${found.join('\n')}`);
    });
  }
});
