import { z } from 'zod';
import { kebabCase } from './dates.ts';

/**
 * The timeline's lanes. An event's `group` must be one of these ids; the site
 * draws one lane per entry, in this order, with this label and colour.
 * Colours are from the Okabe–Ito palette, which stays distinguishable under
 * every common colour-vision deficiency; a label always accompanies them.
 */
export const LANES = [
  { id: 'us-government', label: 'US government', colour: '#0072B2', dark: '#56B4E9' },
  { id: 'legal', label: 'Legal & sanctions', colour: '#D55E00', dark: '#E69F00' },
  { id: 'allies-europe', label: 'Allies & Europe', colour: '#009E73', dark: '#3FD0A5' },
  { id: 'asia-pacific', label: 'Asia-Pacific', colour: '#CC79A7', dark: '#E3A5C8' },
  { id: 'carriers-industry', label: 'Carriers & industry', colour: '#8A7A00', dark: '#F0E442' },
  { id: 'huawei', label: 'Huawei', colour: '#444444', dark: '#BBBBBB' },
] as const;

export type Lane = (typeof LANES)[number];
export type LaneId = Lane['id'];

export const LANE_IDS = LANES.map((lane) => lane.id) as [LaneId, ...LaneId[]];

/** A lane as content/lanes.json holds it: every colour resolved. */
export const resolvedLaneSchema = z.strictObject({
  /** What an event's `group` names. */
  id: kebabCase,
  /** The lane's name, shown beside its colour. */
  label: z.string().min(1),
  /** Its colour on a light page. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** Its colour in dark mode. */
  dark: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});

export type ResolvedLane = z.infer<typeof resolvedLaneSchema>;
