/**
 * The timeline's lanes, top to bottom, as normalize wrote them to
 * content/lanes.json from seeds/lanes.yaml (a JSON import keeps their order,
 * which a content collection would not).
 */
import lanesJson from '../../content/lanes.json';
import { resolvedLaneSchema, type ResolvedLane } from '../shared/schema/lanes.ts';

export const LANES: readonly ResolvedLane[] = resolvedLaneSchema.array().parse(lanesJson);

/** The lane an event's `group` names (normalize has checked that it exists). */
export function laneOf(id: string): ResolvedLane {
  const lane = LANES.find((candidate) => candidate.id === id);
  if (lane === undefined) throw new Error(`content/lanes.json has no lane '${id}'`);
  return lane;
}
