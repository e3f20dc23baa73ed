import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LANES } from '../shared/schema/lanes.ts';

const css = readFileSync(new URL('../styles/lanes.css', import.meta.url), 'utf8');
const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark)');

test('every lane has its light and dark colour in lanes.css, as lanes.ts gives them', () => {
  for (const lane of LANES) {
    const property = `--lane-${lane.id}: `;
    assert.ok(
      light.toLowerCase().includes(`${property}${lane.colour.toLowerCase()};`),
      `${lane.id}: light colour ${lane.colour}`,
    );
    assert.ok(
      dark.toLowerCase().includes(`${property}${lane.dark.toLowerCase()};`),
      `${lane.id}: dark colour ${lane.dark}`,
    );
    assert.ok(css.includes(`.lane-${lane.id} {`), `${lane.id}: class`);
  }
});
