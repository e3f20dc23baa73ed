import type { APIRoute, GetStaticPaths } from 'astro';
import { plainText } from '../../../lib/text.ts';
import { periods, type Period } from '../../../lib/periods.ts';
import type { PeriodData } from '../../../shared/timeline-data.ts';

export const getStaticPaths = (async () =>
  (await periods()).map((period) => ({
    params: { year: period.id },
    props: { period },
  }))) satisfies GetStaticPaths;

/** One period's events, compact, for the timeline's data source. */
export const GET: APIRoute<{ period: Period }> = ({ props }) => {
  const data: PeriodData = {
    id: props.period.id,
    items: props.period.events.map(({ data: event, body }) => ({
      id: event.id,
      title: event.title,
      start: event.start,
      end: event.end,
      precision: event.precision,
      group: event.group,
      label: event.label,
      tags: event.tags,
      summary: plainText(body ?? '', 240),
    })),
  };
  return Response.json(data);
};
