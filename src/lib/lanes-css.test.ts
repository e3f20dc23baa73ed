import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lanesCss } from './lanes-css.ts';

test('every lane gets its light and dark colour and a class that sets --lane', () => {
  const css = lanesCss([
    { id: 'courts', label: 'Courts', colour: '#0072B2', dark: '#56B4E9' },
    { id: 'press', label: 'Press', colour: '#D55E00', dark: '#E69F00' },
  ]);
  const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark)');
  assert.match(light, /--lane-courts: #0072B2;/);
  assert.match(light, /--lane-press: #D55E00;/);
  assert.match(dark, /--lane-courts: #56B4E9;/);
  assert.match(dark, /--lane-press: #E69F00;/);
  assert.match(css, /\.lane-courts \{\n {2}--lane: var\(--lane-courts\);\n\}/);
  assert.match(css, /\.lane-press \{\n {2}--lane: var\(--lane-press\);\n\}/);
});
