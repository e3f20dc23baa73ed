import type { APIRoute, GetStaticPaths } from 'astro';
import { periods } from '../../../lib/periods.ts';
import { idBucket } from '../../../shared/timeline-data.ts';

export const getStaticPaths = (async () => {
  const buckets = new Map<string, Record<string, string>>();
  for (const period of await periods()) {
    for (const { data } of period.events) {
      const bucket = buckets.get(idBucket(data.id)) ?? {};
      bucket[data.id] = period.id;
      buckets.set(idBucket(data.id), bucket);
    }
  }
  return [...buckets].map(([bucket, ids]) => ({ params: { bucket }, props: { ids } }));
}) satisfies GetStaticPaths;

/** Which period each event id (starting with this character) is in. */
export const GET: APIRoute<{ ids: Record<string, string> }> = ({ props }) =>
  Response.json(props.ids);
