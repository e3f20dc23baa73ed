/**
 * The timeline's index (see src/shared/timeline-data.ts), built once per
 * build: the data file `data/index.json` and the opening view drawn on `/`
 * read the same object, so both draw the same counts.
 */
import { dataBounds } from './events.ts';
import { LANES } from './lanes.ts';
import { periods } from './periods.ts';
import type { TimelineIndex } from '../shared/timeline-data.ts';

let built: Promise<TimelineIndex> | undefined;

function tally(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function timelineIndex(): Promise<TimelineIndex> {
  built ??= periods().then((all) => {
    const events = all.flatMap((period) => period.events.map((event) => event.data));
    return {
      lanes: LANES.map(({ id, label }) => ({ id, label })),
      bounds: dataBounds(events),
      tags: [...new Set(events.flatMap((event) => event.tags))].sort(),
      periods: all.map((period) => {
        const counts: Record<string, number> = {};
        const months: Record<string, Record<string, number>> = {};
        let lastEnd = period.id;
        for (const { data } of period.events) {
          tally(counts, data.group);
          tally((months[data.start.slice(0, 7)] ??= {}), data.group);
          if (data.end > lastEnd) lastEnd = data.end;
        }
        return {
          id: period.id,
          start: `${period.id}-01-01`,
          end: `${period.id}-12-31`,
          lastEnd,
          counts,
          months,
        };
      }),
    };
  });
  return built;
}
