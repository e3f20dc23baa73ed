import type { APIRoute } from 'astro';
import { dataBounds } from '../../lib/events.ts';
import { LANES } from '../../lib/lanes.ts';
import { periods } from '../../lib/periods.ts';
import type { TimelineIndex } from '../../shared/timeline-data.ts';

/** The timeline's index: lanes, bounds, tags and each period's counts per lane. */
export const GET: APIRoute = async () => {
  const all = await periods();
  const events = all.flatMap((period) => period.events.map((event) => event.data));
  const index: TimelineIndex = {
    lanes: LANES.map(({ id, label }) => ({ id, label })),
    bounds: dataBounds(events),
    tags: [...new Set(events.flatMap((event) => event.tags))].sort(),
    periods: all.map((period) => {
      const counts: Record<string, number> = {};
      for (const { data } of period.events) counts[data.group] = (counts[data.group] ?? 0) + 1;
      const lastEnd =
        period.events
          .map(({ data }) => data.end)
          .sort()
          .at(-1) ?? period.id;
      return {
        id: period.id,
        start: `${period.id}-01-01`,
        end: `${period.id}-12-31`,
        lastEnd,
        counts,
      };
    }),
  };
  return Response.json(index);
};
