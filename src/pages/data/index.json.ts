import type { APIRoute } from 'astro';
import { timelineIndex } from '../../lib/timeline-index.ts';

/** The timeline's index: lanes, bounds, tags and each period's counts per lane and month. */
export const GET: APIRoute = async () => Response.json(await timelineIndex());
