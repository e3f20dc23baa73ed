/**
 * The lanes' colours as a stylesheet (inline in every page's <head>, allowed
 * by its hash like the other inline CSS), so a story's lanes are data and no
 * element needs a style attribute: `.lane-<id>` sets `--lane` to the lane's
 * colour, and to its dark colour in dark mode.
 */
import type { ResolvedLane } from '../shared/schema/lanes.ts';

export function lanesCss(lanes: readonly ResolvedLane[]): string {
  const light = lanes.map((lane) => `  --lane-${lane.id}: ${lane.colour};`).join('\n');
  const dark = lanes.map((lane) => `    --lane-${lane.id}: ${lane.dark};`).join('\n');
  const classes = lanes
    .map((lane) => `.lane-${lane.id} {\n  --lane: var(--lane-${lane.id});\n}`)
    .join('\n');
  return `:root {\n${light}\n}\n\n@media (prefers-color-scheme: dark) {\n  :root {\n${dark}\n  }\n}\n\n${classes}\n`;
}
