/**
 * The timeline's lanes, as data: `seeds/lanes.yaml` lists them top to bottom,
 * normalize resolves their colours and writes `content/lanes.json`, and an
 * event's `group` names one of them. Colours come from the Okabe–Ito palette,
 * which stays distinguishable under every common colour-vision deficiency; a
 * label always accompanies them.
 */
import { z } from 'zod';
import { kebabCase } from './dates.ts';

/** `#RRGGBB`. */
const hexColour = z.string().refine((text) => /^#[0-9A-Fa-f]{6}$/.test(text), {
  error: (issue) => `'${String(issue.input)}' is not a colour written #RRGGBB`,
  params: { fix: 'write six hex digits after a #, e.g. "#0072B2" (quoted: # starts a comment)' },
});

/** One lane as an editor writes it in `seeds/lanes.yaml`. */
export const laneSchema = z.strictObject({
  /** kebab-case; what an event's `group` names. */
  id: kebabCase,
  /** The lane's name as readers see it in the legend and beside the lane. */
  label: z.string().trim().min(1),
  /** Its colour on a light background; else the next unused Okabe–Ito colour. */
  colour: hexColour.optional(),
  /** Its colour in dark mode; else the dark partner of `colour` (or `colour` itself). */
  dark: hexColour.optional(),
});

/** One lane as normalize writes it to `content/lanes.json`: every field present. */
export const resolvedLaneSchema = z.strictObject({
  /** kebab-case; what an event's `group` names. */
  id: kebabCase,
  /** The lane's name as readers see it. */
  label: z.string().min(1),
  /** Colour on a light background, `#RRGGBB`. */
  colour: hexColour,
  /** Colour in dark mode, `#RRGGBB`. */
  dark: hexColour,
});

export type LaneInput = z.infer<typeof laneSchema>;
export type ResolvedLane = z.infer<typeof resolvedLaneSchema>;

/**
 * The Okabe–Ito hues as light/dark pairs, in the order lanes receive them.
 * Light colours are darkened where the original is too pale on white
 * (yellow → #8A7A00, black → #444444); dark-mode colours are the palette's
 * lighter members or lightened ones. Measured against the page background:
 * light colours 2.9:1 (reddish purple) to 9.3:1 on #FBFAF7, dark colours
 * 8.0:1 to 13.9:1 on #141413.
 * Six pairs, because the palette's other two hues (orange, sky blue) already
 * serve as dark partners; a seventh lane without a colour reuses the first.
 */
export const OKABE_ITO: readonly { colour: string; dark: string }[] = [
  { colour: '#0072B2', dark: '#56B4E9' }, // blue / sky blue
  { colour: '#D55E00', dark: '#E69F00' }, // vermillion / orange
  { colour: '#009E73', dark: '#3FD0A5' }, // bluish green
  { colour: '#CC79A7', dark: '#E3A5C8' }, // reddish purple
  { colour: '#8A7A00', dark: '#F0E442' }, // yellow
  { colour: '#444444', dark: '#BBBBBB' }, // black
];

/**
 * Every lane with both colours. A lane without `colour` gets the next palette
 * pair whose light colour no lane uses yet (in list order; once all six are
 * taken, they are reused in order). A lane without `dark` gets the dark
 * partner of its palette colour, or its own colour when that is not from the
 * palette. Pure: the same lanes always give the same colours.
 */
export function resolveLanes(lanes: readonly LaneInput[]): ResolvedLane[] {
  const key = (colour: string): string => colour.toUpperCase();
  const used = new Set(
    lanes.flatMap((lane) => (lane.colour === undefined ? [] : [key(lane.colour)])),
  );
  let next = 0;
  const take = (): { colour: string; dark: string } => {
    const free = OKABE_ITO.findIndex((pair, index) => index >= next && !used.has(key(pair.colour)));
    const index = free >= 0 ? free : next % OKABE_ITO.length;
    next = index + 1;
    const pair = OKABE_ITO[index] ?? OKABE_ITO[0] ?? { colour: '#000000', dark: '#FFFFFF' };
    used.add(key(pair.colour));
    return pair;
  };
  return lanes.map((lane) => {
    const colour = lane.colour ?? take().colour;
    const partner = OKABE_ITO.find((pair) => key(pair.colour) === key(colour))?.dark;
    return { id: lane.id, label: lane.label, colour, dark: lane.dark ?? partner ?? colour };
  });
}
