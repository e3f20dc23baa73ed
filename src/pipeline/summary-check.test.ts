import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSummary } from './summary-check.ts';

/** Summary → the problems expected, as `line: start of message`. */
const CASES: [string, string[]][] = [
  ['Plain text, *emphasis*, **strong** and `code`.', []],
  ['A [link](https://example.com/a?b=c) and <https://example.com>.', []],
  ['A [reference link][r].\n\n[r]: http://example.com/', []],
  ['Fish & chips cost < 5 pounds, and 3 > 2.', []],
  ['An escaped \\<b> tag is text.', []],
  ['In `<script>` code it is only text.', []],
  ['<script>alert(1)</script>', ['1: the summary holds raw HTML']],
  [
    'Text\n\nmore <b>bold</b> text',
    ['3: the summary holds raw HTML', '3: the summary holds raw HTML'],
  ],
  ['<img src=x onerror=alert(1)>', ['1: the summary holds raw HTML']],
  ['<!-- a comment -->', ['1: the summary holds raw HTML']],
  ['![alt](https://example.com/a.png)', ['1: the summary holds an image']],
  ['![alt][i]\n\n[i]: https://example.com/a.png', ['1: the summary holds an image']],
  ['[x](javascript:alert(1))', ["1: the summary links to 'javascript:alert(1)'"]],
  ['[x](JaVaScRiPt:alert(1))', ["1: the summary links to 'JaVaScRiPt:alert(1)'"]],
  ['[x](javascript&#58;alert(1))', ["1: the summary links to 'javascript:alert(1)'"]],
  ['<javascript:alert(1)>', ["1: the summary links to 'javascript:alert(1)'"]],
  ['one\ntwo\n[x](data:text/html,hi)', ["3: the summary links to 'data:text/html,hi'"]],
  ['[x][r]\n\n[r]: vbscript:msgbox', ["3: the summary links to 'vbscript:msgbox'"]],
  ['[x](/events/other-event/)', ["1: the summary links to '/events/other-event/'"]],
  ['[x](<https://example.com/a b>)', ["1: the summary links to 'https://example.com/a b'"]],
];

test('summaries: a safe subset of markdown, each problem at its line', () => {
  for (const [summary, expected] of CASES) {
    const found = checkSummary(summary);
    assert.deepEqual(
      found.map((problem) =>
        `${String(problem.line)}: ${problem.message}`.slice(
          0,
          expected[found.indexOf(problem)]?.length ?? 0,
        ),
      ),
      expected,
      JSON.stringify(summary),
    );
    for (const problem of found) assert.ok(problem.fix.length > 20, problem.fix);
  }
});
